//! The walkthrough's interactions: every scenario with every answer, the sorting exercise and
//! the §852 explorer on every engine; the glossary and the table of contents in Chromium.

use harness::{Engine, Harness};

use crate::engines::on_engines;
use model::content::{Question, SourceKind};
use serde_json::Value;
use thirtyfour::prelude::*;

async fn start_on(engine: Engine) -> Harness {
    let h = Harness::start_on(engine).await;
    h.open("/").await;
    h.by_role("heading", &compiler::english().steps[0].title).await;
    h
}

/// The accessible name of a question's choice group.
fn group_name(question: &Question) -> String {
    match &question.question {
        Some(prompt) => format!("{} {prompt}", question.story),
        None => question.story.clone(),
    }
}

async fn feedback_of(h: &Harness, group: &WebElement) -> String {
    let script = "return arguments[0].parentElement.querySelector('[aria-live]').textContent";
    h.js(script, vec![group.to_json().unwrap()]).await.as_str().unwrap_or("").to_string()
}

/// Picks every choice of `question` in turn, wrong ones first, checking the feedback each time.
async fn answer_every_choice(h: &Harness, question: &Question) {
    let ui = compiler::english().ui;
    let group = h.by_role("group", &group_name(question)).await;
    assert_eq!(feedback_of(h, &group).await, "", "{}: no feedback before an answer", question.id);
    let mut order: Vec<_> = question.choices.iter().collect();
    order.sort_by_key(|c| c.correct);
    for choice in order {
        let button = h.by_role_within(&group, "button", &choice.label).await;
        button.click().await.unwrap();
        assert_eq!(button.attr("aria-pressed").await.unwrap().as_deref(), Some("true"));
        let verdict = if choice.correct { &ui.right } else { &ui.not_quite };
        let feedback = feedback_of(h, &group).await;
        assert!(
            feedback.contains(verdict.as_str()) && feedback.contains(&choice.feedback),
            "{}: choosing \"{}\" says \"{feedback}\"",
            question.id,
            choice.label
        );
        if let Some(cite) = &question.cite {
            assert!(feedback.contains(cite.as_str()), "{}: feedback cites {cite}", question.id);
        }
    }
}

async fn every_scenario_answers_every_choice_with_feedback_and_allows_another_try(engine: Engine) {
    let content = compiler::english();
    let h = start_on(engine).await;
    let mut answered = 0;
    for step in &content.steps {
        h.go_to_step(&step.title).await;
        for question in &step.questions {
            answer_every_choice(&h, question).await;
            answered += 1;
        }
    }
    assert!(answered >= 10, "only {answered} scenarios");
    h.quit().await;
}

async fn the_sorting_exercise_works_with_buttons_for_every_example(engine: Engine) {
    let content = compiler::english();
    let h = start_on(engine).await;
    let step = content.steps.iter().find(|s| s.id == "sort").expect("a sort step");
    h.go_to_step(&step.title).await;
    let summary = "return W.querySelector('.le-sort__summary').innerText.trim()";
    for question in &content.sort {
        assert_eq!(h.js(summary, vec![]).await, "", "no summary until every example is answered");
        answer_every_choice(&h, question).await;
    }
    // Issue 23: once all are answered, how many were right, and which to look at again.
    let total = content.sort.len();
    assert_eq!(h.js(summary, vec![]).await, format!("{total} of {total} right."));
    let third = &content.sort[2];
    let group = h.by_role("group", &group_name(third)).await;
    let wrong = third.choices.iter().find(|c| !c.correct).unwrap();
    let wrong = h.by_role_within(&group, "button", &wrong.label).await;
    h.js("arguments[0].scrollIntoView({ block: 'center' })", vec![wrong.to_json().unwrap()]).await;
    wrong.click().await.unwrap();
    let said = h.js(summary, vec![]).await;
    let said = said.as_str().unwrap();
    assert!(said.starts_with(&format!("{} of {total} right.", total - 1)), "{said}");
    assert!(said.contains(&content.ui.look_again) && said.contains(&format!("3. {}", third.story)), "{said}");
    h.by_role("button", &format!("3. {}", third.story)).await.click().await.unwrap();
    let focused = "return deepActive().closest('.le-question').id";
    assert_eq!(h.js(focused, vec![]).await, format!("le-question-{}", third.id), "back to the third example");
    h.quit().await;
}

