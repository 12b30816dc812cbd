//! The presenter's clock: seconds since the lesson began and since the step did, read from the
//! browser's clock in effects only, so rendering stays free of the browser (and a server
//! rendering shows 0:00).

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Whole seconds since this component mounted and since `step` last changed, ticking each second.
#[hook]
pub fn use_lesson_clock(step: usize) -> (u32, u32) {
    let elapsed = use_state(|| (0u32, 0u32));
    let began = use_memo((), |_| (Cell::new(None::<f64>), Cell::new(None::<f64>)));
    let since = |start: &Cell<Option<f64>>| {
        let now = js_sys::Date::now();
        ((now - start.get().unwrap_or(now)) / 1000.0) as u32
    };
    {
        let (elapsed, began) = (elapsed.setter(), began.clone());
        use_effect_with((), move |_| {
            began.0.set(Some(js_sys::Date::now()));
            let interval = Interval::new(1000, move || elapsed.set((since(&began.0), since(&began.1))));
            move || drop(interval)
        });
    }
    {
        let (elapsed, began) = (elapsed.clone(), Rc::clone(&began));
        use_effect_with(step, move |_| {
            began.1.set(Some(js_sys::Date::now()));
            elapsed.set((elapsed.0, 0));
        });
    }
    *elapsed
}
