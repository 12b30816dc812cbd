//! The sorting exercise's summary: how many examples were sorted rightly, and which to look at
//! again. Counted only once every example has an answer, so a half-done exercise is not scored.

use crate::content::Question;

/// How the visitor did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    /// The examples answered wrongly, by index.
    pub again: Vec<usize>,
}

/// `chosen[i]` is the choice made on `examples[i]`; `None` until every example has one.
pub fn tally(examples: &[Question], chosen: &[Option<usize>]) -> Option<Tally> {
    let mut tally = Tally { right: 0, again: Vec::new() };
    for (i, example) in examples.iter().enumerate() {
        let choice = (*chosen.get(i)?)?;
        match example.choices.get(choice) {
            Some(c) if c.correct => tally.right += 1,
            _ => tally.again.push(i),
        }
    }
    Some(tally)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Choice;

    fn example(right: usize) -> Question {
        let choices =
            (0..3).map(|i| Choice { label: i.to_string(), correct: i == right, feedback: String::new() }).collect();
        Question { id: right.to_string(), story: String::new(), question: None, choices, cite: None, notes: None }
    }

    #[test]
    fn nothing_is_counted_until_every_example_is_answered() {
        let examples = [example(0), example(1), example(2)];
        assert_eq!(tally(&examples, &[Some(0), None, Some(2)]), None);
        assert_eq!(tally(&examples, &[Some(0), Some(1)]), None);
        assert_eq!(tally(&examples, &[Some(0), Some(2), Some(2)]), Some(Tally { right: 2, again: vec![1] }));
    }
}
