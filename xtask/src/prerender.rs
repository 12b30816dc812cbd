//! The standalone page's first screen, rendered at build time: Yew's server-side rendering of
//! the first step, in a declarative shadow root inside the page's `<law-explainer>`, so the
//! step paints with the page itself instead of after the loader, the glue and the wasm.
//!
//! The markup around the app is the loader's own (`assets/embed.js`, `Instance`): the exit bar
//! and the `.le-app` region, after the styles as one inline `<style>`, so the loader can take
//! the region over as it is. It keeps the rendered step until the walkthrough mounts and
//! renders the same step in its place, and drops it when the element's settings ask for
//! something else (see `key`). Before any script runs, the exit is a plain link; with scripting
//! off, a `<noscript>` slot also shows the element's own fallback content (why the buttons do
//! nothing). There is no skip link until the loader adds its own: without script, following
//! `href="#"` would add a history entry.

use compiler::Locale;
use model::config::{DEFAULT_EXIT, DEFAULT_HEADING_LEVEL, HEADING_LEVELS};
use model::content::Content;
use serde_json::{json, Value};
use view::{App, AppProps, Outline, Shared};
use yew::Callback;

use crate::html::{escape, inline};
use crate::nodes;

/// What the loader compares with the element's language and heading level before it keeps the
/// rendered step (`data-le-first` on the region).
pub fn key(content: &Content, heading_level: &str) -> String {
    format!("{} {heading_level}", content.locale)
}

/// The `<template shadowrootmode="open">` to put first inside the page's `<law-explainer>`.
/// `heading_level` is the element's attribute as written ("" when it has none); `style` is the
/// shell's and the walkthrough's stylesheets, minified.
pub fn first_screen(locale: &Locale, heading_level: &str, style: &str) -> Result<String, String> {
    let content = &locale.content;
    let style = inline("style", style, "the first screen's stylesheet")?;
    let level = match heading_level {
        "" => DEFAULT_HEADING_LEVEL,
        written => written
            .parse()
            .ok()
            .filter(|level| HEADING_LEVELS.contains(level))
            .ok_or_else(|| format!("the demo page's heading-level=\"{written}\" is not 1 to 4"))?,
    };
    let app = render(content, level)?;
    Ok(format!(
        r##"<template shadowrootmode="open">{style}<div class="le-widget" lang="{lang}" dir="{dir}"><div class="le-exit-bar"><a class="le-exit" href="{exit_url}" rel="nofollow noreferrer" target="_top">{exit}</a><p class="le-visually-hidden" role="status"></p></div><section class="le-app" tabindex="-1" aria-label="{label}" data-le-first="{key}"><noscript><slot></slot></noscript>{app}</section></div></template>"##,
        lang = escape(&content.locale),
        dir = escape(&content.ui.direction),
        exit_url = escape(DEFAULT_EXIT),
        exit = escape(locale.loader_word("exit")),
        label = escape(&content.ui.region_label),
        key = escape(&key(content, heading_level)),
    ))
}

/// The first screen for partner pages, as data (`nodes`): the `.le-app` region with the first
/// step at the default heading level, which the loader moves to the element's, with that level
/// and the levels the widget takes.
pub fn screen(content: &Content) -> Result<Value, String> {
    let mut region = vec![
        json!("section"),
        json!({"class": "le-app", "tabindex": "-1", "aria-label": content.ui.region_label, "data-le-first": ""}),
    ];
    region.extend(nodes::read(&render(content, DEFAULT_HEADING_LEVEL)?)?);
    let levels: Vec<String> = HEADING_LEVELS.map(|level| level.to_string()).collect();
    Ok(json!({ "level": DEFAULT_HEADING_LEVEL, "levels": levels, "screen": region }))
}

/// `view::App` at its first step, rendered by Yew on the host.
fn render(content: &Content, level: u8) -> Result<String, String> {
    let props = AppProps {
        content: Shared::new(content.clone()),
        onready: None,
        start: 0,
        outline: Outline(level),
        role: None,
        classroom: false,
        place: None,
        // The switcher is part of the first screen; it starts working when the wasm mounts.
        switch_language: Some(Callback::noop()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the server-side renderer: {e}"))?;
    Ok(runtime.block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English as the build compiles it: knowing the other languages, so the switcher shows.
    fn english() -> Locale {
        crate::locales::compile(&crate::project_root()).unwrap().remove(0)
    }

    #[test]
    fn the_first_screen_holds_the_first_step_and_the_exit_in_a_shadow_root() {
        let locale = english();
        let content = &locale.content;
        let html = first_screen(&locale, "1", ".le-app{color:red}").unwrap();
        assert!(html.starts_with(r#"<template shadowrootmode="open"><style>.le-app{color:red}</style><div"#));
        assert!(html.contains(&format!("<span class=\"le-caption__title\">{}</span>", content.ui.title)), "{html}");
        assert!(html.contains(&format!(">{}</h1>", content.steps[0].title)), "the step's heading is the page's h1");
        assert!(html.contains(&format!(r#"href="{DEFAULT_EXIT}""#)) && html.contains("data-le-first=\"en 1\""));
        assert!(html.contains("<select id=\"le-language\""), "the language switcher is on the first screen");
        assert!(html.ends_with("</section></div></template>"));
    }

    #[test]
    fn a_heading_level_outside_1_to_4_stops_the_build() {
        let content = english();
        let title = &content.content.steps[0].title;
        assert!(first_screen(&content, "", "").unwrap().contains(&format!(">{title}</h2>")), "the default level");
        for level in ["0", "5", "x"] {
            let error = first_screen(&content, level, "").unwrap_err();
            assert!(error.contains("heading-level"), "{error}");
        }
    }

    #[test]
    fn a_style_that_would_end_its_element_stops_the_build() {
        let error = first_screen(&english(), "", "a{}</style><script>").unwrap_err();
        assert!(error.contains("</"), "{error}");
    }

    #[test]
    fn the_partners_first_screen_at_each_heading_level_is_the_default_one_moved() {
        let locale = english();
        let data = screen(&locale.content).unwrap();
        let region = data["screen"].as_array().unwrap();
        assert_eq!(region[1]["data-le-first"], "");
        for level in HEADING_LEVELS {
            let moved = nodes::shifted(&region[2..], i32::from(level) - i32::from(DEFAULT_HEADING_LEVEL));
            let rendered = nodes::read(&render(&locale.content, level).unwrap()).unwrap();
            assert_eq!(moved, rendered, "heading-level={level}");
        }
        assert_eq!(data["levels"], json!(["1", "2", "3", "4"]));
    }
}
