//! Languages in headless Chromium: each shipped language walked end to end and axe-checked,
//! the choice by attribute, by the browser's languages and by the switcher (in place, keeping
//! the step), the languages a partner offers, the notice on translations no native speaker
//! has checked, only the language shown downloaded, the loader's words translated, and Arabic
//! laid out mirrored without overflowing a phone's width.

use harness::{axe, Harness};
use serde_json::json;
use thirtyfour::components::SelectElement;

const WIDGET_LANG: &str =
    "const w = W.querySelector('.le-widget'); return [w.getAttribute('lang'), w.getAttribute('dir')];";

/// The content files the page downloaded, by locale.
async fn content_downloads(h: &Harness) -> Vec<String> {
    h.page_requests()
        .await
        .into_iter()
        .filter_map(|url| {
            url.rsplit('/')
                .next()?
                .strip_prefix("content-")
                .map(|rest| rest.split('-').next().unwrap_or("").to_string())
        })
        .collect()
}

/// One translation walked end to end, axe-clean, downloading only itself.
async fn walks_end_to_end_axe_clean_and_downloads_only_itself(code: &str) {
    let locale = compiler::locale(code);
    let content = &locale.content;
    let h = Harness::start().await;
    h.open(&format!("/?lang={code}")).await;
    h.by_role("heading", &content.steps[0].title).await;
    assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!([code, content.ui.direction]));
    h.by_role("link", locale.loader_word("exit")).await;
    let mut quotes = Vec::new();
    for (i, step) in content.steps.iter().enumerate() {
        if i > 0 {
            h.by_role("button", &content.ui.next).await.click().await.unwrap();
            h.by_role("heading", &step.title).await;
        }
        let status = h.status_text().await;
        if i > 0 {
            assert!(status.contains(&step.title), "{code}: the announcement is in the language: {status}");
        }
        let violations = axe::violations(&h).await;
        assert_eq!(violations, Vec::<String>::new(), "{code}, step {}: {}", i + 1, step.title);
        let langs = h.js("return all('blockquote').map(q => q.getAttribute('lang'))", vec![]).await;
        quotes.extend(langs.as_array().unwrap().iter().cloned());
    }
    // Statute quotations stay in English, marked so a screen reader reads them as English.
    assert_eq!(quotes, vec![json!("en"); 3], "{code}: the three statute quotations");
    assert_eq!(content_downloads(&h).await, vec![code.to_string()], "{code}: only its own content");
    assert_eq!(h.console_errors().await, Vec::<String>::new());
    h.quit().await;
}

/// A test for each translation, so they run side by side.
macro_rules! every_translation {
    ($($name:ident: $code:literal),*) => {
        const TRANSLATIONS: &[&str] = &[$($code),*];
        $(
            #[test]
            fn $name() {
                harness::run(walks_end_to_end_axe_clean_and_downloads_only_itself($code));
            }
        )*
    };
}

every_translation!(
    spanish_walks_end_to_end: "es",
    french_walks_end_to_end: "fr",
    portuguese_walks_end_to_end: "pt",
    somali_walks_end_to_end: "so",
    arabic_walks_end_to_end: "ar"
);

#[test]
fn every_shipped_translation_is_walked() {
    let mut shipped: Vec<String> = std::fs::read_dir(compiler::content_dir())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|code| code != "en")
        .collect();
    shipped.sort();
    let mut walked: Vec<&str> = TRANSLATIONS.to_vec();
    walked.sort();
    assert_eq!(shipped, walked, "add the new language to every_translation!");
}

