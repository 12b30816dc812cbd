//! Everything the view asks of the browser beyond rendering: hooks that hold listeners,
//! timers and the presenter channel for as long as a component lives, and the few calls made
//! from event handlers (print, full screen, new windows). Components reach the browser only
//! through here.

#[cfg(feature = "classroom")]
mod clock;
mod focus;
#[cfg(not(feature = "classroom"))]
mod handover;
#[cfg(feature = "classroom")]
mod presenter;
#[cfg(feature = "classroom")]
mod print;
#[cfg(feature = "classroom")]
mod screen;

#[cfg(feature = "classroom")]
pub use clock::use_lesson_clock;
pub use focus::{focus_beside, release_focus, use_close_on_change, use_focus_on_change, use_focus_on_open};
#[cfg(not(feature = "classroom"))]
pub use handover::ask_for_classroom;
#[cfg(feature = "classroom")]
pub use presenter::{use_presenter_channel, use_presenter_place, use_presenting_keys};
#[cfg(feature = "classroom")]
pub use print::use_print;
#[cfg(feature = "classroom")]
pub use screen::{exit_full_screen, open_window, toggle_full_screen, use_exit_reaches_every_window};
