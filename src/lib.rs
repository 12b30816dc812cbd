//! law-explainer: an embeddable walkthrough of force, fraud, coercion and Maine's aggravated
//! sex trafficking law. See ARCHITECTURE.md for the map of the code.

pub mod model;
pub mod page;
pub mod view;
