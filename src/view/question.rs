//! A scenario or sorting example: a story, a question and choices as toggle buttons
//! (`aria-pressed`), with feedback on every choice in a polite live region present from the
//! start. Any choice can be changed at any time: there is no score and no "game over".

use std::rc::Rc;

use yew::prelude::*;

use crate::model::content::{Content, Question};

#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    pub question: Question,
    /// For the "Right." and "Not quite." labels.
    pub content: Rc<Content>,
}

#[component]
pub fn QuestionView(props: &QuestionViewProps) -> Html {
    let QuestionViewProps { question, content } = props;
    let ui = &content.ui;
    let chosen = use_state(|| None::<usize>);
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
                    <strong>{ verdict }</strong>{ " " }{ &choice.feedback }
                </p>
                if let Some(cite) = &question.cite {
                    <p class="le-feedback__cite">{ cite }</p>
                }
            </div>
        }
    });
    html! {
        <div class="le-question">
            <p class="le-question__story" id={story_id}>{ &question.story }</p>
            if let Some(prompt) = &question.question {
                <p class="le-question__prompt" id={prompt_id}>{ prompt }</p>
            }
            <div class="le-choices" role="group" aria-labelledby={labelled_by}>
                { for question.choices.iter().enumerate().map(|(i, choice)| {
                    let chosen = chosen.clone();
                    let pressed = *chosen == Some(i);
                    html! {
                        <button type="button" class="le-choice" aria-pressed={pressed.to_string()}
                                onclick={Callback::from(move |_: MouseEvent| chosen.set(Some(i)))}>
                            { &choice.label }
                        </button>
                    }
                }) }
            </div>
            <div class="le-question__feedback" aria-live="polite">{ feedback }</div>
        </div>
    }
}
