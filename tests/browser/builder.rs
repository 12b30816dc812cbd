//! The snippet builder (`builder.html` beside the demo page) as a partner meets it: the settings
//! beside the real widget, a message beside each field the widget would refuse, and snippets
//! that hold only what the widget will really use.

use harness::axe::violations;
use harness::Harness;
use serde_json::{json, Value};

/// Sets a field as a partner does: types, then leaves it (its message waits for that).
const SET: &str = "const f = document.getElementById(arguments[0]); f.value = arguments[1];
    f.dispatchEvent(new Event('input', { bubbles: true }));
    f.dispatchEvent(new Event('change', { bubbles: true }));";

/// The builder's links into `EMBEDDING.md` whose anchor names no heading there.
const GUIDE_LINKS: &str = "const done = arguments[arguments.length - 1];
    fetch('EMBEDDING.md').then(r => r.text()).then(md => {
      const anchors = md.split('\\n').filter(l => /^#+ /.test(l))
        .map(l => l.replace(/^#+ /, '').toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'));
      const links = [...document.querySelectorAll('a[href^=\"EMBEDDING.md\"]')].map(a => new URL(a.href).hash.slice(1));
      done({ linked: links.length, missing: links.filter(l => l && !anchors.includes(l)) });
    }, e => done({ missing: [String(e)] }));";

/// Opens the builder in a window `width` CSS px wide and waits for its first snippets (written
/// once it has read `embed.json`).
async fn open_builder(h: &Harness, width: u32, height: u32) {
    let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false });
    h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", metrics).await.expect("emulation");
    h.open("/builder.html").await;
    h.wait_for("the first snippet", "return document.getElementById('script-snippet').value", vec![]).await;
}

async fn set(h: &Harness, id: &str, value: &str) {
    h.js(SET, vec![id.into(), value.into()]).await;
}

async fn text_of(h: &Harness, script: &str, id: &str) -> String {
    h.js(script, vec![id.into()]).await.as_str().unwrap_or_default().to_string()
}

async fn snippet(h: &Harness, id: &str) -> String {
    text_of(h, "return document.getElementById(arguments[0]).value", id).await
}

/// The message beside a field, and whether the field says it is invalid.
async fn message(h: &Harness, id: &str) -> (String, bool) {
    let said = "const f = document.getElementById(arguments[0]);
        return [document.getElementById(arguments[0] + '-message').textContent,
                f.getAttribute('aria-invalid') === 'true' && f.getAttribute('aria-describedby').includes(arguments[0] + '-message')]";
    let value = h.js(said, vec![id.into()]).await;
    (value[0].as_str().unwrap_or_default().to_string(), value[1] == true)
}

/// Every snippet the builder writes, joined.
async fn all_snippets(h: &Harness) -> String {
    let script = "return [...document.querySelectorAll('textarea')].map(t => t.value).join('\\n')";
    h.js(script, vec![]).await.as_str().unwrap_or_default().to_string()
}

#[test]
fn the_snippet_builder_previews_the_real_widget_and_writes_matching_snippets_under_a_strict_policy() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.page_policy();
        open_builder(&h, 1280, 900).await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        set(&h, "exit-url", "https://example.org/away").await;
        set(&h, "r-name", "Safe \"Line\" <b>").await;
        set(&h, "r-phone", "207-555-0100").await;
        set(&h, "heading-level", "3").await;

        // The preview is the widget itself, with those settings (re-made on each change).
        let exit = "return all('.le-exit', document.querySelector('#preview law-explainer'))[0]?.href === 'https://example.org/away'";
        h.wait_for("the preview's exit", exit, vec![]).await;
        let tag =
            "return all('.le-step__title', document.querySelector('#preview law-explainer'))[0]?.tagName === 'H3'";
        h.wait_for("the step's heading as an h3", tag, vec![]).await;

        // The snippet, read back as HTML, holds exactly those settings and, by default, the
        // loader that keeps partners current (embed.js, no integrity).
        let read =
            "const doc = new DOMParser().parseFromString(document.getElementById('script-snippet').value, 'text/html');
             const el = doc.querySelector('law-explainer');
             const script = doc.querySelector('script[src]');
             return [el.getAttribute('exit-url'), el.getAttribute('heading-level'),
                     new URL(script.src).pathname, script.getAttribute('integrity'),
                     JSON.parse(doc.getElementById(el.getAttribute('resources')).textContent)[0].name,
                     doc.querySelectorAll('b').length];";
        assert_eq!(
            h.js(read, vec![]).await,
            json!(["https://example.org/away", "3", "/embed.js", null, "Safe \"Line\" <b>", 0])
        );

        // The pinned loader, for partners who require Subresource Integrity.
        h.driver.find(thirtyfour::By::Id("loader-pinned")).await.unwrap().click().await.unwrap();
        let embed: Value =
            serde_json::from_str(&std::fs::read_to_string(harness::dist().join("embed.json")).unwrap()).unwrap();
        let pinned = "const doc = new DOMParser().parseFromString(document.getElementById('script-snippet').value, 'text/html');
             const script = doc.querySelector('script[src]');
             return [new URL(script.src).pathname.slice(1), script.getAttribute('integrity'), script.getAttribute('crossorigin')];";
        assert_eq!(h.js(pinned, vec![]).await, json!([embed["versioned"], embed["integrity"], "anonymous"]));

        // Issue 23: the classroom controls are off unless the partner asks (a school's page).
        let classroom =
            "return new DOMParser().parseFromString(document.getElementById('script-snippet').value, 'text/html')\
                         .querySelector('law-explainer').getAttribute('classroom')";
        assert_eq!(h.js(classroom, vec![]).await, Value::Null);
        h.driver.find(thirtyfour::By::Id("classroom")).await.unwrap().click().await.unwrap();
        assert_eq!(h.js(classroom, vec![]).await, json!("on"));
        let present = "return !!all('.le-print--sheet', document.querySelector('#preview law-explainer'))[0]";
        h.wait_for("the preview's classroom controls", present, vec![]).await;

        h.by_role("tab", "iframe").await.click().await.unwrap();
        let iframe = snippet(&h, "iframe-snippet").await;
        assert!(
            iframe.contains(
                "index.html?lang=en&amp;heading-level=3&amp;classroom=on&amp;exit-url=https%3A%2F%2Fexample.org%2Faway"
            ),
            "{iframe}"
        );
        assert_eq!(violations(&h).await, Vec::<String>::new());
        assert_eq!(h.console_errors().await, Vec::<String>::new(), "nothing refused under the strict policy");

        // Its explanations are links into the partner guide served beside it, each to a heading
        // there (as a forge names a Markdown heading's anchor).
        let links = h.driver.execute_async(GUIDE_LINKS, vec![]).await.unwrap().json().clone();
        assert_eq!(links["missing"], json!([]), "every link leads to a heading of the guide");
        assert!(links["linked"].as_u64().unwrap() >= 8, "{links}");
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_sits_beside_its_preview_on_a_wide_screen_and_above_it_on_a_phone() {
    harness::run(async {
        let h = Harness::start().await;
        let places = "const box = s => document.querySelector(s).getBoundingClientRect();
            const [settings, preview, snippets] = ['#settings', '.le-builder__preview', '.le-builder__snippets'].map(box);
            return { beside: preview.left >= settings.right && snippets.left >= settings.right
                       && Math.abs(preview.top - settings.top) < 10,
                     stacked: preview.top >= settings.bottom && snippets.top >= preview.bottom
                       && preview.left === settings.left,
                     sideways: document.documentElement.scrollWidth > innerWidth };";
        open_builder(&h, 1280, 900).await;
        assert_eq!(h.js(places, vec![]).await, json!({ "beside": true, "stacked": false, "sideways": false }));
        open_builder(&h, 390, 844).await;
        assert_eq!(h.js(places, vec![]).await, json!({ "beside": false, "stacked": true, "sideways": false }));
        assert_eq!(violations(&h).await, Vec::<String>::new(), "on a phone");
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_refuses_an_exit_address_without_https_beside_the_field() {
    harness::run(async {
        let h = Harness::start().await;
        open_builder(&h, 1280, 900).await;
        // While the partner types, nothing is said yet; the snippet already leaves it out.
        h.js(
            "const f = document.getElementById('exit-url'); f.value = 'http://example.org/away';\
             f.dispatchEvent(new Event('input', { bubbles: true }))",
            vec![],
        )
        .await;
        assert_eq!(message(&h, "exit-url").await, (String::new(), false));

        set(&h, "exit-url", "http://example.org/away").await;
        let (said, invalid) = message(&h, "exit-url").await;
        assert!(said.starts_with("Use an address that starts with https:// (some browsers stop"), "{said}");
        assert!(invalid, "the field is marked invalid and described by its message");
        assert!(!all_snippets(&h).await.contains("example.org"), "no snippet holds the http address");
        let exit = "return all('.le-exit', document.querySelector('#preview law-explainer'))[0]?.href";
        assert_eq!(h.wait_for("the preview's exit", exit, vec![]).await, "https://www.weather.gov/");
        assert_eq!(violations(&h).await, Vec::<String>::new(), "with a message showing");

        set(&h, "exit-url", "javascript:alert(1)").await;
        assert!(message(&h, "exit-url").await.0.starts_with("Enter a full address that starts with https://."));
        assert!(!all_snippets(&h).await.contains("javascript"), "no snippet holds it");

        set(&h, "exit-url", "https://example.org/away").await;
        assert_eq!(message(&h, "exit-url").await, (String::new(), false));
        assert!(snippet(&h, "script-snippet").await.contains(r#"exit-url="https://example.org/away""#));

        // A host that is not an address: no snippets naming it.
        set(&h, "host", "not an address").await;
        assert!(message(&h, "host").await.1, "the host field is marked invalid");
        assert_eq!(all_snippets(&h).await.trim(), "", "no snippet with a host that is not one");
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_leaves_out_a_local_contact_the_widget_would_drop_and_says_why() {
    harness::run(async {
        let h = Harness::start().await;
        open_builder(&h, 1280, 900).await;
        set(&h, "r-phone", "207-555-0100").await;
        let (said, invalid) = message(&h, "r-name").await;
        assert!(said.starts_with("Add the contact's name"), "{said}");
        assert!(invalid);
        assert!(!snippet(&h, "script-snippet").await.contains("resources"), "no contact without a name");

        set(&h, "r-name", "Midcoast Safe Line").await;
        set(&h, "r-phone", "12").await;
        assert!(message(&h, "r-phone").await.0.starts_with("Enter a number of 3 to 15 digits"));
        set(&h, "r-url", "http://example.org/help").await;
        assert!(message(&h, "r-url").await.0.starts_with("Enter a full address that starts with https://"));
        assert!(!all_snippets(&h).await.contains("Midcoast"), "no contact the widget would refuse");

        set(&h, "r-phone", "207-555-0100").await;
        set(&h, "r-url", "https://example.org/help").await;
        assert_eq!(message(&h, "r-name").await, (String::new(), false));
        assert!(snippet(&h, "script-snippet").await.contains(r#""name": "Midcoast Safe Line""#));
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_says_when_a_colour_fails_contrast_and_leaves_it_out_of_the_css() {
    harness::run(async {
        let h = Harness::start().await;
        open_builder(&h, 1280, 900).await;
        let accent_in_preview =
            "return document.querySelector('#preview law-explainer').style.getPropertyValue('--le-accent')";

        // 4.48:1 on white, and 3.85:1 under the dark theme's button text: the widget would use it in neither.
        set(&h, "accent", "#777777").await;
        let (said, invalid) = message(&h, "accent").await;
        assert!(
            said.starts_with("This colour is too hard to read (4.48:1 in the light theme, 3.85:1 in the dark theme"),
            "{said}"
        );
        assert!(invalid);
        assert_eq!(snippet(&h, "css-snippet").await, "/* The default colours need no CSS. */");
        assert!(!all_snippets(&h).await.contains("#777777"));
        assert_eq!(h.js(accent_in_preview, vec![]).await, "", "the preview shows what the widget will use");

        // Readable on white, not on the dark background: written, with a note for dark devices.
        set(&h, "accent", "#6a1b9a").await;
        let (said, invalid) = message(&h, "accent").await;
        assert!(said.starts_with("Visitors whose device is set to dark see the default accent instead"), "{said}");
        assert!(!invalid);
        assert_eq!(snippet(&h, "css-snippet").await, "law-explainer { --le-accent: #6a1b9a; }");

        // Always light: no note, and the widget's own check keeps the colour.
        set(&h, "theme", "light").await;
        assert_eq!(message(&h, "accent").await, (String::new(), false));
        let summary = "const s = all('.le-contents__summary', document.querySelector('#preview law-explainer'))[0];
            return s && getComputedStyle(s).color === 'rgb(106, 27, 154)'";
        h.wait_for("the preview in the partner's accent", summary, vec![]).await;
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_says_copied_beside_the_button_pressed() {
    harness::run(async {
        let h = Harness::start().await;
        open_builder(&h, 1280, 900).await;
        // Beside: on the button's line, just after it; and every other copy status empty.
        let beside = "const button = document.querySelector(`[data-copy=${arguments[0]}]`).getBoundingClientRect();
            const status = document.querySelector(`[data-copied=${arguments[0]}]`);
            const at = status.getBoundingClientRect();
            const others = [...document.querySelectorAll('[data-copied]')].filter(s => s !== status);
            return status.textContent === 'Copied' && status.getAttribute('role') === 'status'
              && at.left >= button.right && at.left - button.right < 30
              && Math.abs((at.top + at.bottom) / 2 - (button.top + button.bottom) / 2) < 5
              && others.every(s => s.textContent === '')";
        h.by_role("button", "Copy the CSS").await.click().await.unwrap();
        h.wait_for("Copied beside Copy the CSS", beside, vec!["css-snippet".into()]).await;
        h.by_role("button", "Copy the HTML").await.click().await.unwrap();
        h.wait_for("Copied beside Copy the HTML", beside, vec!["script-snippet".into()]).await;
        // What the button put on the clipboard is the snippet (reading it back needs permission).
        let grant = json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] });
        h.driver.cdp().send_raw("Browser.grantPermissions", grant).await.expect("clipboard permission");
        let copied = h
            .driver
            .execute_async("navigator.clipboard.readText().then(arguments[0], e => arguments[0](String(e)))", vec![]);
        assert_eq!(copied.await.unwrap().json().clone(), Value::from(snippet(&h, "script-snippet").await));
        // Once a setting changes, "Copied" no longer vouches for the snippet.
        set(&h, "heading-level", "3").await;
        let statuses = "return [...document.querySelectorAll('[data-copied]')].map(s => s.textContent).join('')";
        assert_eq!(h.js(statuses, vec![]).await, "");
        h.quit().await;
    })
}

#[test]
fn the_snippet_builder_writes_a_wordpress_shortcode_with_the_elements_attribute_names() {
    harness::run(async {
        let h = Harness::start().await;
        open_builder(&h, 1280, 900).await;
        let tab = h.by_role("tab", "WordPress").await;
        tab.click().await.unwrap();
        assert_eq!(snippet(&h, "shortcode-snippet").await, r#"[law_explainer lang="en" heading-level="2"]"#);

        set(&h, "lang", "").await;
        h.driver.find(thirtyfour::By::Id("offer-ar")).await.unwrap().click().await.unwrap();
        set(&h, "theme", "dark").await;
        // A quote in an address reaches the shortcode percent-encoded, as the browser would send it.
        set(&h, "exit-url", "https://example.org/say\"hi\"").await;
        let code = snippet(&h, "shortcode-snippet").await;
        assert_eq!(
            code,
            r#"[law_explainer languages="en es fr pt so" theme="dark" heading-level="2" exit-url="https://example.org/say%22hi%22"]"#
        );
        // The same names as the element's: what the snippet's <law-explainer> carries.
        let names =
            "const doc = new DOMParser().parseFromString(document.getElementById('script-snippet').value, 'text/html');
            return doc.querySelector('law-explainer').getAttributeNames().join(' ')";
        assert_eq!(h.js(names, vec![]).await, "languages theme heading-level exit-url");

        // A square bracket would end the shortcode early, and WordPress has no escape for it.
        set(&h, "exit-url", "https://example.org/list[1]").await;
        assert_eq!(snippet(&h, "shortcode-snippet").await, "");
        let said = text_of(&h, "return document.getElementById(arguments[0]).textContent", "shortcode-message").await;
        assert!(said.starts_with("The exit-url value holds a quote or a square bracket"), "{said}");

        // A local contact cannot ride in a shortcode: said, and the shortcode still written.
        set(&h, "exit-url", "").await;
        set(&h, "r-name", "Campus advocate").await;
        set(&h, "r-text", "207-555-0100").await;
        assert!(!snippet(&h, "shortcode-snippet").await.contains("resources"));
        let said = text_of(&h, "return document.getElementById(arguments[0]).textContent", "shortcode-message").await;
        assert!(said.starts_with("A shortcode cannot carry your local help contact"), "{said}");

        // The tabs follow the ARIA tabs pattern: arrow keys move between them.
        tab.send_keys(thirtyfour::Key::Right).await.unwrap();
        assert_eq!(h.focused().await, ("iframe".to_string(), "tab".to_string()));
        let shown = "return [...document.querySelectorAll('[role=tabpanel]')].filter(p => !p.hidden).map(p => p.id)";
        assert_eq!(h.js(shown, vec![]).await, json!(["panel-iframe"]));
        h.quit().await;
    })
}
