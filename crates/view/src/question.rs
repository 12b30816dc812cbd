//! A scenario or sorting example: a story, a question and choices as toggle buttons
//! (`aria-pressed`), with feedback on every choice in a polite live region present from the
//! start. Any choice can be changed at any time: there is no score and no "game over".
//! While presenting, the choice and whether the choices are shown live in the shared
//! [`Staging`], so both windows show the same thing.

use model::content::{Content, Question};
use model::presenting::{Cue, Role};
use yew::prelude::*;

use crate::inline::prose;
use crate::shared::Shared;
use crate::staging::Staging;

#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    pub question: Question,
    /// For the "Right." and "Not quite." labels.
    pub content: Shared<Content>,
}

#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let QuestionViewProps { question, content } = props;
    let ui = &content.ui;
    let own = use_state(|| None::<usize>);
    let staging = use_context::<Staging>();
    let chosen = match &staging {
        Some(staging) => staging.show.chosen(&question.id),
        None => *own,
    };
    let choose = |i: usize| match &staging {
        Some(staging) => {
            let id = question.id.clone();
            staging.cue.reform(move |_: MouseEvent| Cue::Choose(id.clone(), i))
        }
        None => {
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
    let feedback = chosen.and_then(|i| question.choices.get(i)).map(|choice| {
        let (modifier, icon, verdict) =
            if choice.correct { ("right", "✓", &ui.right) } else { ("not-quite", "✗", &ui.not_quite) };
        html! {
            <div class={classes!("le-feedback", format!("le-feedback--{modifier}"))}>
                <p>
                    <span class="le-feedback__icon" aria-hidden="true">{ icon }</span>
                    <strong>{ verdict }</strong>{ " " }{ prose(&choice.feedback, content) }
                </p>
                if let Some(cite) = &question.cite {
                    <p class="le-feedback__cite">{ cite }</p>
                }
            </div>
        }
    });
    html! {
        <div class="le-question">
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
                    { for question.choices.iter().enumerate().map(|(i, choice)| html! {
                        <button type="button" class="le-choice" aria-pressed={(chosen == Some(i)).to_string()} onclick={choose(i)}>
                            { &choice.label }
                        </button>
                    }) }
                </div>
                <div class="le-question__feedback" aria-live="polite">{ feedback }</div>
            }
        </div>
    }
}
