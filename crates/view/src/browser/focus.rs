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

/// Closes the disclosure `node` each time `changes` moves on, so a choice in it (or any other
/// step change) closes it. Closed here rather than re-created (a new key per step), which
/// would build every entry of its step list again on each change.
#[hook]
pub fn use_close_on_change(node: NodeRef, changes: u32) {
    use_effect_with(changes, move |_| {
        if let Some(element) = node.cast::<web_sys::Element>() {
            element.remove_attribute("open").ok();
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

/// Lets go of focus before a step change, unless it is on the control pressed (which stays).
/// After a click that did not move focus (a script's, a screen reader's) it is on the step's
/// heading, which the new step replaces, and a focused element removed mid-render makes the
/// browser clear focus there and then, forcing style and layout of the half-built page: a whole
/// extra layout per step change. Let go of here, while the page is still laid out, it costs
/// little; the new step's heading takes focus once it is rendered.
pub fn release_focus(event: &MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else { return };
    let root = target.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.dyn_ref::<web_sys::Document>().and_then(|document| document.active_element()),
    };
    // Not `current_target`: Yew delegates events, so that is the element the app is mounted on.
    if let Some(active) = active.filter(|active| !active.contains(Some(&target))) {
        if let Ok(active) = active.dyn_into::<web_sys::HtmlElement>() {
            active.blur().ok();
        }
    }
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
