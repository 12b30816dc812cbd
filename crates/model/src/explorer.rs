//! The §852 explorer's logic: where a visitor is in the decision tree, and how answers move
//! them. The checks that keep the tree sound are the content compiler's (`compiler::tree`).

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

    /// The most questions any path asks (the compiler has checked that the tree has no cycle).
    pub fn longest(&self) -> usize {
        self.questions_from(&self.start, self.questions.len())
    }

    /// `budget` bounds the walk, so even an unchecked tree with a cycle ends.
    fn questions_from(&self, id: &str, budget: usize) -> usize {
        match self.node(id) {
            Some(Node::Question(question)) if budget > 0 => {
                1 + question.answers.iter().map(|a| self.questions_from(&a.next, budget - 1)).max().unwrap_or(0)
            }
            _ => 0,
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
    use crate::content::Answer;

    fn question(id: &str, next: &[&str]) -> ExplorerQuestion {
        let answers = next.iter().map(|n| Answer { label: n.to_string(), next: n.to_string() }).collect();
        ExplorerQuestion { id: id.into(), text: id.into(), answers }
    }

    fn outcome(id: &str) -> Outcome {
        Outcome { id: id.into(), title: id.into(), text: id.into(), cite: String::new() }
    }

    #[test]
    fn the_longest_path_counts_the_questions_on_the_deepest_branch() {
        let explorer = Explorer {
            start: "a".into(),
            questions: vec![question("a", &["b", "end"]), question("b", &["c", "end"]), question("c", &["end"])],
            outcomes: vec![outcome("end")],
        };
        assert_eq!(explorer.longest(), 3);
        let cycle = Explorer { start: "a".into(), questions: vec![question("a", &["a"])], outcomes: vec![] };
        assert_eq!(cycle.longest(), 1);
    }
}
