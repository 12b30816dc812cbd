//! The partner pages in `tests/fixtures/` in headless Chromium: the widget embedded as partners
//! embed it, with their settings, their mistakes, their CSS, their policies and their origins.
//! The first screen on a partner's page runs in Firefox and WebKit too (`on_engines!` at the end).

use harness::axe::violations;
use harness::fixtures::{Leaves, Loads, FIXTURES};
use harness::{Engine, Harness};
use serde_json::{json, Value};
use thirtyfour::WebElement;

async fn recorded(h: &Harness, list: &str) -> Vec<String> {
    serde_json::from_value(h.js(&format!("return window.{list} || []"), vec![]).await).unwrap()
}

async fn host(h: &Harness, id: &str) -> WebElement {
    h.js_element(&format!("return document.getElementById('{id}')"), vec![]).await.element().unwrap()
}

/// The tag of the heading with `text`, inside any widget.
async fn heading_tag(h: &Harness, text: &str) -> Value {
    h.js("return all('h1, h2, h3, h4, h5, h6').find(e => e.textContent === arguments[0]).tagName", vec![text.into()])
        .await
}

#[test]
fn a_plain_partner_page_gets_its_start_step_outline_local_help_and_exit() {
    harness::run(async {
        let content = compiler::english();
        let h = Harness::start().await;
        h.open("/fixtures/plain.html").await;
        h.by_role("heading", "Fraud").await;
        assert_eq!(heading_tag(&h, "Fraud").await, "H2", "heading-level=2: the step is an h2, under the page's own h1");
        assert_eq!(heading_tag(&h, &content.ui.sources_heading).await, "H3", "and its sections h3s");
        // Issue 23: a partner's visitors are not offered the classroom controls.
        for control in [&content.ui.present, &content.ui.print, &content.ui.print_sheet, &content.ui.educators] {
            assert!(!h.has_role("button", control).await, "no {control} on a partner's page");
        }

        h.go_to_step("Get help").await;
        let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
        let text = text.as_str().unwrap();
        let local = text.find("Midcoast Safe Line").expect("the partner's own help line is listed");
        assert!(local < text.find("National Human Trafficking Hotline").unwrap(), "local help comes first");
        assert!(text.contains("Weekdays 9 to 5") && text.contains("Library help desk"));
        h.by_role("link", "Call 1-800-555-0199").await;
        assert_eq!(recorded(&h, "leWarnings").await, Vec::<String>::new(), "good settings draw no warning");

        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.wait_for_path("/fixtures/exit.html").await;
        h.quit().await;
    })
}

#[test]
fn every_bad_setting_falls_back_to_its_default_with_one_warning_naming_it() {
    harness::run(async {
        let content = compiler::english();
        let h = Harness::start().await;
        h.open("/fixtures/bad-settings.html").await;
        h.by_role("heading", &content.steps[0].title).await;
        assert_eq!(heading_tag(&h, &content.steps[0].title).await, "H2", "the default heading level");
        let exit = h.by_role("link", "Quick exit").await;
        assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some(harness::DEFAULT_EXIT));

        let warnings = recorded(&h, "leWarnings").await;
        let expected = [
            "exit-url=\"javascript:alert(1)\"",
            "lang=\"xx\"",
            "heading-level=\"9\"",
            "theme=\"neon\"",
            "resources=\"help\", contact 2: \"url\" must start with https://",
            "resources=\"help\", contact 3: needs at least one of",
            "resources=\"help\", contact 4: not a JSON object",
            "start=\"no-such-step\"",
            "--le-accent gives a contrast of",
            "--le-exit-text gives a contrast of 1.00:1",
        ];
        for part in expected {
            assert_eq!(
                warnings.iter().filter(|w| w.contains(part)).count(),
                1,
                "one warning with {part:?} in {warnings:#?}"
            );
        }
        assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
        assert!(warnings.iter().all(|w| w.starts_with("law-explainer: ")));

        // The unreadable partner colours were replaced by the defaults.
        let accent = h.js("return getComputedStyle(W.querySelector('.le-contents__summary')).color", vec![]).await;
        assert_eq!(accent, "rgb(29, 79, 145)");
        let exit_text = h.js("return getComputedStyle(W.querySelector('.le-exit')).color", vec![]).await;
        assert_eq!(exit_text, "rgb(255, 255, 255)");

        // A contact's name is text, never markup.
        h.go_to_step("Get help").await;
        let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
        assert!(text.as_str().unwrap().contains("<img src=x onerror=alert(1)>Injected"));
        assert_eq!(h.js("return W.querySelectorAll('img').length", vec![]).await, 0);
        h.quit().await;
    })
}

