//! Where the visitor is in the walkthrough, and their answers to the myth-or-fact check. Kept in
//! memory only: never in the URL, history or storage, so the visit leaves no trace; a restart
//! (which the quick exit does) forgets them.

use crate::check::{Check, Mark};

/// The walkthrough's state: the current step of `total`, and the steps seen so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Walkthrough {
    pub step: usize,
    pub total: usize,
    /// Counts step changes, so the view can tell a change from the first render.
    pub changes: u32,
    /// One bit per step shown, so the contents can mark where the visitor has been.
    visited: u64,
    /// The myth-or-fact check's answers, before the walkthrough and at its end.
    pub check: Check,
}

/// The most steps a walkthrough can have: one bit each in `visited`.
pub const MAX_STEPS: usize = 64;

/// What a visitor can do to move through the steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Back,
    GoTo(usize),
    /// To the last step.
    Last,
    /// Back to a neutral first step, with nothing answered (after a quick exit is undone
    /// with Back).
    Restart,
    /// An answer in the myth-or-fact check: the step stays.
    Check(Mark),
}

impl Walkthrough {
    pub fn new(total: usize) -> Self {
        Self::starting_at(0, total)
    }

    /// Opens on `step` (a partner's `start`); out of range opens the first step.
    pub fn starting_at(step: usize, total: usize) -> Self {
        let step = if step < total { step } else { 0 };
        Self { step, total, changes: 0, visited: bit(step), check: Check::default() }
    }

    /// Whether the visitor has been on `step` (the current step counts).
    pub fn has_visited(&self, step: usize) -> bool {
        self.visited & bit(step) != 0
    }

    pub fn is_first(&self) -> bool {
        self.step == 0
    }

    pub fn is_last(&self) -> bool {
        self.step + 1 >= self.total
    }

    /// The same state after `action`; a move past either end stays where it is.
    pub fn apply(self, action: Action) -> Self {
        if let Action::Check(mark) = action {
            return Self { check: self.check.apply(mark), ..self };
        }
        let step = match action {
            Action::Next if !self.is_last() => self.step + 1,
            Action::Back if !self.is_first() => self.step - 1,
            Action::GoTo(step) if step < self.total => step,
            Action::Last => self.total.saturating_sub(1),
            Action::Restart => 0,
            _ => self.step,
        };
        if action == Action::Restart {
            let changes = self.changes + u32::from(step != self.step);
            Self { step, changes, visited: bit(step), check: Check::default(), ..self }
        } else if step == self.step {
            self
        } else {
            Self { step, changes: self.changes + 1, visited: self.visited | bit(step), ..self }
        }
    }
}

fn bit(step: usize) -> u64 {
    1u64.checked_shl(step as u32).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_back_move_one_step_and_stop_at_the_ends() {
        let start = Walkthrough::new(3);
        assert_eq!(start.apply(Action::Back), start);
        let second = start.apply(Action::Next);
        assert_eq!(second.step, 1);
        let last = second.apply(Action::Next);
        assert!(last.is_last());
        assert_eq!(last.apply(Action::Next), last);
        assert_eq!(last.apply(Action::Back).step, 1);
    }

    #[test]
    fn steps_shown_are_remembered_until_a_restart() {
        let walk = Walkthrough::new(5).apply(Action::Next).apply(Action::GoTo(3));
        assert!([0, 1, 3].iter().all(|&s| walk.has_visited(s)));
        assert!(!walk.has_visited(2) && !walk.has_visited(4));
        let restarted = walk.apply(Action::Restart);
        assert!(restarted.has_visited(0) && !restarted.has_visited(1) && !restarted.has_visited(3));
    }

    #[test]
    fn go_to_ignores_steps_that_do_not_exist() {
        let start = Walkthrough::new(3);
        assert_eq!(start.apply(Action::GoTo(2)).step, 2);
        assert_eq!(start.apply(Action::GoTo(3)), start);
        assert_eq!(start.apply(Action::Last).step, 2);
    }

    #[test]
    fn restart_returns_to_the_first_step() {
        let moved = Walkthrough::new(4).apply(Action::GoTo(3));
        assert_eq!(moved.apply(Action::Restart).step, 0);
    }

    #[test]
    fn check_answers_stay_across_steps_and_go_with_a_restart() {
        use crate::check::Phase;
        let answered = Walkthrough::new(3).apply(Action::Check(Mark::Answer(Phase::Before, 0, true)));
        assert_eq!(answered.changes, 0);
        let moved = answered.apply(Action::Last);
        assert_eq!(moved.check.before.get(0), Some(true));
        assert_eq!(moved.apply(Action::Restart).check, Check::default());
        // On the first step already, a restart still forgets the answers, without a step change.
        let restarted = answered.apply(Action::Restart);
        assert_eq!((restarted.check, restarted.changes), (Check::default(), 0));
    }

    #[test]
    fn only_real_moves_count_as_changes() {
        let start = Walkthrough::new(2);
        assert_eq!(start.apply(Action::Back).changes, 0);
        assert_eq!(start.apply(Action::Next).changes, 1);
    }
}
