//! The visitor's wasm asking for the classroom's: the classroom code is a second wasm that only
//! educators download, and the loader (`assets/loader.js`) mounts it in this one's place.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Heard by the loader on the `<law-explainer>` element; its `detail` is the step to go on at.
const CLASSROOM_EVENT: &str = "le-classroom";

/// Asks the loader to replace this walkthrough with the classroom's, its controls on, at `step`.
pub fn ask_for_classroom(host: &HtmlElement, step: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&JsValue::from_str(step));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CLASSROOM_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}