#[test]
fn without_a_lang_the_browsers_languages_choose_and_an_unknown_lang_falls_back_to_them() {
    harness::run(async {
        let french = compiler::load("fr");
        let h = Harness::start_with(&["--accept-lang=fr-CA,fr,en"]).await;
        h.open("/").await;
        h.by_role("heading", &french.steps[0].title).await;
        assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!(["fr", "ltr"]));
        for unknown in ["xx", "constructor"] {
            h.open(&format!("/?lang={unknown}")).await;
            h.by_role("heading", &french.steps[0].title).await;
        }
        h.quit().await;

        let english = compiler::english();
        let h = Harness::start_with(&["--accept-lang=de-DE,de"]).await;
        h.open("/").await;
        h.by_role("heading", &english.steps[0].title).await;
        h.quit().await;
    })
}

#[test]
fn the_switcher_changes_the_language_in_place_keeping_the_step() {
    harness::run(async {
        let (english, spanish) = (compiler::english(), compiler::load("es"));
        let h = Harness::start().await;
        h.open("/").await;
        h.go_to_step(&english.steps[2].title).await;
        h.js("window.stayed = true", vec![]).await;
        let history = h.js("return history.length", vec![]).await;
        let select = h.js_element("return W.querySelector('select')", vec![]).await.element().unwrap();
        let label = h.js("return W.querySelector('label[for=le-language]').textContent", vec![]).await;
        assert_eq!(label, json!(english.ui.language));
        SelectElement::new(&select).await.unwrap().select_by_value("es").await.unwrap();
        h.by_role("heading", &spanish.steps[2].title).await;
        assert_eq!(h.js("return window.stayed === true", vec![]).await, json!(true), "the host page did not reload");
        assert_eq!(h.js("return history.length", vec![]).await, history, "no history entry");
        assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!(["es", "ltr"]));
        h.by_role("link", "Salida rápida").await;
        h.by_role("link", "Ir al recorrido").await;
        let options = "return [...W.querySelectorAll('option')].map(o => [o.value, o.lang, o.textContent])";
        let options = h.js(options, vec![]).await;
        let mut every: Vec<(String, String)> = ["en"]
            .iter()
            .chain(TRANSLATIONS)
            .map(|code| (code.to_string(), compiler::load(code).ui.language_name))
            .collect();
        every[1..].sort();
        let expected: Vec<_> = every.iter().map(|(code, name)| json!([code, code, name])).collect();
        assert_eq!(options, json!(expected), "every language, named in itself");
        assert_eq!(content_downloads(&h).await, vec!["en".to_string(), "es".to_string()], "French was not downloaded");
        assert_eq!(axe::violations(&h).await, Vec::<String>::new());
        h.quit().await;
    })
}

#[test]
fn the_loaders_own_words_are_translated_before_the_walkthrough_loads() {
    harness::run(async {
        let (spanish, english) = (compiler::locale("es"), compiler::locale("en"));
        let words = |key: &str| spanish.loader_word(key).to_string();
        let h = Harness::start().await;
        h.server.block_wasm();
        h.open_as_served("/?lang=es").await;
        h.wait_for(
            "the Spanish failure message",
            "return W.textContent.includes(arguments[0])",
            vec![words("failed").into()],
        )
        .await;
        h.by_role("link", &words("exit")).await;
        h.driver.action_chain().key_down('\u{e008}').key_up('\u{e008}').perform().await.unwrap();
        let status = h.status_text().await;
        assert!(status.contains(&words("one")), "{status}");
        assert!(!status.contains(english.loader_word("one")), "not the English words: {status}");
        h.quit().await;
    })
}