/// What a visitor sees of the widget: sizes and looks of its main parts.
const LOOKS: &str = r#"
const props = ['font-size', 'font-family', 'font-weight', 'color', 'background-color', 'display', 'text-transform',
  'letter-spacing', 'line-height', 'visibility'];
return ['.le-exit', '.le-caption', '.le-step__title', '.le-button', '.le-step p', '.le-contents__summary'].map(sel => {
  const el = W.querySelector(sel);
  const s = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return sel + ' ' + props.map(p => p + ':' + s.getPropertyValue(p)).join('; ') + '; height:' + Math.round(box.height);
});
"#;

#[test]
fn hostile_host_css_changes_neither_the_look_nor_the_behaviour() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/plain.html").await;
        h.by_role("heading", "Fraud").await;
        let plain = h.js(LOOKS, vec![]).await;
        h.open("/fixtures/hostile-css.html").await;
        h.by_role("heading", "Fraud").await;
        let hostile = h.js(LOOKS, vec![]).await;
        for (a, b) in plain.as_array().unwrap().iter().zip(hostile.as_array().unwrap()) {
            assert_eq!(a, b, "the same part looks the same on both pages");
        }
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", "Coercion").await;
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.wait_for_path("/fixtures/exit.html").await;
        h.quit().await;
    })
}

#[test]
fn a_strict_content_security_policy_sees_no_violation_and_cross_origin_files_load() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/strict-csp.html").await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", "What human trafficking is").await;
        h.js("W.querySelectorAll('button[aria-expanded=false]').forEach(b => b.click())", vec![]).await;
        assert_eq!(recorded(&h, "leViolations").await, Vec::<String>::new());
        assert_eq!(recorded(&h, "leWarnings").await, Vec::<String>::new());
        let widget_files: Vec<String> = h
            .page_requests()
            .await
            .into_iter()
            .filter(|u| u.starts_with("http"))
            .filter(|u| {
                [".wasm", "embed.js"].iter().any(|end| u.ends_with(end))
                    || ["/law-explainer-", "/loader-"].iter().any(|name| u.contains(name))
            })
            .collect();
        assert!(widget_files.len() >= 4, "{widget_files:?}");
        let host = format!("{}/", h.server.widget_host);
        assert!(
            widget_files.iter().all(|u| u.starts_with(&host)),
            "every widget file came from {host}: {widget_files:?}"
        );
        h.quit().await;
    })
}

#[test]
fn a_policy_without_wasm_unsafe_eval_gets_the_failure_message_and_a_working_exit() {
    harness::run(async {
        let h = Harness::start().await;
        h.open_as_served("/fixtures/csp-without-wasm.html").await;
        let failed = "The walkthrough could not load. Try reloading the page. The Quick exit button still works.";
        h.by_role("status", failed).await;
        let violations = recorded(&h, "leViolations").await;
        assert!(violations.iter().any(|v| v.starts_with("script-src")), "the page did see the refusal: {violations:?}");
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.wait_for_path("/fixtures/exit.html").await;
        h.quit().await;
    })
}

