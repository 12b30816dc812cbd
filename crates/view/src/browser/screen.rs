//! Full screen and new windows, for presenting. Browsers allow both only from a click or a key,
//! so these are called from event handlers.

use web_sys::HtmlElement;

/// Full screen for `host`, or back out of it.
pub fn toggle_full_screen(host: &HtmlElement) {
    if gloo::utils::document().fullscreen_element().is_some() {
        exit_full_screen();
    } else {
        let _ = host.request_fullscreen();
    }
}

pub fn exit_full_screen() {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Opens `url` in a new window named `name` (so a second click reuses it). Returns false
/// when the browser blocked it.
pub fn open_window(url: &str, name: &str) -> bool {
    gloo::utils::window().open_with_url_and_target_and_features(url, name, "popup").ok().flatten().is_some()
}
