//! The myth-or-fact check: offered on the first step (below Next: going on skips it) and again
//! in the ending. A visitor answers each statement with a toggle button; the first check says
//! nothing about right or wrong (so the second one measures what the walkthrough taught), and
//! once the second is complete each statement shows both answers, the right one and why.
//! Presenting, the room answers by show of hands instead (`room`, in the classroom's wasm).

use model::check::{Check, Mark, Phase};
use model::content::{Content, Statement};
use model::text::{around, fill};
use model::walkthrough::Action;
use yew::prelude::*;

use crate::outline::Outline;
use crate::step::source_list;

/// The visitor's check. Its answers live in the walkthrough's state, so they last from the
/// first step to the ending and go with a restart (and the quick exit). A function, not a
/// component: each component type costs the wasm kilobytes of Yew's generic code, and this one
/// needs no state of its own (`list`, which takes focus when the check opens, is the caller's).
pub fn check_view(
    content: &Content,
    phase: Phase,
    check: &Check,
    outline: Outline,
    navigate: &Callback<Action>,
    list: &NodeRef,
) -> Html {
    let ui = &content.ui;
    let answers = check.phase(phase);
    if content.check.is_empty() {
        return Html::default();
    }
    let key: Vec<bool> = content.check.iter().map(|s| s.fact).collect();
    let score = (phase == Phase::After).then(|| check.score(&key)).flatten();
    let count = content.check.len().to_string();
    let (title, offer, start) = match phase {
        Phase::Before => (&ui.check_title, &ui.check_offer, &ui.check_start),
        Phase::After => (&ui.check_again_title, &ui.check_again_offer, &ui.check_again_start),
    };
    let id = phase_id(phase);
    let dispatch = |mark: Mark| navigate.reform(move |_: MouseEvent| Action::Check(mark));
    let status = match (phase, score) {
        (Phase::Before, _) if answers.count() == key.len() => ui.check_wait.clone(),
        (Phase::After, Some(score)) => summary(content, score.before, score.after),
        _ => String::new(),
    };
    html! {
        <section class="le-check" aria-labelledby={format!("le-check-{id}")}>
            <@{outline.tag(1)} id={format!("le-check-{id}")}>{ title }</@>
            if !answers.open {
                <p>{ fill(offer, &[("count", &count)]) }</p>
                <p class="le-check__actions">
                    <button type="button" class="le-button" onclick={dispatch(Mark::Open(phase))}>{ start }</button>
                </p>
            } else {
                <ol class="le-check__list" ref={list.clone()} tabindex="-1" aria-labelledby={format!("le-check-{id}")}>
                    { for content.check.iter().enumerate().map(|(i, statement)| {
                        let text_id = format!("le-check-{id}-{}", statement.id);
                        let chosen = answers.get(i);
                        let toggle = |fact: bool, label: &String| html! {
                            <button type="button" class="le-button le-button--secondary le-check__answer"
                                    aria-pressed={(chosen == Some(fact)).to_string()}
                                    onclick={dispatch(Mark::Answer(phase, i, fact))}>{ label }</button>
                        };
                        html! {
                            <li class="le-check__item">
                                <p class="le-check__statement" id={text_id.clone()}>{ &statement.text }</p>
                                <div class="le-check__answers" role="group" aria-labelledby={text_id}>
                                    { toggle(false, &ui.check_myth) }
                                    { toggle(true, &ui.check_fact) }
                                </div>
                                if score.is_some() {
                                    { result(content, statement, check.before.get(i), chosen) }
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
            <p class="le-check__status" role="status" aria-live="polite">{ status }</p>
        </section>
    }
}

pub(crate) fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Before => "before",
        Phase::After => "after",
    }
}

/// "At the start: 5 of 8 right. Now: 8 of 8 right.", or only now when the first was skipped.
fn summary(content: &Content, before: Option<usize>, after: usize) -> String {
    let (after, total) = (after.to_string(), content.check.len().to_string());
    match before {
        Some(before) => {
            fill(&content.ui.check_summary, &[("before", &before.to_string()), ("after", &after), ("total", &total)])
        }
        None => fill(&content.ui.check_summary_now, &[("after", &after), ("total", &total)]),
    }
}

/// One statement after the second check: the right answer, both of the visitor's answers
/// (each marked right or not, the mark repeating what the words already say), why, and the
/// sources.
fn result(content: &Content, statement: &Statement, before: Option<bool>, now: Option<bool>) -> Html {
    let ui = &content.ui;
    let word = |fact: bool| if fact { &ui.check_fact } else { &ui.check_myth };
    let given = |template: &str, answer: Option<bool>| {
        let (start, end) = around(template, "answer");
        let (text, mark) = match answer {
            Some(fact) => (word(fact).as_str(), Some(if fact == statement.fact { "✓" } else { "✗" })),
            None => (ui.check_unanswered.as_str(), None),
        };
        html! {
            <span class="le-check__given">
                { start }<strong>{ text }</strong>
                if let Some(mark) = mark {
                    <span aria-hidden="true">{ " " }{ mark }</span>
                }
                { end }
            </span>
        }
    };
    html! {
        <div class="le-check__result">
            <p>
                <strong>{ if statement.fact { &ui.check_is_fact } else { &ui.check_is_myth } }</strong>{ " " }
                { given(&ui.check_before, before) }{ " " }{ given(&ui.check_now, now) }
            </p>
            <p>{ &statement.explain }</p>
            { source_list(&statement.sources, content) }
        </div>
    }
}
