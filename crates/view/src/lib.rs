//! The view: thin Yew components that render the model (logic lives in the `model` crate),
//! and `browser`, the one module through which they use the browser. This crate cannot reach
//! the page code that mounts it (`law-explainer`'s `mount`): it does not depend on it.

mod app;
mod browser;
mod check;
mod explorer;
#[cfg(feature = "classroom")]
mod handout;
mod inline;
mod kept;
mod outline;
#[cfg(feature = "classroom")]
mod present;
mod question;
mod resources;
#[cfg(feature = "classroom")]
mod room;
mod shared;
mod staging;
mod step;
mod term;
mod tools;

pub use app::{App, AppProps, Place, SwitchLanguage};
pub use kept::Kept;
pub use outline::Outline;
pub use shared::Shared;