/// The loader's second part refused (here: altered, so its integrity check fails): the exit still
/// works, and in place of the walkthrough the element's own content, the partner's fallback, shows.
#[test]
fn a_refused_second_part_shows_the_partners_fallback_and_a_working_exit() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.tamper_loader();
        h.open_as_served("/fixtures/plain.html").await;
        h.by_role("link", "Quick exit").await;
        let add = "const e = document.createElement('law-explainer'); \
                   e.innerHTML = '<p>This walkthrough needs JavaScript.</p>'; document.body.prepend(e); e.scrollIntoView();";
        h.js(add, vec![]).await;
        let shown = "const e = document.querySelector('law-explainer'); \
                     const slot = e.shadowRoot.querySelector('.le-app slot'); \
                     return !!slot && slot.assignedNodes().length > 0 && e.querySelector('p').getBoundingClientRect().height > 0";
        h.wait_for("the fallback in place of the walkthrough", shown, vec![]).await;
        h.js("document.querySelector('law-explainer').remove()", vec![]).await;
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.wait_for_path("/fixtures/exit.html").await;
        h.quit().await;
    })
}

#[test]
fn a_pinned_loader_from_another_origin_passes_its_integrity_check() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/cross-origin.html").await;
        let script = h.js("return document.querySelector('script[integrity]').src", vec![]).await;
        let script = script.as_str().unwrap();
        assert!(script.starts_with(&h.server.widget_host) && script.contains("/embed-"), "{script}");
        h.by_role("heading", &compiler::english().steps[0].title).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", "What human trafficking is").await;
        h.quit().await;
    })
}

/// Issue 19: a widget taken off the page leaves no listener behind on its app's root (Yew 0.23
/// forgot them, so each removal leaked them and all their closures held: vendor/yew/PATCH.md).
#[test]
fn a_removed_widget_leaves_no_listener_behind() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/plain.html").await;
        h.wait_for("the walkthrough", "return !!W.querySelector('.le-shell')", vec![]).await;
        let devtools = h.driver.cdp();
        let listeners = |expression: &'static str| {
            let devtools = devtools.clone();
            async move {
                let found = devtools
                    .send_raw("Runtime.evaluate", serde_json::json!({ "expression": expression }))
                    .await
                    .expect("the root");
                let id = found["result"]["objectId"].as_str().expect("an element").to_string();
                let listed = devtools
                    .send_raw("DOMDebugger.getEventListeners", serde_json::json!({ "objectId": id }))
                    .await
                    .expect("its listeners");
                listed["listeners"].as_array().map_or(0, Vec::len)
            }
        };
        h.js("window.leOldRoot = document.querySelector('law-explainer').shadowRoot.querySelector('.le-app')", vec![])
            .await;
        assert!(listeners("window.leOldRoot").await > 0, "the live widget listens on its app's root");
        h.js("document.querySelector('law-explainer').replaceWith(document.createElement('law-explainer'))", vec![])
            .await;
        h.wait_for("the new widget", "return !!W.querySelector('.le-shell')", vec![]).await;
        assert_eq!(listeners("window.leOldRoot").await, 0, "the removed widget's root keeps no listener");
        h.quit().await;
    })
}

