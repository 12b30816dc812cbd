//! The behaviours every visitor relies on, in Firefox (Gecko) and WebKit (every browser on an
//! iPhone) as well as Chromium, which the other modules test in depth: the walkthrough, the
//! quick exit (click, Shift×3, without the wasm), no trace after a full walk, every partner
//! fixture and every language. What needs the DevTools protocol stays in the Chromium tests.

use harness::fixtures::{Leaves, Loads, FIXTURES};
use harness::{Engine, Harness, LEFT_SHIFT, STORED};
use serde_json::json;
use thirtyfour::prelude::*;

/// Every step with Next, a scenario answered, the explorer to an outcome, and Back.
async fn walks_every_step(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let content = compiler::english();
    h.open("/").await;
    for (i, step) in content.steps.iter().enumerate() {
        if i > 0 {
            h.by_role("button", "Next").await.click().await.unwrap();
        }
        h.by_role("heading", &step.title).await;
        if let Some(question) = step.questions.first() {
            let right = question.choices.iter().find(|c| c.correct).unwrap();
            h.by_role("button", &right.label).await.click().await.unwrap();
            h.wait_for("the feedback", "return all('.le-feedback--right').length > 0", vec![]).await;
        }
        if step.id == "explorer" {
            h.by_role("button", "Yes").await.click().await.unwrap();
            h.by_role("button", "Yes").await.click().await.unwrap();
            h.wait_for("an outcome", "return all('.le-explorer__outcome').length > 0", vec![]).await;
        }
    }
    assert!(!h.has_role("button", "Next").await, "the last step has no Next");
    h.by_role("button", "Back").await.click().await.unwrap();
    h.by_role("heading", &content.steps[content.steps.len() - 2].title).await;
    h.quit().await;
}

/// On the standalone page, a Next pressed on the first step the build rendered, before the
/// wasm has arrived, is carried over: the walkthrough moves on once it is live.
async fn an_early_next_is_carried_over(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let steps = compiler::english().steps;
    h.server.slow_wasm();
    h.open_as_served("/").await;
    h.by_role("heading", &steps[0].title).await;
    let rendered = "return !!W.querySelector('[data-le-first]')";
    assert_eq!(h.js(rendered, vec![]).await, true, "still the rendered step");
    h.by_role("button", "Next").await.click().await.unwrap();
    h.by_role("heading", &steps[1].title).await;
    assert_eq!(h.js(rendered, vec![]).await, false, "the walkthrough took over");
    h.quit().await;
}

/// A press that began on the rendered first step (the pointer went down) and ended after the
/// walkthrough replaced it gets no click from the browser: it is carried over all the same.
async fn a_press_begun_before_the_walkthrough_is_carried_over(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let steps = compiler::english().steps;
    h.server.slow_wasm();
    h.open_as_served("/").await;
    h.by_role("heading", &steps[0].title).await;
    let down =
        "const next = [...W.querySelectorAll('[data-le-first] button')].find(b => b.textContent.trim() === 'Next');\
                next.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })); return true";
    assert_eq!(h.js(down, vec![]).await, true);
    h.by_role("heading", &steps[1].title).await;
    h.quit().await;
}

/// The exit replaces the page: Back goes to the page before the partner's.
async fn the_exit_replaces_the_page(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/start.html").await;
    h.open("/fixtures/plain.html").await;
    h.by_role("heading", "Fraud").await;
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.driver.back().await.unwrap();
    h.wait_for("going back", "return document.readyState === 'complete' && location.pathname", vec![]).await;
    assert_eq!(h.js("return location.pathname", vec![]).await, "/fixtures/start.html", "Back skips the widget");
    h.quit().await;
}

