//! Printing the handout: the browser's print dialog, and knowing when a print starts and ends.

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether the handout belongs in the page (from just before a print starts, however it was
/// started: the handout button, the browser's menu or Ctrl+P, until it ends), and the
/// callback that opens the print dialog once the handout is rendered.
#[hook]
pub fn use_print() -> (bool, Callback<MouseEvent>) {
    let printing = use_state(|| false);
    let asked = use_state(|| false);
    {
        let printing = printing.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let (before, after) = (printing.clone(), printing);
            let listeners = (
                EventListener::new(&window, "beforeprint", move |_| before.set(true)),
                EventListener::new(&window, "afterprint", move |_| after.set(false)),
            );
            move || drop(listeners)
        });
    }
    {
        // The dialog opens after the render that put the handout in the page.
        let asked = asked.clone();
        use_effect_with(*asked, move |now| {
            if *now {
                let _ = gloo::utils::window().print();
                asked.set(false);
            }
        });
    }
    let ask = {
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| asked.set(true))
    };
    (*printing || *asked, ask)
}