#[test]
fn two_widgets_on_one_page_are_independent_and_removing_one_frees_it() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/two-instances.html").await;
        let (first, second) = (host(&h, "first").await, host(&h, "second").await);
        h.by_role_within(&first, "heading", "Before you start").await;
        h.by_role_within(&second, "heading", "Coercion").await;
        h.by_role_within(&first, "button", "Next").await.click().await.unwrap();
        h.by_role_within(&first, "heading", "What human trafficking is").await;
        assert!(h
            .js(
                "return !!all('h3', arguments[0]).find(e => e.textContent === 'Coercion')",
                vec![second.to_json().unwrap()]
            )
            .await
            .as_bool()
            .unwrap());
        assert_eq!(heading_tag(&h, "Coercion").await, "H3", "heading-level=3 puts each step at h3");
        let background = "return getComputedStyle(all('.le-widget', arguments[0])[0]).backgroundColor";
        assert_eq!(
            h.js(background, vec![first.to_json().unwrap()]).await,
            "rgb(255, 255, 255)",
            "no theme: light here"
        );
        assert_eq!(h.js(background, vec![second.to_json().unwrap()]).await, "rgb(21, 21, 21)", "theme=dark");

        // Moved within the page (as page frameworks do), it keeps the visitor's place.
        h.js("document.querySelector('main').append(document.getElementById('first'))", vec![]).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        h.by_role_within(&first, "heading", "What human trafficking is").await;

        h.js("document.getElementById('first').remove()", vec![]).await;
        let emptied =
            h.js("return document.querySelector('law-explainer') === document.getElementById('second')", vec![]).await;
        assert_eq!(emptied, true);
        h.by_role_within(&second, "button", "Next").await.click().await.unwrap();
        h.by_role_within(&second, "heading", "Practice: force, fraud or coercion?").await;

        // A new one, scrolled to (it loads only near the viewport), starts afresh.
        let back = h
        .js_element(
            "const el = document.createElement('law-explainer'); document.body.append(el); el.scrollIntoView(); return el;",
            vec![],
        )
        .await
        .element()
        .unwrap();
        h.by_role_within(&back, "heading", "Before you start").await;
        assert_eq!(recorded(&h, "leWarnings").await, Vec::<String>::new());
        h.quit().await;
    })
}

#[test]
fn a_detached_widget_has_nothing_left_in_its_shadow_root() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/two-instances.html").await;
        let first = host(&h, "first").await;
        h.by_role_within(&first, "heading", "Before you start").await;
        // Removal is settled a microtask later (a move takes out and puts back in one task).
        h.js("window.leRemoved = document.getElementById('first'); leRemoved.remove()", vec![]).await;
        let left = h.js("return leRemoved.shadowRoot.childNodes.length", vec![]).await;
        assert_eq!(left, 0);
        h.quit().await;
    })
}

#[test]
fn the_iframe_helper_sizes_the_frame_to_the_walkthrough_without_a_loop() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/framed.html").await;
        h.enter_widget_frame().await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        let content = h.js("return Math.ceil(W.host.getBoundingClientRect().bottom + scrollY)", vec![]).await;
        h.driver.enter_default_frame().await.unwrap();
        assert_ne!(content, 700, "the walkthrough is not as tall as the frame's own height attribute");

        let frame_height = "return document.getElementById('widget').clientHeight";
        let fits = format!("{frame_height} === {content}");
        h.wait_for("the frame to fit the walkthrough", &fits, vec![]).await;
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        assert_eq!(h.js(frame_height, vec![]).await, content, "the height settles: no growth loop");

        // A message from anywhere but the frame itself is ignored.
        h.js("window.postMessage({ type: 'law-explainer:height', height: 5000 }, '*')", vec![]).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(h.js(frame_height, vec![]).await, content, "the page's own message did not resize the frame");
        h.quit().await;
    })
}

