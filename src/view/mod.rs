//! The view: thin Yew components that render the model. Logic lives in `crate::model`.

mod app;
mod explorer;
mod handout;
mod inline;
pub mod present;
mod question;
mod resources;
mod step;
mod term;

pub use app::{App, AppProps, Outline, Place, SwitchLanguage};