async fn the_explorer_reaches_an_outcome_naming_the_section_and_can_go_back_and_start_over(engine: Engine) {
    let content = compiler::english();
    let h = start_on(engine).await;
    let step = content.steps.iter().find(|s| s.id == "explorer").expect("an explorer step");
    h.go_to_step(&step.title).await;

    let progress = "return W.querySelector('.le-explorer__progress').textContent";
    let longest = content.explorer.longest();
    assert_eq!(h.js(progress, vec![]).await, format!("Question 1 of up to {longest}"));
    h.by_role("button", "Yes").await.click().await.unwrap();
    h.wait_for_focus("Was the person under 18?", "focus moves to the next question").await;
    assert_eq!(h.js(progress, vec![]).await, format!("Question 2 of up to {longest}"));
    h.by_role("button", "Yes").await.click().await.unwrap();
    let outcome = content.explorer.outcomes.iter().find(|o| o.id == "aggravated-minor").unwrap();
    h.by_role("heading", &outcome.title).await;
    h.wait_for_focus(&outcome.title, "focus moves to the outcome").await;
    assert_eq!(h.focused().await.1, "heading");
    let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
    let text = text.as_str().unwrap();
    assert!(text.contains(&outcome.cite) && text.contains(&content.ui.only_a_court), "{text}");

    h.by_role("button", &content.ui.explorer_back).await.click().await.unwrap();
    h.by_role("button", "Not sure").await.click().await.unwrap();
    let unsure = content.explorer.outcomes.iter().find(|o| o.id == "age-unknown").unwrap();
    h.by_role("heading", &unsure.title).await;

    h.by_role("button", &content.ui.start_over).await.click().await.unwrap();
    let first = &content.explorer.questions[0].text;
    h.wait_for_focus(first, "after starting over, focus is on the first question").await;
    h.by_role("button", "No").await.click().await.unwrap();
    let buyer = content.explorer.questions.iter().find(|q| q.id == "buyer").unwrap();
    h.wait_for_focus(&buyer.text, "no promoter: the check asks about a buyer").await;
    h.by_role("button", "No").await.click().await.unwrap();
    let none = content.explorer.outcomes.iter().find(|o| o.id == "no-promotion").unwrap();
    h.by_role("heading", &none.title).await;
    // Issue 23: the outcome leads to the help lines.
    h.by_role("button", &content.ui.get_help).await.click().await.unwrap();
    let help = content.steps.iter().find(|s| s.id == "get-help").unwrap();
    h.by_role("heading", &help.title).await;
    assert_eq!(h.focused().await, (help.title.clone(), "heading".to_string()));
    h.quit().await;
}

#[test]
fn each_step_lists_its_sources_with_their_kind_and_the_sources_step_groups_them_by_kind() {
    harness::run(async {
        let content = compiler::english();
        let h = start_on(Engine::Chromium).await;
        let items = "return all('.le-step > .le-sources li').map(li => li.textContent)";
        let coercion = content.steps.iter().find(|s| s.id == "coercion").unwrap();
        h.go_to_step(&coercion.title).await;
        let listed = h.js(items, vec![]).await;
        let listed: Vec<&str> = listed.as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let expected: Vec<String> =
            coercion.sources.iter().map(|s| format!("{} ({})", s.label, s.kind.name(&content.ui))).collect();
        assert_eq!(listed, expected, "the Coercion step's sources, each with its kind");

        let sources = content.steps.last().unwrap();
        h.go_to_step(&sources.title).await;
        for kind in SourceKind::ALL {
            h.by_role("heading", kind.name(&content.ui)).await;
        }
        for source in content.sources.iter().filter(|s| s.url.is_some()) {
            let link = h.by_role("link", &source.label).await;
            assert_eq!(link.attr("href").await.unwrap(), source.url, "{}", source.label);
        }
        let unlinked = content.sources.iter().find(|s| s.url.is_none()).expect("the 2013 article has no address");
        let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
        assert!(text.as_str().unwrap().contains(&unlinked.label), "the Sources step names {}", unlinked.label);
        h.quit().await;
    })
}