#[test]
fn every_partner_page_is_axe_clean_inside_the_shadow_root() {
    harness::run(async {
        let h = Harness::start().await;
        let mut found = Vec::new();
        for fixture in FIXTURES.iter().filter(|f| f.loads == Loads::AtOnce) {
            let page = fixture.name;
            h.open(&fixture.path()).await;
            if fixture.framed {
                found.extend(violations(&h).await.into_iter().map(|v| format!("{page} (partner page): {v}")));
                h.enter_widget_frame().await;
                h.by_role("heading", fixture.steps.0).await;
                found.extend(violations(&h).await.into_iter().map(|v| format!("{page} (in the frame): {v}")));
                h.driver.enter_default_frame().await.unwrap();
            } else {
                h.wait_for(
                    "every widget to load",
                    "return all('.le-shell').length === document.querySelectorAll('law-explainer').length",
                    vec![],
                )
                .await;
                found.extend(violations(&h).await.into_iter().map(|v| format!("{page}: {v}")));
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
        h.quit().await;
    })
}

/// The widget's own files the page has asked for so far.
async fn widget_downloads(h: &Harness) -> Vec<String> {
    h.page_requests().await.into_iter().filter(|u| u.ends_with(".wasm") || u.contains("/content-")).collect()
}

#[test]
fn below_the_fold_the_page_pays_only_for_the_loader_until_the_visitor_comes_near() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/below-the-fold.html").await;
        h.by_role("link", "Quick exit").await;
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert_eq!(
            widget_downloads(&h).await,
            Vec::<String>::new(),
            "nothing but embed.js before the visitor comes near"
        );

        // Tabbing into the widget (to its skip link) is interaction enough.
        let mut chain = h.driver.action_chain();
        chain = chain.key_down('\u{e004}').key_up('\u{e004}');
        chain.perform().await.unwrap();
        assert_eq!(h.focused().await, ("Skip to the walkthrough".to_string(), "link".to_string()));
        h.by_role("heading", &compiler::english().steps[0].title).await;
        assert_eq!(widget_downloads(&h).await.len(), 2, "the wasm and the language's content, once each");
        h.quit().await;
    })
}

#[test]
fn below_the_fold_scrolling_near_loads_the_walkthrough() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/below-the-fold.html").await;
        h.by_role("link", "Quick exit").await;
        // Still 200 px below the bottom of the window: near enough (the loader looks 300 px ahead).
        h.js("window.scrollTo(0, document.querySelector('law-explainer').offsetTop - innerHeight - 200)", vec![]).await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        h.quit().await;
    })
}

/// Every partner fixture: the widget renders, a step change works, the exit works or degrades
/// as documented, and the browser logs no error (a CSP refusal is one).
#[test]
fn every_fixture_renders_steps_and_exits_with_no_console_error() {
    harness::run(async {
        for fixture in FIXTURES.iter().filter(|f| f.loads == Loads::AtOnce) {
            let (page, (first, second)) = (fixture.name, fixture.steps);
            let h = Harness::start().await;
            h.open(&fixture.path()).await;
            if fixture.framed {
                h.enter_widget_frame().await;
            }
            h.by_role("heading", first).await;
            h.by_role("button", "Next").await.click().await.unwrap();
            h.by_role("heading", second).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            match fixture.leaves {
                Leaves::ToExitPage => {
                    h.driver.enter_default_frame().await.unwrap();
                    h.wait_for_path("/fixtures/exit.html").await;
                }
                Leaves::ToDefault => {
                    // Hidden, or already gone with the page.
                    let hidden = "return !W.querySelector('.le-widget') || W.querySelector('.le-widget').hidden";
                    h.wait_for("the widget hidden", hidden, vec![]).await;
                    h.wait_for_default_exit().await;
                }
                Leaves::Blocked => {
                    h.by_role("alert", "This page is hidden. To leave, close this tab or window.").await;
                }
            }
            // The documented degradations log their refusals; nothing else may.
            let expected = |e: &String| {
                e.contains("weather.gov") || (fixture.leaves == Leaves::Blocked && e.contains("is sandboxed"))
            };
            let errors: Vec<String> = h.console_errors().await.into_iter().filter(|e| !expected(e)).collect();
            assert_eq!(errors, Vec::<String>::new(), "{page}: no console error");
            h.quit().await;
        }
    })
}

/// Whether the page has received the WebAssembly (a resource is listed once it has arrived).
const WASM_ARRIVED: &str = "return performance.getEntriesByType('resource').some(r => r.name.endsWith('.wasm'))";

