//! The §852 explorer's logic: where a visitor is in the decision tree, and how answers move
//! them. Also the checks that keep the tree sound (every answer leads somewhere, every path ends).

use super::content::{Explorer, ExplorerQuestion, Outcome};

/// A place in the tree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Node<'a> {
    Question(&'a ExplorerQuestion),
    Outcome(&'a Outcome),
}

impl Explorer {
    pub fn node(&self, id: &str) -> Option<Node<'_>> {
        self.questions
            .iter()
            .find(|q| q.id == id)
            .map(Node::Question)
            .or_else(|| self.outcomes.iter().find(|o| o.id == id).map(Node::Outcome))
    }

    /// Problems with the tree, in words for a content editor: unknown ids, loops, dead ends
    /// and parts no answer leads to. Each comes with the id it is about.
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut problems = Vec::new();
        if self.node(&self.start).is_none() {
            problems.push((self.start.clone(), format!("`start` names \"{}\", which is not a question", self.start)));
            return problems;
        }
        for question in &self.questions {
            if question.answers.is_empty() {
                problems.push((question.id.clone(), format!("question \"{}\" has no answers", question.id)));
            }
            for answer in &question.answers {
                if self.node(&answer.next).is_none() {
                    problems.push((
                        question.id.clone(),
                        format!(
                            "answer \"{}\" of \"{}\" leads to unknown \"{}\"",
                            answer.label, question.id, answer.next
                        ),
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return problems;
        }
        let mut reached = Vec::new();
        self.walk(&self.start, &mut Vec::new(), &mut reached, &mut problems);
        let ids = self.questions.iter().map(|q| &q.id).chain(self.outcomes.iter().map(|o| &o.id));
        for id in ids {
            if !reached.contains(id) {
                problems.push((id.clone(), format!("no answer leads to \"{id}\"")));
            }
        }
        problems
    }

    fn walk(&self, id: &str, path: &mut Vec<String>, reached: &mut Vec<String>, problems: &mut Vec<(String, String)>) {
        if path.iter().any(|p| p == id) {
            problems.push((id.to_string(), format!("the answers loop back to \"{id}\"")));
            return;
        }
        if !reached.iter().any(|r| r == id) {
            reached.push(id.to_string());
        }
        if let Some(Node::Question(question)) = self.node(id) {
            path.push(id.to_string());
            for answer in &question.answers {
                self.walk(&answer.next, path, reached, problems);
            }
            path.pop();
        }
    }
}

/// The answers given so far, as the ids of the nodes visited: the last is where the visitor is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path(Vec<String>);

/// What a visitor can do in the explorer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Answer(usize),
    Back,
    Restart,
}

impl Path {
    pub fn new(explorer: &Explorer) -> Self {
        Path(vec![explorer.start.clone()])
    }

    pub fn current<'a>(&self, explorer: &'a Explorer) -> Option<Node<'a>> {
        self.0.last().and_then(|id| explorer.node(id))
    }

    /// How many answers have been given.
    pub fn depth(&self) -> usize {
        self.0.len() - 1
    }

    pub fn apply(&self, explorer: &Explorer, action: Move) -> Self {
        let mut path = self.0.clone();
        match action {
            Move::Answer(index) => {
                if let Some(Node::Question(question)) = self.current(explorer) {
                    if let Some(answer) = question.answers.get(index) {
                        path.push(answer.next.clone());
                    }
                }
            }
            Move::Back if path.len() > 1 => {
                path.pop();
            }
            Move::Back => {}
            Move::Restart => path.truncate(1),
        }
        Path(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model;
    use crate::model::content::Answer;

    fn outcome_after(answers: &[usize]) -> String {
        let explorer = model::english().explorer;
        let path = answers.iter().fold(Path::new(&explorer), |path, &a| path.apply(&explorer, Move::Answer(a)));
        match path.current(&explorer) {
            Some(Node::Outcome(outcome)) => outcome.id.clone(),
            other => panic!("no outcome after {answers:?}: {other:?}"),
        }
    }

    #[test]
    fn the_shipped_explorer_reaches_the_right_outcome_for_each_kind_of_case() {
        assert_eq!(outcome_after(&[0, 0]), "aggravated-minor");
        assert_eq!(outcome_after(&[0, 1, 0]), "aggravated-disability");
        assert_eq!(outcome_after(&[0, 1, 1, 0]), "aggravated-compelled");
        assert_eq!(outcome_after(&[0, 1, 1, 1]), "sex-trafficking");
        assert_eq!(outcome_after(&[0, 1, 2, 0]), "aggravated-compelled");
        assert_eq!(outcome_after(&[1, 0, 0]), "buyer-minor");
        assert_eq!(outcome_after(&[1, 0, 1]), "buyer-adult");
        assert_eq!(outcome_after(&[1, 1]), "no-promotion");
    }

    /// Issue 16: a visitor unsure of the person's age (or disability) must not be led quietly to
    /// a lesser crime; they reach an outcome that says what the unknown fact would change.
    #[test]
    fn not_sure_never_ends_at_a_lesser_crime() {
        let explorer = model::english().explorer;
        let mut unsure_endings = Vec::new();
        let mut open = vec![(Path::new(&explorer), false)];
        while let Some((path, unsure)) = open.pop() {
            match path.current(&explorer) {
                Some(Node::Question(question)) => {
                    for (index, answer) in question.answers.iter().enumerate() {
                        open.push((path.apply(&explorer, Move::Answer(index)), unsure || answer.label == "Not sure"));
                    }
                }
                Some(Node::Outcome(outcome)) if unsure => unsure_endings.push(outcome.id.clone()),
                _ => {}
            }
        }
        unsure_endings.sort();
        unsure_endings.dedup();
        assert_eq!(
            unsure_endings,
            ["age-unknown", "aggravated-compelled", "buyer-age-unknown", "facts-unknown", "promote-unknown"],
            "where \"Not sure\" leads"
        );
    }

    #[test]
    fn back_undoes_one_answer_and_restart_all_of_them() {
        let explorer = model::english().explorer;
        let start = Path::new(&explorer);
        let two = start.apply(&explorer, Move::Answer(0)).apply(&explorer, Move::Answer(1));
        assert_eq!(two.depth(), 2);
        assert_eq!(two.apply(&explorer, Move::Back).depth(), 1);
        assert_eq!(two.apply(&explorer, Move::Restart), start);
        assert_eq!(start.apply(&explorer, Move::Back), start);
    }

    #[test]
    fn the_shipped_tree_has_no_problems() {
        assert_eq!(model::english().explorer.problems(), vec![]);
    }

    fn question(id: &str, next: &[&str]) -> ExplorerQuestion {
        ExplorerQuestion {
            id: id.into(),
            text: id.into(),
            answers: next.iter().map(|n| Answer { label: "Yes".into(), next: (*n).into() }).collect(),
        }
    }

    fn outcome(id: &str) -> Outcome {
        Outcome { id: id.into(), title: id.into(), text: id.into(), cite: "c".into() }
    }

    #[test]
    fn unknown_ids_loops_and_orphans_are_reported() {
        let unknown = Explorer { start: "a".into(), questions: vec![question("a", &["zzz"])], outcomes: vec![] };
        assert_eq!(unknown.problems()[0].1, "answer \"Yes\" of \"a\" leads to unknown \"zzz\"");

        let looping = Explorer {
            start: "a".into(),
            questions: vec![question("a", &["b"]), question("b", &["a", "end"])],
            outcomes: vec![outcome("end")],
        };
        assert_eq!(looping.problems(), vec![("a".to_string(), "the answers loop back to \"a\"".to_string())]);

        let orphan = Explorer {
            start: "a".into(),
            questions: vec![question("a", &["end"])],
            outcomes: vec![outcome("end"), outcome("lost")],
        };
        assert_eq!(orphan.problems(), vec![("lost".to_string(), "no answer leads to \"lost\"".to_string())]);
    }
}
