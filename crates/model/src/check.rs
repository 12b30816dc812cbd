//! The myth-or-fact check: a visitor's answers before the walkthrough and again at its end, and
//! a room's show of hands counted by a presenter. Held in memory only, like the walkthrough:
//! nothing here is ever stored or sent.

/// The most statements a check can have: one bit each in [`Answers`].
pub const MAX_STATEMENTS: usize = 32;

/// Which of the two checks: before the walkthrough, or at its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Before,
    After,
}

/// One check's answers. A statement is answered "fact" or "myth".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    answered: u32,
    fact: u32,
    /// The visitor chose to take this check (its statements are shown).
    pub open: bool,
}

impl Answers {
    /// `Some(true)` for "fact", `Some(false)` for "myth", `None` when not answered.
    pub fn get(&self, statement: usize) -> Option<bool> {
        let bit = bit(statement);
        (self.answered & bit != 0).then_some(self.fact & bit != 0)
    }

    /// How many statements have an answer.
    pub fn count(&self) -> usize {
        self.answered.count_ones() as usize
    }

    /// How many answers match `key` (`key[i]` is whether statement `i` is a fact).
    pub fn right(&self, key: &[bool]) -> usize {
        key.iter().enumerate().filter(|&(i, &fact)| self.get(i) == Some(fact)).count()
    }

    fn answer(self, statement: usize, fact: bool) -> Self {
        let bit = bit(statement);
        let fact = if fact { self.fact | bit } else { self.fact & !bit };
        Self { answered: self.answered | bit, fact, ..self }
    }
}

/// Both checks' answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Check {
    pub before: Answers,
    pub after: Answers,
}

/// What a visitor does in a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Takes the check: its statements are shown.
    Open(Phase),
    /// Answers statement `.1` with "fact" (`true`) or "myth".
    Answer(Phase, usize, bool),
}

/// The visitor's right answers, once the check at the end is complete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// `None` when the first check was skipped (nothing answered in it).
    pub before: Option<usize>,
    pub after: usize,
}

impl Check {
    pub fn phase(&self, phase: Phase) -> &Answers {
        match phase {
            Phase::Before => &self.before,
            Phase::After => &self.after,
        }
    }

    /// The same answers after `mark`; a statement past [`MAX_STATEMENTS`] changes nothing.
    pub fn apply(mut self, mark: Mark) -> Self {
        let (Mark::Open(phase) | Mark::Answer(phase, ..)) = mark;
        let answers = match phase {
            Phase::Before => &mut self.before,
            Phase::After => &mut self.after,
        };
        match mark {
            Mark::Open(_) => answers.open = true,
            Mark::Answer(_, statement, fact) if statement < MAX_STATEMENTS => {
                *answers = answers.answer(statement, fact)
            }
            Mark::Answer(..) => {}
        }
        self
    }

    /// The score, only when every statement of the check at the end has an answer: before
    /// then, the summary would count a half-done check.
    pub fn score(&self, key: &[bool]) -> Option<Score> {
        (self.after.count() == key.len()).then(|| Score {
            before: (self.before.count() > 0).then(|| self.before.right(key)),
            after: self.after.right(key),
        })
    }
}

fn bit(statement: usize) -> u32 {
    1u32.checked_shl(statement as u32).unwrap_or(0)
}

/// A room's hands for one statement in one check, as the presenter enters them; a count left
/// blank is not counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hands {
    pub myth: Option<u16>,
    pub fact: Option<u16>,
}

impl Hands {
    /// The share of hands that were right, in whole percent; `None` when no hand was counted.
    pub fn percent_right(&self, fact: bool) -> Option<u8> {
        let (myth, facts) = (u32::from(self.myth.unwrap_or(0)), u32::from(self.fact.unwrap_or(0)));
        let total = myth + facts;
        let right = if fact { facts } else { myth };
        (total > 0).then(|| ((right * 100 + total / 2) / total) as u8)
    }
}

/// The room's hands in both checks, one entry per statement: the presenter's window only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Room {
    pub before: Vec<Hands>,
    pub after: Vec<Hands>,
}

/// A count the presenter enters (or clears, with `None`): statement, "fact" (`true`) or "myth".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    pub phase: Phase,
    pub statement: usize,
    pub fact: bool,
    pub hands: Option<u16>,
}

impl Room {
    pub fn new(statements: usize) -> Self {
        Self { before: vec![Hands::default(); statements], after: vec![Hands::default(); statements] }
    }