/// The build's first screen reaches a partner's page before the WebAssembly (held back three
/// seconds here): under the strict policy with Trusted Types required, from the widget's other
/// origin, built from data with DOM calls (that the policy refuses nothing is Chromium's test
/// above: Firefox reports the fixture's own `data:` icon). The walkthrough then takes it over,
/// keeping the focus.
async fn a_partner_page_shows_the_first_step_before_the_webassembly_and_keeps_focus(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.server.slow_wasm();
    h.open_as_served("/fixtures/strict-csp.html").await;
    let steps = compiler::english().steps;
    h.by_role("heading", &steps[0].title).await;
    assert_eq!(h.js(WASM_ARRIVED, vec![]).await, false, "the first step came before the wasm");
    assert_eq!(heading_tag(&h, &steps[0].title).await, "H2", "the default heading level on a partner's page");
    // The walkthrough's styles come with the loader, so the step is never shown unstyled.
    let next_height = "return getComputedStyle([...W.querySelectorAll('[data-le-first] button')]\
                       .find(b => b.textContent.trim() === 'Next')).minHeight";
    assert_eq!(h.js(next_height, vec![]).await, "44px", "Next has the walkthrough's 44 px target before the wasm");
    let focus =
        "[...W.querySelectorAll('[data-le-first] button')].find(b => b.textContent.trim() === 'Next').focus(); \
                 return true";
    h.js(focus, vec![]).await;
    h.wait_for("the walkthrough to take over", "return !W.querySelector('[data-le-first]')", vec![]).await;
    assert_eq!(h.js(WASM_ARRIVED, vec![]).await, true);
    assert_eq!(h.focused().await, ("Next".to_string(), "button".to_string()), "focus stayed on Next");
    h.quit().await;
}

/// A press on the first screen's Next before the walkthrough arrives is carried out once it has.
async fn an_early_next_on_a_partner_page_is_carried_over(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.server.slow_wasm();
    h.open_as_served("/fixtures/strict-csp.html").await;
    let steps = compiler::english().steps;
    h.by_role("heading", &steps[0].title).await;
    h.by_role("button", "Next").await.click().await.unwrap();
    assert_eq!(h.js(WASM_ARRIVED, vec![]).await, false, "pressed before the wasm arrived");
    h.by_role("heading", &steps[1].title).await;
    assert_eq!(h.focused().await, (steps[1].title.clone(), "heading".to_string()), "the press moved on once");
    h.quit().await;
}

/// The first screen follows the element's heading level and language; a second element on the
/// page (which numbers its landmarks) or one asking for another step keeps the placeholder until
/// the walkthrough arrives.
#[test]
fn a_partner_page_shows_the_first_screen_only_when_it_is_what_the_element_asks_for() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.slow_wasm();
        h.open_as_served("/fixtures/two-instances.html").await;
        let title = &compiler::english().steps[0].title;
        h.by_role("heading", title).await;
        assert_eq!(heading_tag(&h, title).await, "H3", "heading-level=\"3\"");
        let second = "return document.querySelector('#second').shadowRoot.querySelector('.le-app').textContent";
        assert_eq!(h.js(second, vec![]).await, "Loading the walkthrough…");
        h.quit().await;

        // A page that names no language: the visitor's browser asks for Arabic.
        let h = Harness::start_with(&["--accept-lang=ar"]).await;
        h.server.slow_wasm();
        h.open_as_served("/fixtures/zoomed.html").await;
        h.by_role("heading", &compiler::locale("ar").content.steps[0].title).await;
        assert_eq!(h.js("return W.querySelector('.le-widget').dir", vec![]).await, json!("rtl"));
        assert_eq!(h.js(WASM_ARRIVED, vec![]).await, false);
        h.quit().await;
    })
}

crate::engines::on_engines! {
    a_partner_page_shows_the_first_step_before_the_webassembly_and_keeps_focus: Chromium, Firefox, WebKit;
    an_early_next_on_a_partner_page_is_carried_over: Chromium, Firefox, WebKit;
}
