//! The view: thin Yew components that render the model. Logic lives in `crate::model`.

mod app;
mod inline;
mod resources;
mod step;
mod term;

pub use app::{App, AppProps};
