//! What presenting needs from the browser: the channel between the presenter's and the
//! audience's windows, the clicker's keys, full screen, the audience window and the exit.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, Element, HtmlElement, KeyboardEvent, MessageEvent};

use crate::model::presenting::{key_command, Key, Signal, CHANNEL};

/// Sent by the loader to each element when its quick exit is used (`assets/embed.js`).
const EXIT_EVENT: &str = "le-exit";

/// This window's end of the channel; closed when dropped, so a finished presentation hears nothing.
pub struct Channel {
    channel: BroadcastChannel,
    _listener: EventListener,
}

impl Channel {
    /// Opens the channel, handing every message another window sends to `heard`.
    pub fn open(heard: impl Fn(Signal) + 'static) -> Option<Channel> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let listener = EventListener::new(&channel, "message", move |event| {
            let text = event.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string());
            if let Some(signal) = text.as_deref().and_then(Signal::decode) {
                heard(signal);
            }
        });
        Some(Channel { channel, _listener: listener })
    }

    pub fn send(&self, signal: &Signal) {
        let _ = self.channel.post_message(&signal.encode().into());
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// Hands the presenting keys pressed anywhere on the page to `pressed`. Keys meant for a
/// control keep their own meaning: Space presses a focused button, and a text field gets
/// every key.
pub fn keys(pressed: impl Fn(Key) + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
        if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
            return;
        }
        // Inside the shadow root the event's target is the host; the path's start is the control.
        let target = event.composed_path().get(0).dyn_into::<Element>().ok();
        let tag = target.map(|t| t.tag_name()).unwrap_or_default();
        if matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
            return;
        }
        let control = matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY");
        let key = event.key();
        if control && (key == " " || key == "Enter") {
            return;
        }
        if let Some(command) = key_command(&key) {
            event.prevent_default();
            pressed(command);
        }
    })
}

/// Full screen for `host`, or back out of it. Browsers allow it only from a click or a key.
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

/// The address of this page without its query: the page a standalone widget is on.
pub fn this_page() -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_string()
}

pub fn origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// Calls `used` when the quick exit of `host` is used in this window.
pub fn on_exit(host: &HtmlElement, used: impl Fn() + 'static) -> EventListener {
    EventListener::new(host, EXIT_EVENT, move |_| used())
}

/// Uses `host`'s quick exit, as if the visitor had pressed it: the loader's exit is the one
/// way of leaving, so this window hides everything and leaves exactly as the other did.
pub fn leave(host: &HtmlElement) {
    let link = host.shadow_root().and_then(|root| root.query_selector(".le-exit").ok().flatten());
    if let Some(link) = link.and_then(|l| l.dyn_into::<HtmlElement>().ok()) {
        link.click();
    }
}
