//! Full screen and new windows, for presenting. Browsers allow both only from a click or a key,
//! so they are called from event handlers; the windows opened are closed with the quick exit.

use std::cell::RefCell;

use gloo::events::EventListener;
use web_sys::{HtmlElement, Window};
use yew::prelude::*;

use crate::browser::presenter::EXIT_EVENT;

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

thread_local! {
    /// The windows this page's widget opened, closed when its quick exit is used.
    static OPENED: RefCell<Vec<Window>> = const { RefCell::new(Vec::new()) };
}

/// Opens `url` in a new window named `name` (so a second click reuses it), and keeps it to
/// close with the quick exit. Returns false when the browser blocked it.
pub fn open_window(url: &str, name: &str) -> bool {
    let opened = gloo::utils::window().open_with_url_and_target_and_features(url, name, "popup").ok().flatten();
    let shown = opened.is_some();
    OPENED.with(|windows| windows.borrow_mut().extend(opened));
    shown
}

/// Closes every window `open_window` opened: a presenter's or audience's window must not stay
/// on the walkthrough once the visitor has left.
fn close_opened_windows() {
    OPENED.with(|windows| windows.borrow_mut().drain(..).for_each(|window| drop(window.close())));
}

/// Closes the windows this widget opened when `host`'s quick exit is used, for as long as the
/// component lives.
#[hook]
pub fn use_close_windows_on_exit(host: Option<HtmlElement>) {
    use_effect_with((), move |_| {
        let listener = host.map(|host| EventListener::new(&host, EXIT_EVENT, |_| close_opened_windows()));
        move || drop(listener)
    });
}
