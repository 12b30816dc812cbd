//! The model's states as Yew keeps them. The model knows nothing of Yew, so its `apply`
//! functions become `Reducible` here; a move that changes nothing keeps the same `Rc`, so
//! nothing re-renders.

use std::ops::Deref;
use std::rc::Rc;

use model::check::{Count, Room};
use model::presenting::{Cue, Show};
use model::walkthrough::{Action, Walkthrough};
use yew::Reducible;

/// A model state held by `use_reducer`.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept<T>(pub T);

impl<T> Deref for Kept<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl Reducible for Kept<Walkthrough> {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        keep(self, |walk| walk.apply(action))
    }
}

impl Reducible for Kept<Show> {
    type Action = Cue;

    fn reduce(self: Rc<Self>, cue: Cue) -> Rc<Self> {
        keep(self, |show| show.apply(cue))
    }
}

impl Reducible for Kept<Room> {
    type Action = Count;

    fn reduce(self: Rc<Self>, count: Count) -> Rc<Self> {
        keep(self, |room| room.apply(count))
    }
}

fn keep<T: Clone + PartialEq>(state: Rc<Kept<T>>, apply: impl FnOnce(T) -> T) -> Rc<Kept<T>> {
    let next = apply(state.0.clone());
    if next == state.0 {
        state
    } else {
        Rc::new(Kept(next))
    }
}