/// Shift with a letter never counts; three Shifts, left and right mixed, leave.
async fn shift_three_times_leaves(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/plain.html").await;
    h.by_role("heading", "Fraud").await;
    h.driver.find(By::Tag("body")).await.unwrap().click().await.unwrap();
    for _ in 0..3 {
        let chain = h.driver.action_chain().key_down(LEFT_SHIFT).key_down('a').key_up('a').key_up(LEFT_SHIFT);
        chain.perform().await.unwrap();
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(h.js("return location.pathname", vec![]).await, "/fixtures/plain.html", "Shift+A never counts");
    h.press_shift_three_times().await;
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// In iframe mode, Shift×3 with focus on the partner's page (which the widget in its frame
/// cannot hear) leaves through the partner's frame helper, for the frame's destination.
async fn shift_three_times_on_the_page_around_a_frame_leaves(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/framed.html").await;
    h.enter_widget_frame().await;
    h.by_role("heading", "Before you start").await;
    h.driver.enter_default_frame().await.unwrap();
    h.driver.find(By::Tag("h1")).await.unwrap().click().await.unwrap();
    let focus_on_page = "return document.activeElement === document.body";
    assert_eq!(h.js(focus_on_page, vec![]).await, true, "focus is on the partner's page");
    h.press_shift_three_times().await;
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// In a frame from another origin, Shift×3 pressed inside the frame leaves the whole tab (a key
/// press is the gesture Firefox asks of a cross-origin frame before it may navigate the top).
async fn shift_three_times_in_a_cross_origin_frame_leaves(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/framed-cross-origin.html").await;
    h.enter_widget_frame().await;
    h.by_role("heading", "Before you start").await.click().await.unwrap();
    h.press_shift_three_times().await;
    h.driver.enter_default_frame().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// With the wasm refused, the failure message shows and the exit still works.
async fn the_exit_works_without_the_webassembly(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.server.block_wasm();
    h.open_as_served("/fixtures/plain.html").await;
    let failed = "The walkthrough could not load. Try reloading the page. The Quick exit button still works.";
    h.by_role("status", failed).await;
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// Issue 24: a glue file changed on the widget's host never runs in the partner's page, whose
/// origin it would run in: the pinned loader refuses it, says it could not load, and the exit
/// still works.
async fn a_tampered_glue_never_runs(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.server.tamper_glue();
    h.open_as_served("/fixtures/cross-origin.html").await;
    let failed = "The walkthrough could not load. Try reloading the page. The Quick exit button still works.";
    h.by_role("status", failed).await;
    assert_eq!(h.js("return globalThis.leTampered ?? 'never ran'", vec![]).await, "never ran");
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// The element's language file starts with the element, beside the loader's second part instead
/// of a round trip after it, and the second part checks its bytes: on a partner's page on another
/// origin the file is asked for once, and the walkthrough runs.
async fn the_language_file_is_fetched_once(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open_as_served("/fixtures/cross-origin.html").await;
    h.by_role("button", "Present").await;
    let asked: Vec<String> =
        h.server.requests().into_iter().map(|r| r.path).filter(|path| path.starts_with("/locale-")).collect();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert!(asked[0].starts_with("/locale-en-"), "{asked:?}");
    h.quit().await;
}

/// A language's file changed on the widget's host: the bytes fetched beside the second part
/// fail its check, the file is fetched again with its integrity, which the browser refuses too.
/// The loader's words never arrive, the partner hears why on the console, and the exit works.
async fn a_tampered_language_file_is_refused(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.server.tamper_locales();
    h.open_as_served("/fixtures/cross-origin.html").await;
    h.wait_for("a warning", "return window.leWarnings.some(w => w.startsWith('law-explainer: '))", vec![]).await;
    let asked = h.server.requests().into_iter().filter(|r| r.path.starts_with("/locale-en-")).count();
    assert_eq!(asked, 2, "fetched beside the second part, then again with its integrity");
    assert!(!h.has_role("link", "Skip to the walkthrough").await, "none of the file's words were used");
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}

/// Issue 24: with focus in another frame of the partner's page (a video player, another site's
/// form), whose keys the page cannot hear, the widget says beside its exit that Shift×3 cannot
/// work there, until focus comes back to the page.
async fn focus_in_another_frame_is_said_beside_the_exit(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let unheard = compiler::locale("en").loader_word("unheard").to_string();
    h.open("/fixtures/plain.html").await;
    h.by_role("heading", "Fraud").await;
    let hint = "(p => p.hidden ? '' : p.textContent)(W.querySelector('.le-exit-hint'))";
    assert_eq!(h.js(&format!("return {hint}"), vec![]).await, "", "nothing said while focus is on the page");
    let frame = "const f = document.createElement('iframe'); f.title = 'A video'; f.srcdoc = '<button>Play</button>';\
                 document.querySelector('h1').after(f); return true";
    h.js(frame, vec![]).await;
    let loaded =
        "return !!document.querySelector('iframe[title=\"A video\"]').contentDocument?.querySelector('button')";
    h.wait_for("the frame's button", loaded, vec![]).await;
    let frame = h.driver.find(By::Css("iframe[title='A video']")).await.unwrap();
    frame.enter_frame().await.unwrap();
    h.driver.find(By::Tag("button")).await.unwrap().click().await.unwrap();
    h.driver.enter_default_frame().await.unwrap();
    h.wait_for("the line beside the exit", &format!("return {hint} === arguments[0]"), vec![unheard.into()]).await;
    h.driver.find(By::Tag("h1")).await.unwrap().click().await.unwrap();
    h.wait_for("the line gone", &format!("return {hint} === ''"), vec![]).await;
    h.quit().await;
}

/// A full walk with every disclosure and answer: nothing stored, no history entry, and no
/// request to another origin (the proxy sees every request the browser makes).
async fn a_full_walk_leaves_no_trace(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let steps = compiler::english().steps;
    h.open("/").await;
    h.by_role("heading", &steps[0].title).await;
    let before = h.driver.execute_async(STORED, vec![]).await.unwrap().json().clone();
    for step in &steps[1..] {
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", &step.title).await;
        h.js("W.querySelectorAll('button[aria-expanded=false], button[aria-pressed]').forEach(b => b.click())", vec![])
            .await;
    }
    let after = h.driver.execute_async(STORED, vec![]).await.unwrap().json().clone();
    let expected = json!({
        "cookies": "", "local": 0, "session": 0, "databases": 0, "caches": 0, "workers": 0,
        "history": before["history"], "url": h.url("/"),
    });
    assert_eq!(after, expected);
    let wasm = h.server.requests().into_iter().any(|r| r.path.ends_with(".wasm"));
    assert!(wasm, "the proxy saw the wasm load");
    assert_eq!(h.foreign_requests().await, Vec::<String>::new(), "requests to other origins");
    h.quit().await;
}

/// Every partner fixture whose walkthrough loads with the page: it renders, steps, and exits
/// (or says it cannot) as documented.
async fn every_fixture_renders_steps_and_exits(engine: Engine) {
    for fixture in FIXTURES.iter().filter(|f| f.loads == Loads::AtOnce) {
        let h = Harness::start_on(engine).await;
        h.open(&fixture.path()).await;
        if fixture.framed {
            h.enter_widget_frame().await;
        }
        h.by_role("heading", fixture.steps.0).await;
        // WebKitGTK's driver reports a pointer click inside a frame from another origin as done,
        // but it never lands (in a same-origin frame it does), and it cannot focus a control
        // there either: in WebKit that frame's exit is tested by Shift×3 instead.
        // Nor can it click into a page with CSS `zoom` (see `check_layouts`).
        if engine == Engine::WebKit && ["framed-cross-origin", "zoomed"].contains(&fixture.name) {
            h.quit().await;
            continue;
        }
        let next = h.by_role("button", "Next").await.click().await;
        next.unwrap_or_else(|e| panic!("{}: Next: {e}", fixture.name));
        h.by_role("heading", fixture.steps.1).await;
        let exit = h.by_role("link", "Quick exit").await;
        // As a visitor sees it: a page's fixed header may cover the exit until the loader has
        // moved the bar below it, a frame later.
        h.wait_for(&format!("{}: the exit uncovered", fixture.name), EXIT_UNCOVERED, vec![]).await;
        let clicked = exit.click().await;
        // Off-line here, the default destination is an error page, which Firefox's click reports.
        if fixture.leaves != Leaves::ToDefault {
            clicked.unwrap_or_else(|e| panic!("{}: Quick exit: {e}", fixture.name));
        }
        match fixture.leaves {
            Leaves::ToExitPage => {
                h.driver.enter_default_frame().await.unwrap();
                h.wait_for_path("/fixtures/exit.html").await;
            }
            Leaves::ToDefault => {
                let gone = || h.server.requests().iter().any(|r| r.origin.contains("weather.gov"));
                for _ in 0..100 {
                    if gone() {
                        break;
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                assert!(gone(), "{}: left for the default exit", fixture.name);
            }
            // WebKit lets a sandboxed frame without allow-top-navigation navigate the top window
            // (same origin here): the visitor leaves, which is what the exit is for.
            Leaves::Blocked if engine == Engine::WebKit => {
                h.driver.enter_default_frame().await.unwrap();
                h.wait_for_path("/fixtures/exit.html").await;
            }
            Leaves::Blocked => {
                h.by_role("alert", "This page is hidden. To leave, close this tab or window.").await;
            }
        }
        h.quit().await;
    }
}

/// Every element of every widget that is drawn at all, inside the widget's own box.
const OUTSIDE_ITS_BOX: &str = r#"
const out = [];
for (const host of document.querySelectorAll('law-explainer')) {
  const box = host.getBoundingClientRect();
  const walk = root => root.querySelectorAll('*').forEach(el => {
    const r = el.getBoundingClientRect();
    if (r.width * r.height > 1 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1))
      out.push(`${el.tagName.toLowerCase()}.${el.className}`);
  });
  walk(host.shadowRoot);
}
return out;"#;

/// Whether the first widget has an exit in the window that is what is drawn at its centre
/// (not a partner's header over it): its own, or the one the loader floats when the widget's
/// bar cannot stick (a clipping wrapper); and every other widget's exit in the window too.
const EXIT_UNCOVERED: &str = r#"
const inView = r => r.width > 0 && r.top + r.height / 2 > 0 && r.top + r.height / 2 < innerHeight;
const hit = (r, host) => document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host;
const float = document.querySelector('.le-float-host:not([hidden])');
const floated = float && hit(float.shadowRoot.querySelector('.le-exit').getBoundingClientRect(), float);
return [...document.querySelectorAll('law-explainer')].every((host, i) => {
  const r = host.shadowRoot.querySelector('.le-exit').getBoundingClientRect();
  return inView(r) ? hit(r, host) : (i > 0 || floated);
});"#;

/// Focuses Next just after it has scrolled out above the window; says whether the browser
/// brought it back into view below the sticky exit bar ("clear"), or "short" when the page
/// is too short to scroll it out.
const FOCUS_CLEAR_OF_THE_BAR: &str = r#"
const next = [...W.querySelectorAll('button')].find(b => b.textContent.trim() === 'Next');
scrollTo(0, next.getBoundingClientRect().bottom + scrollY + 5);
if (next.getBoundingClientRect().bottom > 0) return 'short';
next.focus();
const bar = W.querySelector('.le-exit-bar').getBoundingClientRect();
const r = next.getBoundingClientRect();
return r.top >= bar.bottom - 1 && r.bottom <= innerHeight ? 'clear' : null;"#;

/// Every partner layout: nothing of the widget is drawn outside its box, the exit is visible
/// and uncovered at the top of the page and once its bar sticks, and a focused control is
/// never hidden under the bar. WebKit's `focus()` does not scroll an element in a shadow root
/// into view at all, so the last check is Chromium's and Firefox's. In Chromium the layouts
/// are checked again with the browser zoomed to 200 % (emulated: half the window's CSS width
/// at twice the pixel density, which is what a browser's zoom is).
async fn every_layout_keeps_the_widget_in_its_box_and_the_exit_uncovered(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let focus_checked = check_layouts(&h).await;
    if engine != Engine::WebKit {
        assert!(focus_checked >= 2, "only {focus_checked} layouts were long enough to check focus");
    }
    if engine == Engine::Chromium {
        let (width, height) = (h.js("return innerWidth", vec![]).await, h.js("return innerHeight", vec![]).await);
        let zoomed = json!({ "width": width.as_u64().unwrap() / 2, "height": height.as_u64().unwrap() / 2,
                             "deviceScaleFactor": 2, "mobile": false });
        h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", zoomed).await.expect("200 % zoom");
        check_layouts(&h).await;
    }
    h.quit().await;
}

/// [`every_layout_keeps_the_widget_in_its_box_and_the_exit_uncovered`] at the window's present
/// size; returns how many layouts were long enough to check focus. WebKit's CSS `zoom` is its
/// legacy one, which reports boxes inside the zoomed page unzoomed: neither its driver nor these
/// geometry checks can address that page, so WebKit skips `zoomed` here.
async fn check_layouts(h: &Harness) -> usize {
    let mut focus_checked = 0;
    for fixture in FIXTURES.iter().filter(|f| f.loads == Loads::AtOnce && !f.framed) {
        let page = fixture.name;
        if h.engine == Engine::WebKit && page == "zoomed" {
            continue;
        }
        h.open(&fixture.path()).await;
        // Zoomed in, the page above may push the widget out of the window: the visitor scrolls
        // to it. (The first only: a second one lower down loads only as the visitor nears it.)
        let near = "const r = document.querySelector('law-explainer').getBoundingClientRect();\
                    if (r.top > innerHeight / 2) scrollTo(0, r.top + scrollY); return true";
        h.js(near, vec![]).await;
        h.wait_for(&format!("{page}: the widget to load"), "return all('.le-shell').length > 0", vec![]).await;
        assert_eq!(h.js(OUTSIDE_ITS_BOX, vec![]).await, json!([]), "{page}: drawn outside the widget");
        h.wait_for(&format!("{page}: the exit uncovered at the widget's top"), EXIT_UNCOVERED, vec![]).await;
        let stuck = "const host = document.querySelector('law-explainer');\
                     scrollTo(0, host.getBoundingClientRect().top + scrollY + host.offsetHeight / 3)";
        h.js(stuck, vec![]).await;
        h.wait_for(&format!("{page}: the exit uncovered once its bar sticks"), EXIT_UNCOVERED, vec![]).await;
        if h.engine != Engine::WebKit {
            let focus = h.wait_for(&format!("{page}: focus clear of the bar"), FOCUS_CLEAR_OF_THE_BAR, vec![]).await;
            focus_checked += usize::from(focus == "clear");
        }
    }
    focus_checked
}

/// Every shipped language opens on its first step with the exit in its own words, named by
/// exactly those words.
async fn every_language_opens_in_its_own_words(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let mut codes: Vec<String> = std::fs::read_dir(compiler::content_dir())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    codes.sort();
    for code in codes {
        let locale = compiler::locale(&code);
        h.open(&format!("/?lang={code}")).await;
        h.by_role("heading", &locale.content.steps[0].title).await;
        h.by_role("link", locale.loader_word("exit")).await;
        // Its name is its visible words, so "click Quick exit" works in voice control.
        let named = "const a = W.querySelector('.le-exit'); return [a.getAttribute('aria-label'), a.textContent]";
        assert_eq!(h.js(named, vec![]).await, json!([null, locale.loader_word("exit")]), "{code}");
        h.by_role("button", &locale.content.ui.next).await.click().await.unwrap();
        h.by_role("heading", &locale.content.steps[1].title).await;
    }
    h.quit().await;
}

/// axe on every step (Firefox: axe-core supports it as it does Chromium).
async fn every_step_is_axe_clean(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let content = compiler::english();
    h.open("/").await;
    let mut found = Vec::new();
    for (i, step) in content.steps.iter().enumerate() {
        if i > 0 {
            h.by_role("button", "Next").await.click().await.unwrap();
        }
        h.by_role("heading", &step.title).await;
        found.extend(harness::axe::violations(&h).await.into_iter().map(|v| format!("{}: {v}", step.id)));
    }
    assert_eq!(found, Vec::<String>::new());
    h.quit().await;
}

/// Each behaviour above as a test of its own on each engine named: `<module>::<test>::<Engine>`
/// (the module of tests shares the function's name: modules and functions do not collide).
macro_rules! on_engines {
    ($($test:ident: $($engine:ident),+;)*) => {
        $(
            mod $test {
                $(
                    #[test]
                    #[allow(non_snake_case)]
                    fn $engine() {
                        harness::run(super::$test(harness::Engine::$engine));
                    }
                )+
            }
        )*
    };
}

pub(crate) use on_engines;

on_engines! {
    every_layout_keeps_the_widget_in_its_box_and_the_exit_uncovered: Chromium, Firefox, WebKit;
    shift_three_times_on_the_page_around_a_frame_leaves: Chromium, Firefox, WebKit;
    shift_three_times_in_a_cross_origin_frame_leaves: Chromium, Firefox, WebKit;
    a_tampered_glue_never_runs: Chromium, Firefox, WebKit;
    the_language_file_is_fetched_once: Chromium, Firefox, WebKit;
    a_tampered_language_file_is_refused: Chromium, Firefox, WebKit;
    focus_in_another_frame_is_said_beside_the_exit: Chromium, Firefox, WebKit;
    on_a_phone_the_exit_is_on_screen_at_every_step_and_a_tap_leaves: Chromium, WebKit;
    walks_every_step: Firefox, WebKit;
    an_early_next_is_carried_over: Firefox, WebKit;
    a_press_begun_before_the_walkthrough_is_carried_over: Firefox, WebKit;
    the_exit_replaces_the_page: Firefox, WebKit;
    shift_three_times_leaves: Firefox, WebKit;
    the_exit_works_without_the_webassembly: Firefox, WebKit;
    a_full_walk_leaves_no_trace: Firefox, WebKit;
    every_fixture_renders_steps_and_exits: Firefox, WebKit;
    every_language_opens_in_its_own_words: Firefox, WebKit;
    every_step_is_axe_clean: Firefox;
}

/// Makes the widget's viewport a phone's, `width` CSS pixels wide and 640 tall: Chromium's
/// mobile emulation with touch. WebKitGTK's window cannot be narrower than 447 px, so there the
/// page is in a frame of the phone's size (the frame is its viewport), made by [`on_a_phone`].
async fn phone(h: &Harness, width: u32) {
    if h.engine == Engine::Chromium {
        let devtools = h.driver.cdp();
        let phone = json!({ "width": width, "height": 640, "deviceScaleFactor": 2, "mobile": true });
        devtools.send_raw("Emulation.setDeviceMetricsOverride", phone).await.expect("emulation");
        let touch = json!({ "enabled": true, "maxTouchPoints": 5 });
        devtools.send_raw("Emulation.setTouchEmulationEnabled", touch).await.expect("touch");
    } else {
        h.driver.enter_default_frame().await.unwrap();
        h.js("document.querySelector('#widget').width = arguments[0]", vec![width.into()]).await;
        h.enter_widget_frame().await;
    }
}

/// Opens `path` on a 360×640 phone (see [`phone`]).
async fn on_a_phone(h: &Harness, path: &str) {
    if h.engine == Engine::Chromium {
        phone(h, 360).await;
        h.open(path).await;
    } else {
        h.open("/fixtures/start.html").await;
        let frame = "const f = document.createElement('iframe'); Object.assign(f, { id: 'widget', title: 'A phone',\
                     src: arguments[0], width: 360, height: 640 }); document.body.replaceChildren(f); return true";
        h.js(frame, vec![path.into()]).await;
        h.enter_widget_frame().await;
    }
}

/// A phone: at 360×640 the exit is on screen without scrolling at every step and at least
/// 44×44; at 320 wide nothing scrolls sideways on any step; and a tap on the exit leaves (a
/// touch in Chromium; a click in WebKit, whose driver has no touch).
async fn on_a_phone_the_exit_is_on_screen_at_every_step_and_a_tap_leaves(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let steps = compiler::english().steps;
    on_a_phone(&h, "/fixtures/plain.html").await;
    assert_eq!(h.js("return innerWidth", vec![]).await, 360);
    h.by_role("heading", "Fraud").await;
    while h.has_role("button", "Back").await {
        h.by_role("button", "Back").await.click().await.unwrap();
        h.wait_for("the step before", "return !!W.querySelector('.le-step__title')", vec![]).await;
        if h.js("return W.querySelector('.le-step__title').textContent", vec![]).await == steps[0].title.as_str() {
            break;
        }
    }
    let exit = "const r = W.querySelector('.le-exit').getBoundingClientRect();\
                return [r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,\
                        r.width >= 44 && r.height >= 44]";
    let sideways = "return document.documentElement.scrollWidth - innerWidth";
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            h.by_role("button", "Next").await.click().await.unwrap();
        }
        h.by_role("heading", &step.title).await;
        assert_eq!(h.js(exit, vec![]).await, json!([true, true]), "{}: the exit at 360 px", step.id);
    }
    phone(&h, 320).await;
    assert_eq!(h.js("return innerWidth", vec![]).await, 320);
    for (i, step) in steps.iter().enumerate().rev() {
        if i + 1 < steps.len() {
            h.by_role("button", "Back").await.click().await.unwrap();
        }
        h.by_role("heading", &step.title).await;
        assert_eq!(h.js(sideways, vec![]).await, json!(0), "{}: scrolls sideways at 320 px", step.id);
        assert_eq!(h.js(exit, vec![]).await, json!([true, true]), "{}: the exit at 320 px", step.id);
    }
    let centre = "const r = W.querySelector('.le-exit').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]";
    let centre = h.js(centre, vec![]).await;
    if engine == Engine::Chromium {
        let devtools = h.driver.cdp();
        let point = json!([{ "x": centre[0], "y": centre[1] }]);
        let down = json!({ "type": "touchStart", "touchPoints": point });
        devtools.send_raw("Input.dispatchTouchEvent", down).await.expect("a touch");
        let up = json!({ "type": "touchEnd", "touchPoints": [] });
        devtools.send_raw("Input.dispatchTouchEvent", up).await.expect("a touch");
    } else {
        // What is on top at the exit's place: the bar's exit, or the floating one over it once
        // the bar has scrolled away (WebDriver refuses a click on the one underneath).
        let top = "let e = document.elementFromPoint(arguments[0], arguments[1]); \
                   while (e && e.shadowRoot) { const inner = e.shadowRoot.elementFromPoint(arguments[0], arguments[1]); \
                   if (!inner || inner === e) break; e = inner; } return e.closest('a') || e";
        let found = h.js_element(top, vec![centre[0].clone(), centre[1].clone()]).await;
        let exit = found.element().expect("an element at the exit's place");
        assert_eq!(exit.text().await.unwrap(), "Quick exit");
        exit.click().await.unwrap();
    }
    h.driver.enter_default_frame().await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    h.quit().await;
}
