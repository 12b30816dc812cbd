//! Checks on the content the project ships, read by the compiler as the build reads it: the
//! explorer reaches the right outcome for each kind of case, the `start` attribute finds real
//! steps, and the landmarks of a second widget are numbered.

use model::config::Config;
use model::explorer::{Move, Node, Path};

fn outcome_after(answers: &[usize]) -> String {
    let explorer = compiler::english().explorer;
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
    let explorer = compiler::english().explorer;
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
    let explorer = compiler::english().explorer;
    let start = Path::new(&explorer);
    let two = start.apply(&explorer, Move::Answer(0)).apply(&explorer, Move::Answer(1));
    assert_eq!(two.depth(), 2);
    assert_eq!(two.apply(&explorer, Move::Back).depth(), 1);
    assert_eq!(two.apply(&explorer, Move::Restart), start);
    assert_eq!(start.apply(&explorer, Move::Back), start);
}

#[test]
fn the_shipped_tree_has_no_problems() {
    assert_eq!(compiler::tree::problems(&compiler::english().explorer), vec![]);
}

#[test]
fn an_unknown_start_step_opens_the_first_with_a_warning() {
    let content = compiler::english();
    let mut warnings = Vec::new();
    let config = Config { start: Some("fraud".into()), ..Config::default() };
    assert_eq!(config.start_index(&content, &mut warnings), 3);
    let config = Config { start: Some("nope".into()), ..Config::default() };
    assert_eq!(config.start_index(&content, &mut warnings), 0);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("before-you-start"), "the warning lists the ids: {}", warnings[0]);
}

#[test]
fn only_the_second_widget_on_a_page_and_later_get_numbered_landmarks() {
    let original = compiler::english().ui;
    let mut ui = original.clone();
    ui.number_landmarks(1);
    assert_eq!(ui, original);
    ui.number_landmarks(2);
    assert_eq!(ui.nav_label, format!("{} (2)", original.nav_label));
    assert_eq!(ui.help_label, format!("{} (2)", original.help_label));
    assert_eq!(ui.region_label, format!("{} (2)", original.region_label));
}
