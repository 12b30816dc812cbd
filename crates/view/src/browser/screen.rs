//! Full screen and new windows, for presenting. Browsers allow both only from a click or a key,
//! so they are called from event handlers; the windows opened are closed with the quick exit,
//! and an exit used in one of them reaches the window that opened it.

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::Object;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MessageEvent, Window};
use yew::prelude::*;

use crate::browser::presenter::{leave, EXIT_EVENT};

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

/// What a window the widget opened tells the window that opened it when its quick exit is
/// used (`assets/embed.js` sends it, so that it goes even before the wasm has loaded there).
const EXIT_MESSAGE: &str = "law-explainer:exit";

/// Ties `host`'s quick exit to the windows this widget opened, for as long as the component
/// lives: when it is used they close, and when one of them says its exit was used (a presenter
/// tab opened from a partner's page, an audience window), this one's is used too, so the
/// visitor's tab leaves through its own exit, to the partner's destination. A message from any
/// other window is ignored.
#[hook]
pub fn use_exit_reaches_every_window(host: Option<HtmlElement>) {
    use_effect_with((), move |_| {
        let listeners = host.map(|host| {
            let used = EventListener::new(&host, EXIT_EVENT, |_| close_opened_windows());
            let heard = EventListener::new(&gloo::utils::window(), "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
                let opened_here = event.source().is_some_and(|source| {
                    OPENED.with(|windows| windows.borrow().iter().any(|window| Object::is(window, &source)))
                });
                if opened_here && event.data().as_string().as_deref() == Some(EXIT_MESSAGE) {
                    leave(&host);
                }
            });
            (used, heard)
        });
        move || drop(listeners)
    });
}
