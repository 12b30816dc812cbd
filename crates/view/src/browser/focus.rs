//! Moving focus to a new step's heading, so keyboard and screen reader users start reading
//! there (and not on the first render, which would pull focus into a partner's page).

use yew::prelude::*;

/// Focuses `node` each time `changes` moves on from 0, while `wanted`.
#[hook]
pub fn use_focus_on_change(node: NodeRef, changes: u32, wanted: bool) {
    use_effect_with(changes, move |changes| {
        if *changes > 0 && wanted {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// Focuses `node` when `open` turns true on the same step (`changes` unchanged), as a control
/// that opened it goes away; not on arriving at a step where it was open already, which keeps
/// focus on the step's heading.
#[hook]
pub fn use_focus_on_open(node: NodeRef, open: bool, changes: u32) {
    let before = use_mut_ref(|| (open, changes));
    use_effect_with((open, changes), move |&(open, changes)| {
        let (was_open, was_at) = before.replace((open, changes));
        if open && !was_open && changes == was_at {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// Focuses the first `selector` inside the element `id` of the same document or shadow root
/// as the event's target (the widget lives in a shadow root, which `document` cannot search).
pub fn focus_beside(event: &MouseEvent, id: &str, selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else { return };
    let root = target.get_root_node();
    let element = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<web_sys::Document>().and_then(|document| document.get_element_by_id(id)),
    };
    if let Some(element) = element
        .and_then(|e| e.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