#[test]
fn a_glossary_term_opens_its_definition_in_place() {
    harness::run(async {
        let content = compiler::english();
        let h = start_on(Engine::Chromium).await;
        h.go_to_step(&content.steps[1].title).await;
        let term = h.by_role("button", "commercial sex act").await;
        assert_eq!(term.attr("aria-expanded").await.unwrap().as_deref(), Some("false"));
        term.click().await.unwrap();
        assert_eq!(term.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
        let definition = &content.term("commercial sex act").unwrap().definition;
        let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
        assert!(text.as_str().unwrap().contains(definition.as_str()));
        h.quit().await;
    })
}

/// Issue 23: on a wide screen the steps are a side list marking the current step and those
/// seen; on a phone, Contents opens the same list, and closes once a step is chosen, with focus
/// on the chosen step's heading.
#[test]
fn the_contents_list_jumps_to_any_step_and_marks_those_seen() {
    harness::run(async {
        let content = compiler::english();
        let ui = &content.ui;
        let h = start_on(Engine::Chromium).await;
        // (A kept browser may come from a test that resized its window.)
        let laptop = serde_json::json!({ "width": 1024, "height": 900, "deviceScaleFactor": 1, "mobile": false });
        h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", laptop).await.expect("a laptop");
        let side = "return getComputedStyle(W.querySelector('.le-steps')).display !== 'none'";
        h.wait_for("a side list at 1024 pixels", side, vec![]).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        let fourth = &content.steps[3];
        h.by_role("button", &format!("4. {}", fourth.title)).await.click().await.unwrap();
        h.by_role("heading", &fourth.title).await;
        assert_eq!(h.focused().await, (fourth.title.clone(), "heading".to_string()));
        let marks =
            "return all('.le-steps .le-contents__item').map(b => [b.getAttribute('aria-current'), b.textContent])";
        let marks = h.js(marks, vec![]).await;
        assert_eq!(marks[0], serde_json::json!([null, format!("✓1. {} ({})", content.steps[0].title, ui.visited)]));
        assert_eq!(marks[2], serde_json::json!([null, format!("3. {}", content.steps[2].title)]), "step 3 was skipped");
        assert_eq!(marks[3], serde_json::json!(["step", format!("4. {}", fourth.title)]));

        let phone = serde_json::json!({ "width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true });
        h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", phone).await.expect("a phone");
        h.wait_for(
            "the side list to give way",
            "return getComputedStyle(W.querySelector('.le-steps')).display === 'none'",
            vec![],
        )
        .await;
        let summary =
            h.js_element("return W.querySelector('summary')", vec![]).await.element().expect("the contents summary");
        assert_eq!(summary.text().await.unwrap(), ui.contents);
        summary.click().await.unwrap();
        let last = content.steps.last().unwrap();
        h.by_role("button", &format!("{}. {}", content.steps.len(), last.title)).await.click().await.unwrap();
        h.by_role("heading", &ui.finished).await;
        assert_eq!(h.focused().await, (ui.finished.clone(), "heading".to_string()), "focus on the ending's heading");
        assert_eq!(h.js("return W.querySelector('details').open", vec![]).await, false, "Contents closed");
        h.quit().await;
    })
}

/// Issue 23: on a 390×844 phone the first step says what this is and how to leave, and its
/// Next is on the first screen, without scrolling.
#[test]
fn on_a_phone_the_first_step_and_its_next_fit_the_first_screen() {
    harness::run(async {
        let h = Harness::start().await;
        let phone = serde_json::json!({ "width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true });
        h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", phone).await.expect("a phone");
        h.open("/").await;
        let next = h.by_role("button", &compiler::english().ui.next).await;
        let seen = "const r = arguments[0].getBoundingClientRect(); return [scrollY, r.bottom <= innerHeight]";
        assert_eq!(h.js(seen, vec![next.to_json().unwrap()]).await, serde_json::json!([0, true]));
        h.quit().await;
    })
}

/// Issue 23: the last step says the visitor has finished and repeats the help lines once,
/// before its sources; Start again returns to the first step.
#[test]
fn the_ending_says_the_walkthrough_is_finished_repeats_the_help_lines_and_starts_again() {
    harness::run(async {
        let content = compiler::english();
        let h = start_on(Engine::Chromium).await;
        h.go_to_step(&content.steps.last().unwrap().title).await;
        // The step with its ending, not the list of steps, which names "Sources" too.
        let text = h.js("return W.querySelector('.le-main').innerText", vec![]).await;
        let text = text.as_str().unwrap();
        let (finished, sources) =
            (text.find(&content.ui.finished).unwrap(), text.find(&content.ui.sources_heading).unwrap());
        assert!(finished < sources, "the ending comes before the sources");
        let calls = h.js("return all('a[href^=\"tel:\"]').map(a => a.getAttribute('href'))", vec![]).await;
        let phones = content.resources.iter().filter(|r| r.phone.is_some()).count();
        assert_eq!(calls.as_array().unwrap().len(), phones, "each number once, in the ending: {calls}");
        assert!(!h.has_role("button", "Next").await);
        h.by_role("button", &content.ui.start_again).await.click().await.unwrap();
        h.by_role("heading", &content.steps[0].title).await;
        h.quit().await;
    })
}

on_engines! {
    every_scenario_answers_every_choice_with_feedback_and_allows_another_try: Chromium, Firefox, WebKit;
    the_sorting_exercise_works_with_buttons_for_every_example: Chromium, Firefox, WebKit;
    the_explorer_reaches_an_outcome_naming_the_section_and_can_go_back_and_start_over: Chromium, Firefox, WebKit;
}
