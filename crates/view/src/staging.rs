//! The presented step's shared state, a context: what a question inside a presented step
//! reads and changes instead of its own state, so both windows show the same thing.

use std::rc::Rc;

use model::presenting::{Cue, Role, Show};
use yew::Callback;

#[derive(Clone, PartialEq)]
pub struct Staging {
    pub show: Rc<Show>,
    pub cue: Callback<Cue>,
    pub role: Role,
}
