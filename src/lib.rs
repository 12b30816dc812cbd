//! law-explainer: an embeddable walkthrough of force, fraud, coercion and Maine's aggravated
//! sex trafficking law. See ARCHITECTURE.md for the map of the code.

pub mod model;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod view;
