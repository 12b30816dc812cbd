//! Data the components share without copying it, compared by identity. A language's content
//! changes only by being replaced (the switcher loads another), so comparing props never needs
//! to walk fourteen steps word by word: that would cost every re-render time, and the wasm the
//! code of a deep comparison.

use std::ops::Deref;
use std::rc::Rc;

pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
