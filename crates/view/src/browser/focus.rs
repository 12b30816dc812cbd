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
