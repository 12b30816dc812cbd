//! The view: thin Yew components that render the model. Logic lives in `crate::model`.

mod app;
mod explorer;
mod inline;
mod question;
mod resources;
mod step;
mod term;

pub use app::{App, AppProps, Outline};
