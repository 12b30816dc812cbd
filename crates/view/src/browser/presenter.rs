//! What presenting needs from the browser: the channel between the presenter's and the
//! audience's windows, the clicker's keys and the quick exit's `le-exit` event, so an exit in
//! one window makes the other leave through its own quick exit.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use model::presenting::{key_command, Cue, Key, Role, Show, Signal, CHANNEL};
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, Element, HtmlElement, KeyboardEvent, MessageEvent};
use yew::prelude::*;

use crate::kept::Kept;

/// Sent by the loader to each element when its quick exit is used (`assets/embed.js`).
pub(crate) const EXIT_EVENT: &str = "le-exit";

/// This window's end of the channel; closed when dropped, so a finished presentation hears nothing.
struct Channel {
    channel: BroadcastChannel,
    secret: Rc<String>,
    _listener: EventListener,
}

impl Channel {
    /// Opens the channel, handing every message the other window sealed with `secret` to `heard`.
    fn open(secret: Rc<String>, heard: impl Fn(Signal) + 'static) -> Option<Channel> {
        let channel = BroadcastChannel::new(CHANNEL).ok()?;
        let key = secret.clone();
        let listener = EventListener::new(&channel, "message", move |event| {
            let text = event.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string());
            if let Some(signal) = text.as_deref().and_then(|text| Signal::open(text, &key)) {
                heard(signal);
            }
        });
        Some(Channel { channel, secret, _listener: listener })
    }

    fn send(&self, signal: &Signal) {
        let _ = self.channel.post_message(&signal.seal(&self.secret).into());
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
fn keys(pressed: impl Fn(Key) + 'static) -> EventListener {
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

/// Calls `used` when the quick exit of `host` is used in this window.
fn on_exit(host: &HtmlElement, used: impl Fn() + 'static) -> EventListener {
    EventListener::new(host, EXIT_EVENT, move |_| used())
}

/// Uses `host`'s quick exit, as if the visitor had pressed it: the loader's exit is the one
/// way of leaving, so this window hides everything and leaves exactly as the other did.
pub(crate) fn leave(host: &HtmlElement) {
    let link = host.shadow_root().and_then(|root| root.query_selector(".le-exit").ok().flatten());
    if let Some(link) = link.and_then(|l| l.dyn_into::<HtmlElement>().ok()) {
        link.click();
    }
}

/// The presentation's secret: the presenter makes one; the audience window finds it in its
/// address's fragment (`#...`), which the presenter wrote when it opened the window.
fn secret(role: Role) -> String {
    let window = gloo::utils::window();
    match role {
        Role::Presenter => {
            let mut bytes = [0u8; 16];
            if let Ok(crypto) = window.crypto() {
                let _ = crypto.get_random_values_with_u8_array(&mut bytes);
            }
            bytes.iter().map(|b| format!("{b:02x}")).collect()
        }
        Role::Audience => window.location().hash().unwrap_or_default().trim_start_matches('#').to_string(),
    }
}

/// Keeps this window in step with the other for as long as the component lives: every change
/// made here is sent; the presenter answers a new audience window's hello with the state, the
/// audience asks for it on opening; states heard are applied; and when either window's quick
/// exit is used, the other leaves through its own. Every message is sealed with the
/// presentation's secret, which this returns (for the audience window's address): any other
/// page of the widget's origin can open the channel, but cannot read or forge it.
#[hook]
pub fn use_presenter_channel(role: Role, host: HtmlElement, show: &UseReducerHandle<Kept<Show>>) -> Rc<String> {
    let key = use_memo(role, |role| secret(*role));
    let channel = use_mut_ref(|| None::<Channel>);
    let latest = use_mut_ref(|| show.0.clone());
    *latest.borrow_mut() = show.0.clone();
    {
        let (dispatcher, channel, key) = (show.dispatcher(), channel.clone(), Rc::clone(&key));
        use_effect_with((), move |_| {
            // Set once either window's exit is used, so the two windows do not echo it back and forth.
            let leaving = Rc::new(Cell::new(false));
            let heard = {
                let (channel, leaving, host) = (channel.clone(), leaving.clone(), host.clone());
                move |signal: Signal| match signal {
                    Signal::Hello if role == Role::Presenter => send(&channel, &latest.borrow().signal()),
                    Signal::Exit if !leaving.replace(true) => leave(&host),
                    Signal::State { .. } => dispatcher.dispatch(Cue::Heard(signal)),
                    _ => {}
                }
            };
            *channel.borrow_mut() = Channel::open(key, heard);
            if role == Role::Audience {
                send(&channel, &Signal::Hello);
            }
            let exit = {
                let channel = channel.clone();
                on_exit(&host, move || {
                    if !leaving.replace(true) {
                        send(&channel, &Signal::Exit);
                    }
                })
            };
            move || {
                drop(exit);
                channel.borrow_mut().take();
            }
        });
    }
    // The audience's first state is not sent: it asks the presenter for the real one instead.
    let first = use_mut_ref(|| true);
    use_effect_with(show.0.clone(), move |show| {
        let quiet = first.replace(false) && role == Role::Audience;
        if !(show.heard || quiet) {
            send(&channel, &show.signal());
        }
    });
    key
}

/// Hands the clicker's keys, pressed anywhere on the page, to `pressed` while the component lives.
#[hook]
pub fn use_presenting_keys(pressed: Callback<Key>) {
    use_effect_with((), move |_| {
        let listener = keys(move |key| pressed.emit(key));
        move || drop(listener)
    });
}

fn send(channel: &RefCell<Option<Channel>>, signal: &Signal) {
    if let Some(channel) = channel.borrow().as_ref() {
        channel.send(signal);
    }
}

/// The parts of the step shown in `host`: its heading, paragraphs, questions and so on, and the
/// myth-or-fact check's heading and statements beside it, in page order. Only parts both
/// windows show: the presenter's counts of hands and answers are not among them.
fn step_parts(host: &HtmlElement) -> Vec<Element> {
    const PARTS: &str = ".le-step > *, .le-check--room > :is(h1, h2, h3, h4, h5, h6), .le-check__item";
    let found = host.shadow_root().and_then(|root| root.query_selector_all(PARTS).ok());
    let Some(found) = found else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Keeps the audience's screen on the part of a long step the presenter is showing. The
/// presenter's window reports, as it scrolls (the page, or the element in full screen), the
/// first part below its quick-exit bar; the audience's window scrolls that part to its top.
#[hook]
pub fn use_presenter_place(role: Role, host: HtmlElement, show: &UseReducerHandle<Kept<Show>>) {
    {
        let (dispatcher, host) = (show.dispatcher(), host.clone());
        use_effect_with(role, move |role| {
            let listeners = (*role == Role::Presenter).then(|| {
                let report = Rc::new({
                    let host = host.clone();
                    move |_: &Event| {
                        let bar = host
                            .shadow_root()
                            .and_then(|root| root.query_selector(".le-exit-bar").ok().flatten())
                            .map_or(0.0, |bar| bar.get_bounding_client_rect().bottom());
                        let parts = step_parts(&host);
                        let first = parts.iter().position(|part| part.get_bounding_client_rect().bottom() > bar + 1.0);
                        dispatcher.dispatch(Cue::Place(first.unwrap_or(0)));
                    }
                });
                let options = EventListenerOptions::default();
                let on_page = report.clone();
                (
                    EventListener::new_with_options(&gloo::utils::window(), "scroll", options, move |e| on_page(e)),
                    EventListener::new_with_options(&host, "scroll", options, move |e| report(e)),
                )
            });
            move || drop(listeners)
        });
    }
    let followed = (show.walk.step, show.place, show.covered);
    use_effect_with(followed, move |&(_, place, _)| {
        if role == Role::Audience {
            if let Some(part) = step_parts(&host).get(place) {
                part.scroll_into_view();
            }
        }
    });
}
