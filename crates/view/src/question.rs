//! A scenario or sorting example: a story, a question and its choices as full-width rows
//! (toggle buttons, `aria-pressed`). The chosen row says in words, not only colour, whether it
//! is right, and the feedback follows in a polite live region present from the start. Any
//! choice can be changed at any time: there is no "game over". While presenting, the choice
//! and whether the choices are shown live in the shared [`Staging`], so both windows agree.

use model::content::{Content, Question};
use model::presenting::{Cue, Role};
use model::text::fill;
use yew::prelude::*;

use crate::inline::prose;
use crate::shared::Shared;
use crate::staging::Staging;

#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    pub question: Question,
    /// For the "Right." and "Not quite." labels.
    pub content: Shared<Content>,
    /// The choice, when a parent keeps it (the sorting exercise counts them).
    #[prop_or_default]
    pub kept: Option<(Option<usize>, Callback<usize>)>,
}

#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let QuestionViewProps { question, content, kept } = props;
    let ui = &content.ui;
    let own = use_state(|| None::<usize>);
    let staging = use_context::<Staging>();
    let chosen = match (&staging, kept) {
        (Some(staging), _) => staging.show.chosen(&question.id),
        (None, Some((chosen, _))) => *chosen,
        (None, None) => *own,
    };
    let choose = |i: usize| match (&staging, kept) {
        (Some(staging), _) => {
            let id = question.id.clone();
            staging.cue.reform(move |_: MouseEvent| Cue::Choose(id.clone(), i))
        }
        (None, Some((_, onchoose))) => onchoose.reform(move |_: MouseEvent| i),
        (None, None) => {
            let own = own.clone();
            Callback::from(move |_: MouseEvent| own.set(Some(i)))
        }
    };
    // Presented, a question's choices wait until the presenter shows them.
    let hidden = staging.as_ref().filter(|s| !s.show.is_revealed(&question.id));
    let story_id = format!("le-q-{}", question.id);
    let prompt_id = format!("le-q-{}-prompt", question.id);
    // The story and the prompt together name the group, as prompts repeat between stories.
    let labelled_by = if question.question.is_some() { format!("{story_id} {prompt_id}") } else { story_id.clone() };
    let verdict = |right: bool| if right { ("right", "✓", &ui.right) } else { ("not-quite", "✗", &ui.not_quite) };
    let feedback = chosen.and_then(|i| question.choices.get(i)).map(|choice| {
        let (modifier, _, verdict) = verdict(choice.correct);
        html! {
            <div class={classes!("le-feedback", format!("le-feedback--{modifier}"))}>
                <p><strong>{ verdict }</strong>{ " " }{ prose(&choice.feedback, content) }</p>
                if let Some(cite) = &question.cite {
                    <p class="le-feedback__cite">{ cite }</p>
                }
            </div>
        }
    });
    html! {
        <div class="le-question" id={format!("le-question-{}", question.id)}>
            <p class="le-question__story" id={story_id}>{ prose(&question.story, content) }</p>
            if let Some(prompt) = &question.question {
                <p class="le-question__prompt" id={prompt_id}>{ prompt }</p>
            }
            if let Some(staging) = hidden {
                if staging.role == Role::Presenter {
                    <button type="button" class="le-button le-button--secondary"
                            onclick={staging.cue.reform({ let id = question.id.clone(); move |_: MouseEvent| Cue::Reveal(id.clone()) })}>
                        { &ui.show_choices }
                    </button>
                }
            } else {
                <div class="le-choices" role="group" aria-labelledby={labelled_by}>
                    { for question.choices.iter().enumerate().map(|(i, choice)| {
                        let picked = chosen == Some(i);
                        let (modifier, icon, words) = verdict(choice.correct);
                        html! {
                            <button type="button" aria-pressed={picked.to_string()} onclick={choose(i)}
                                    class={classes!("le-choice", picked.then(|| format!("le-choice--{modifier}")))}>
                                <span class="le-choice__mark" aria-hidden="true">{ if picked { icon } else { "" } }</span>
                                <span class="le-choice__label">{ &choice.label }</span>
                                if picked {
                                    <span class="le-choice__verdict">{ words.trim_end_matches('.') }</span>
                                }
                            </button>
                        }
                    }) }
                </div>
                <div class="le-question__feedback" aria-live="polite">{ feedback }</div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SortViewProps {
    pub content: Shared<Content>,
}

/// The sorting exercise: its examples numbered, and once each has an answer, how many were
/// right and which to look at again.
#[component]
pub fn SortView(props: &SortViewProps) -> Html {
    let content = &props.content;
    let examples = &content.sort;
    let own = use_state(|| vec![None::<usize>; examples.len()]);
    let staging = use_context::<Staging>();
    let chosen: Vec<Option<usize>> = match &staging {
        Some(staging) => examples.iter().map(|q| staging.show.chosen(&q.id)).collect(),
        None => (*own).clone(),
    };
    let tally = model::sorting::tally(examples, &chosen);
    let ui = &content.ui;
    html! {
        <div class="le-sort">
            <ol class="le-sort__list">
                { for examples.iter().enumerate().map(|(i, example)| {
                    let onchoose = {
                        let own = own.clone();
                        Callback::from(move |choice: usize| {
                            let mut next = (*own).clone();
                            next[i] = Some(choice);
                            own.set(next);
                        })
                    };
                    html! {
                        <li class="le-sort__item">
                            <QuestionView question={example.clone()} content={content.clone()} kept={Some((chosen[i], onchoose))} />
                        </li>
                    }
                }) }
            </ol>
            <div class="le-sort__summary" aria-live="polite">
                if let Some(tally) = tally {
                    <p><strong>{ fill(&ui.sort_summary, &[("right", &tally.right.to_string()), ("total", &examples.len().to_string())]) }</strong></p>
                    if !tally.again.is_empty() {
                        <p>{ &ui.look_again }</p>
                        <ul>
                            { for tally.again.iter().map(|&i| html! {
                                <li><button type="button" class="le-link" onclick={focus_example(&examples[i].id)}>
                                    { format!("{}. ", i + 1) }{ prose(&examples[i].story, content) }
                                </button></li>
                            }) }
                        </ul>
                    }
                }
            </div>
        </div>
    }
}

/// Takes the visitor back to an example: focus on its first choice (a button, not a link to
/// a fragment, which would add a history entry to the partner's page).
fn focus_example(id: &str) -> Callback<MouseEvent> {
    let id = format!("le-question-{id}");
    Callback::from(move |event: MouseEvent| crate::browser::focus_beside(&event, &id, ".le-choice"))
}
