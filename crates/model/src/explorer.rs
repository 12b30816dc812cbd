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