    pub fn phase(&self, phase: Phase) -> &[Hands] {
        match phase {
            Phase::Before => &self.before,
            Phase::After => &self.after,
        }
    }

    /// The same counts with `count` entered; a statement that does not exist changes nothing.
    pub fn apply(mut self, count: Count) -> Self {
        let hands = match count.phase {
            Phase::Before => self.before.get_mut(count.statement),
            Phase::After => self.after.get_mut(count.statement),
        };
        if let Some(hands) = hands {
            match count.fact {
                true => hands.fact = count.hands,
                false => hands.myth = count.hands,
            }
        }
        self
    }

    /// Each statement's share of right hands before and after (`key[i]`: statement `i` is a
    /// fact), for the chart and its table.
    pub fn change(&self, key: &[bool]) -> Vec<(Option<u8>, Option<u8>)> {
        key.iter()
            .enumerate()
            .map(|(i, &fact)| {
                let percent = |hands: &[Hands]| hands.get(i).and_then(|h| h.percent_right(fact));
                (percent(&self.before), percent(&self.after))
            })
            .collect()
    }

    /// Whether the room answered anything at the end: only then is there a change to show.
    pub fn has_after(&self) -> bool {
        self.after.iter().any(|h| h.myth.is_some() || h.fact.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [bool; 3] = [true, false, false];

    fn answered(check: Check, phase: Phase, answers: &[bool]) -> Check {
        answers.iter().enumerate().fold(check, |c, (i, &fact)| c.apply(Mark::Answer(phase, i, fact)))
    }

    #[test]
    fn an_answer_can_be_changed_and_counts_once() {
        let check =
            Check::default().apply(Mark::Answer(Phase::Before, 1, true)).apply(Mark::Answer(Phase::Before, 1, false));
        assert_eq!(check.before.get(1), Some(false));
        assert_eq!(check.before.get(0), None);
        assert_eq!(check.before.count(), 1);
        assert_eq!(check.after, Answers::default());
    }

    #[test]
    fn there_is_no_score_until_the_check_at_the_end_is_complete() {
        let before = answered(Check::default(), Phase::Before, &[false, false, false]);
        assert_eq!(before.score(&KEY), None);
        let partly = before.apply(Mark::Answer(Phase::After, 0, true));
        assert_eq!(partly.score(&KEY), None);
        let done = answered(before, Phase::After, &[true, false, false]);
        assert_eq!(done.score(&KEY), Some(Score { before: Some(2), after: 3 }));
    }

    #[test]
    fn a_skipped_first_check_has_no_before_score() {
        let done = answered(Check::default(), Phase::After, &[false, true, false]);
        assert_eq!(done.score(&KEY), Some(Score { before: None, after: 1 }));
    }

    #[test]
    fn opening_a_check_keeps_its_answers_and_the_other_check() {
        let check = answered(Check::default(), Phase::Before, &[true]).apply(Mark::Open(Phase::After));
        assert!(check.after.open && !check.before.open);
        assert_eq!(check.before.get(0), Some(true));
    }

    #[test]
    fn statements_beyond_the_limit_change_nothing() {
        let check = Check::default();
        assert_eq!(check.apply(Mark::Answer(Phase::Before, MAX_STATEMENTS, true)), check);
    }

    #[test]
    fn the_room_share_is_rounded_and_needs_a_hand() {
        assert_eq!(Hands { myth: Some(2), fact: Some(1) }.percent_right(false), Some(67));
        assert_eq!(Hands { myth: None, fact: Some(5) }.percent_right(true), Some(100));
        assert_eq!(Hands { myth: Some(0), fact: Some(0) }.percent_right(true), None);
        assert_eq!(Hands::default().percent_right(true), None);
    }

    #[test]
    fn the_room_change_pairs_each_statement_before_and_after() {
        let count = |phase, statement, fact, hands| Count { phase, statement, fact, hands: Some(hands) };
        let room = Room::new(2)
            .apply(count(Phase::Before, 0, true, 3))
            .apply(count(Phase::Before, 0, false, 7))
            .apply(count(Phase::After, 0, true, 9))
            .apply(count(Phase::After, 0, false, 1))
            .apply(count(Phase::After, 5, false, 1));
        assert!(room.has_after());
        assert_eq!(room.change(&[true, false]), vec![(Some(30), Some(90)), (None, None)]);
        let cleared = room.apply(Count { phase: Phase::Before, statement: 0, fact: true, hands: None });
        assert_eq!(cleared.before[0], Hands { myth: Some(7), fact: None });
    }
}