#[test]
fn arabic_mirrors_the_layout_and_fits_a_phone_on_every_step() {
    harness::run(async {
        let arabic = compiler::load("ar");
        let h = Harness::start().await;
        h.driver.set_window_rect(0, 0, 320, 800).await.expect("a phone-sized window");
        h.open("/?lang=ar").await;
        h.by_role("heading", &arabic.steps[0].title).await;
        h.by_role("button", &arabic.ui.next).await.click().await.unwrap();
        h.by_role("heading", &arabic.steps[1].title).await;
        assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!(["ar", "rtl"]));
        let layout = h
            .js(
                "const box = e => e.getBoundingClientRect(); \
             const [back, next] = [...arguments].map(n => all('button').find(b => b.textContent.trim() === n)); \
             const title = W.querySelector('.le-step__title'); const widget = W.querySelector('.le-widget'); \
             const exit = all('.le-exit-bar')[0]; \
             return { nextLeftOfBack: box(next).right <= box(back).left, \
                      titleAtRight: Math.round(widget.getBoundingClientRect().right - box(title).right) < 40, \
                      direction: getComputedStyle(title).direction, \
                      exitDirection: getComputedStyle(exit).direction };",
                vec![arabic.ui.back.clone().into(), arabic.ui.next.clone().into()],
            )
            .await;
        assert_eq!(
            layout,
            json!({ "nextLeftOfBack": true, "titleAtRight": true, "direction": "rtl", "exitDirection": "rtl" })
        );
        // Every step, at 320 CSS pixels: nothing wider than the window, and phone numbers kept left to right.
        let overflow = "const d = document.documentElement; return d.scrollWidth - d.clientWidth";
        for (i, step) in arabic.steps.iter().enumerate().skip(1) {
            if i > 1 {
                h.by_role("button", &arabic.ui.next).await.click().await.unwrap();
            }
            h.by_role("heading", &step.title).await;
            assert_eq!(h.js(overflow, vec![]).await, json!(0), "step {} overflows at 320 px", step.id);
            if step.id == "maine-852" {
                // A citation inside Arabic keeps its left-to-right order ("A M.R.S.-17" otherwise).
                let cites = h.js("return all('.le-step bdi').map(b => b.textContent)", vec![]).await;
                assert!(cites.as_array().unwrap().iter().any(|c| c == "17-A M.R.S. §852"), "{cites}");
            }
        }
        let numbers = h.js("return all('bdi').map(b => [b.textContent, getComputedStyle(b).direction])", vec![]).await;
        assert!(numbers.as_array().is_some_and(|n| !n.is_empty()), "the help strip's numbers are isolated: {numbers}");
        assert!(numbers.as_array().unwrap().iter().all(|n| n[1] == "ltr"), "{numbers}");
        assert_eq!(axe::violations(&h).await, Vec::<String>::new());
        h.quit().await;
    })
}

#[test]
fn an_unchecked_translation_says_so_and_shows_the_same_step_in_english() {
    harness::run(async {
        let (portuguese, english) = (compiler::load("pt"), compiler::english());
        assert!(!portuguese.reviewed, "review.toml records no native speaker's check yet");
        let h = Harness::start().await;
        h.open("/?lang=pt&start=force").await;
        let force = english.steps.iter().position(|s| s.id == "force").unwrap();
        h.by_role("heading", &portuguese.steps[force].title).await;
        let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
        assert!(text.as_str().unwrap().contains(&portuguese.ui.unreviewed), "the notice, in Portuguese");
        let history = h.js("return history.length", vec![]).await;
        h.by_role("button", &portuguese.ui.read_in_english).await.click().await.unwrap();
        h.by_role("heading", &english.steps[force].title).await;
        assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!(["en", "ltr"]));
        assert_eq!(h.js("return history.length", vec![]).await, history, "no history entry");
        assert!(!h.has_role("button", &portuguese.ui.read_in_english).await, "English needs no notice");
        assert_eq!(axe::violations(&h).await, Vec::<String>::new());
        h.quit().await;
    })
}

#[test]
fn a_partner_offers_only_the_languages_it_lists() {
    harness::run(async {
        let h = Harness::start().await;
        // Spanish asked for but not offered: the visitor's browser language (English in the tests).
        h.open("/?languages=pt&lang=es").await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        assert_eq!(h.js(WIDGET_LANG, vec![]).await, json!(["en", "ltr"]));
        let options = h.js("return [...W.querySelectorAll('option')].map(o => o.value)", vec![]).await;
        assert_eq!(options, json!(["en", "pt"]), "English and the offered language");
        h.quit().await;
    })
}
