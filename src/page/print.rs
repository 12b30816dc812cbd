//! Printing the handout: the browser's print dialog, and knowing when a print starts and ends.

use gloo::events::EventListener;

/// Calls `printing` with true just before the page prints and false just after, however the
/// print was started (the handout button, the browser's menu or Ctrl+P).
pub fn on_print(printing: impl Fn(bool) + 'static) -> (EventListener, EventListener) {
    let printing = std::rc::Rc::new(printing);
    let after = printing.clone();
    let window = gloo::utils::window();
    (
        EventListener::new(&window, "beforeprint", move |_| printing(true)),
        EventListener::new(&window, "afterprint", move |_| after(false)),
    )
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = gloo::utils::window().print();
}
