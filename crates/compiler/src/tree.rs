//! The checks that keep the §852 explorer's tree sound: every answer leads somewhere, every
//! path ends, and every part is reachable.

use model::content::Explorer;
use model::explorer::Node;

/// Problems with the tree, in words for a content editor: unknown ids, loops, dead ends
/// and parts no answer leads to. Each comes with the id it is about.
pub fn problems(explorer: &Explorer) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    if explorer.node(&explorer.start).is_none() {
        problems
            .push((explorer.start.clone(), format!("`start` names \"{}\", which is not a question", explorer.start)));
        return problems;
    }
    for question in &explorer.questions {
        if question.answers.is_empty() {
            problems.push((question.id.clone(), format!("question \"{}\" has no answers", question.id)));
        }
        for answer in &question.answers {
            if explorer.node(&answer.next).is_none() {
                problems.push((
                    question.id.clone(),
                    format!("answer \"{}\" of \"{}\" leads to unknown \"{}\"", answer.label, question.id, answer.next),
                ));
            }
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    let mut reached = Vec::new();
    walk(explorer, &explorer.start, &mut Vec::new(), &mut reached, &mut problems);
    let ids = explorer.questions.iter().map(|q| &q.id).chain(explorer.outcomes.iter().map(|o| &o.id));
    for id in ids {
        if !reached.contains(id) {
            problems.push((id.clone(), format!("no answer leads to \"{id}\"")));
        }
    }
    problems
}

fn walk(
    explorer: &Explorer,
    id: &str,
    path: &mut Vec<String>,
    reached: &mut Vec<String>,
    problems: &mut Vec<(String, String)>,
) {
    if path.iter().any(|p| p == id) {
        problems.push((id.to_string(), format!("the answers loop back to \"{id}\"")));
        return;
    }
    if !reached.iter().any(|r| r == id) {
        reached.push(id.to_string());
    }
    if let Some(Node::Question(question)) = explorer.node(id) {
        path.push(id.to_string());
        for answer in &question.answers {
            walk(explorer, &answer.next, path, reached, problems);
        }
        path.pop();
    }
}

#[cfg(test)]
mod tests {
    use model::content::{Answer, ExplorerQuestion, Outcome};

    use super::*;

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
        assert_eq!(problems(&unknown)[0].1, "answer \"Yes\" of \"a\" leads to unknown \"zzz\"");

        let looping = Explorer {
            start: "a".into(),
            questions: vec![question("a", &["b"]), question("b", &["a", "end"])],
            outcomes: vec![outcome("end")],
        };
        assert_eq!(problems(&looping), vec![("a".to_string(), "the answers loop back to \"a\"".to_string())]);

        let orphan = Explorer {
            start: "a".into(),
            questions: vec![question("a", &["end"])],
            outcomes: vec![outcome("end"), outcome("lost")],
        };
        assert_eq!(problems(&orphan), vec![("lost".to_string(), "no answer leads to \"lost\"".to_string())]);
    }
}
