//! The few places that touch the host page: finding the mount point and hearing the quick
//! exit's reset. The quick exit itself is plain JavaScript (`assets/page.js`), so that it
//! works before, and without, this WebAssembly.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::model;
use crate::model::walkthrough::{Action, Walkthrough};
use crate::view::{App, AppProps};

/// The element the shell renders into, written by the page before the wasm loads.
const ROOT_ID: &str = "le-app";
/// Sent by `assets/page.js` when the page comes back from the back-forward cache.
const RESET_EVENT: &str = "le-reset";

/// Mounts the widget into `#le-app`, replacing its loading placeholder.
pub fn start() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        gloo::console::error!("law-explainer: no element with id \"le-app\" to render into");
        return;
    };
    root.set_inner_html("");
    let props = AppProps { content: Rc::new(model::english()), onready: Some(Callback::from(listen_for_reset)) };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

fn listen_for_reset(dispatcher: UseReducerDispatcher<Walkthrough>) {
    EventListener::new(&gloo::utils::document(), RESET_EVENT, move |_| dispatcher.dispatch(Action::Restart)).forget();
}
