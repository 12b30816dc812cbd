//! law-explainer: an embeddable walkthrough of force, fraud, coercion and Maine's aggravated
//! sex trafficking law. This crate is the page end: the loader (`assets/embed.js`) builds each
//! `<law-explainer>` element's shadow root, quick exit and placeholder, then calls [`mount`],
//! which reads the element's settings and renders the `view` crate's `App`. The quick exit
//! itself stays plain JavaScript so that it works before, and without, this WebAssembly. See
//! ARCHITECTURE.md for the map of the crates.

mod colours;
mod config;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use model::content::Content;
use model::walkthrough::{Action, Walkthrough};
use view::{App, AppProps, Kept, Outline, Place, Shared};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Sent to the element for each setting the widget could not use.
const WARNING_EVENT: &str = "le-warning";
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
/// widgets the page has made, from 1. `loader` is the loader's address: the widget's
/// standalone page, `index.html`, sits beside it. `content` is the bytes of the language the
/// loader chose; `switch(code)` fetches another language's and resolves to its bytes.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    widget: HtmlElement,
    app: Element,
    number: u32,
    loader: String,
    content: &[u8],
    switch: js_sys::Function,
) -> Result<Widget, JsError> {
    let content = model::decode(content).ok_or_else(|| JsError::new("the content file could not be read"))?;
    let (mut config, mut warnings) = config::read(&host);
    warnings.extend(model::config::check_lang(host.get_attribute("lang").as_deref(), &content.languages));
    let offered = host.get_attribute("languages");
    let (_, language_warnings) = model::config::offered_languages(offered.as_deref(), &content.languages);
    warnings.extend(language_warnings);
    let start = config.start_index(&content, &mut warnings);
    warnings.extend(colours::check(&host, &widget));
    // A standalone page (the demo page, the iframe page or the offline file) presents from itself.
    let page = if host.has_attribute("params") { this_page() } else { beside(&loader, "index.html") };
    let in_place = host.has_attribute("params") || page.starts_with(&format!("{}/", origin()));
    config.check_role(in_place, &mut warnings);
    for warning in warnings {
        gloo::console::warn!(format!("law-explainer: {warning}"));
        warn(&host, &warning);
    }
    // Not `innerHTML`: a partner's Trusted Types policy (`require-trusted-types-for 'script'`)
    // refuses any string written there, and the walkthrough would not mount.
    app.set_text_content(None);
    let own_page = host.has_attribute("params") && !framed();
    let place = Place { host: host.clone(), page, in_place, own_page };
    let localise = {
        let (resources, widget, app) = (config.resources.clone(), widget.clone(), app.clone());
        Rc::new(move |mut content: Content| -> Shared<Content> {
            content.languages = model::config::offered_languages(offered.as_deref(), &content.languages).0;
            content.resources.splice(0..0, resources.iter().cloned());
            content.ui.number_landmarks(number);
            let _ = app.set_attribute("aria-label", &content.ui.region_label);
            let _ = widget.set_attribute("lang", &content.locale);
            let _ = widget.set_attribute("dir", &content.ui.direction);
            Shared::new(content)
        })
    };
    let switch_language = {
        let localise = localise.clone();
        Callback::from(move |(code, done): (String, Callback<Shared<Content>>)| {
            let promise = switch.call1(&JsValue::NULL, &JsValue::from_str(&code));
            let localise = localise.clone();
            yew::platform::spawn_local(async move {
                let bytes = match promise {
                    Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await.ok(),
                    Err(_) => None,
                };
                match bytes.and_then(|b| model::decode(&js_sys::Uint8Array::new(&b).to_vec())) {
                    Some(content) => done.emit(localise(content)),
                    None => gloo::console::warn!(format!(
                        "law-explainer: the \"{code}\" language could not load; the walkthrough stays as it was"
                    )),
                }
            });
        })
    };
    let reset = Rc::new(RefCell::new(None));
    let listener = reset.clone();
    let onready = move |dispatcher: UseReducerDispatcher<Kept<Walkthrough>>| {
        let restart = move |_: &Event| dispatcher.dispatch(Action::Restart);
        *listener.borrow_mut() = Some(EventListener::new(&host, RESET_EVENT, restart));
    };
    let props = AppProps {
        content: localise(content),
        start,
        outline: Outline(config.heading_level),
        onready: Some(Callback::from(onready)),
        role: config.role,
        classroom: config.classroom,
        place: Some(place),
        switch_language: Some(switch_language),
    };
    Ok(Widget { app: yew::Renderer::<App>::with_root_and_props(app, props).render(), _reset: reset })
}

/// Tells the page about a setting the widget could not use: a `le-warning` event on the element,
/// its `detail` the warning's text, so a partner's own code can hear what the console says.
fn warn(host: &HtmlElement, warning: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(warning));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(WARNING_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The address of this page without its query: the page a standalone widget is on.
fn this_page() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_string()
}

/// Whether this page is inside a frame (a partner's iframe embedding).
fn framed() -> bool {
    let window = gloo::utils::window();
    window.top().ok().flatten().is_none_or(|top| top != window)
}

fn origin() -> String {
    gloo::utils::window().location().origin().unwrap_or_default()
}

/// The address of `name` in the same folder as `address`.
fn beside(address: &str, name: &str) -> String {
    let folder = address.split(['?', '#']).next().unwrap_or_default();
    let folder = folder.rfind('/').map_or(folder, |slash| &folder[..=slash]);
    format!("{folder}{name}")
}

#[cfg(test)]
mod tests {
    use super::beside;

    #[test]
    fn the_standalone_page_sits_beside_the_loader() {
        assert_eq!(beside("https://w.example/le/embed-1a2b.js?v=2", "index.html"), "https://w.example/le/index.html");
        assert_eq!(beside("https://w.example/embed.js", "index.html"), "https://w.example/index.html");
    }
}
