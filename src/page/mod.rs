//! The few places that touch the host page. The loader (`assets/embed.js`) builds each
//! `<law-explainer>` element's shadow root, quick exit and placeholder, then calls [`mount`];
//! the quick exit itself stays plain JavaScript so that it works before, and without, this
//! WebAssembly.

mod colours;
mod config;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::model;
use crate::model::walkthrough::{Action, Walkthrough};
use crate::view::{App, AppProps, Outline};

/// Sent by the loader to each element when the page comes back from the back-forward cache.
const RESET_EVENT: &str = "le-reset";

/// One mounted walkthrough; the loader keeps it and calls `destroy` when the element is removed.
#[wasm_bindgen]
pub struct Widget {
    app: yew::AppHandle<App>,
    /// Hears the loader's reset; dropped with the widget, so a removed widget hears nothing.
    _reset: Rc<RefCell<Option<EventListener>>>,
}

#[wasm_bindgen]
impl Widget {
    /// Unmounts the app and frees everything it held.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Renders the walkthrough for `host` (the `<law-explainer>` element) into `app`, inside
/// `widget` (the shadow root's themed wrapper), replacing the placeholder. `number` counts the
/// widgets the page has made, from 1.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, widget: HtmlElement, app: Element, number: u32) -> Widget {
    let (config, mut warnings) = config::read(&host);
    let _ = widget.set_attribute("lang", config.locale);
    let mut content = model::english();
    let start = config.start_index(&content, &mut warnings);
    content.resources.splice(0..0, config.resources);
    content.ui.number_landmarks(number);
    let _ = app.set_attribute("aria-label", &content.ui.region_label);
    warnings.extend(colours::check(&host, &widget));
    for warning in warnings {
        gloo::console::warn!(format!("law-explainer: {warning}"));
    }
    app.set_inner_html("");
    let reset = Rc::new(RefCell::new(None));
    let listener = reset.clone();
    let onready = move |dispatcher: UseReducerDispatcher<Walkthrough>| {
        let restart = move |_: &Event| dispatcher.dispatch(Action::Restart);
        *listener.borrow_mut() = Some(EventListener::new(&host, RESET_EVENT, restart));
    };
    let props = AppProps {
        content: Rc::new(content),
        start,
        outline: Outline(config.heading_level),
        onready: Some(Callback::from(onready)),
    };
    Widget { app: yew::Renderer::<App>::with_root_and_props(app, props).render(), _reset: reset }
}
