//! The printed handout: every step, each scenario and sorting example with its answer and
//! explanation, the glossary, the help resources and the sources, without any controls.
//! Rendered only while printing (see `App`), so it costs nothing on screen.

use model::content::{Block, Content, Question};
use model::text::fill;
use yew::prelude::*;

use crate::inline::inlines;
use crate::outline::Outline;
use crate::resources::ResourceList;
use crate::shared::Shared;
use crate::step::{quote, sources_by_kind};

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub content: Shared<Content>,
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let content = &props.content;
    let ui = &content.ui;
    let outline = use_context::<Outline>().unwrap_or_default();
    let answers = |list: &[Question]| -> Html { list.iter().map(|q| answered(q, &ui.answer)).collect() };
    html! {
        <div class="le-handout">
            { for content.steps.iter().enumerate().map(|(i, step)| html! {
                <section class="le-handout__step">
                    <@{outline.tag(1)}>{ fill(&ui.handout_step, &[("n", &(i + 1).to_string()), ("title", &step.title)]) }</@>
                    { for step.blocks.iter().map(|block| match block {
                        Block::Paragraph(pieces) => html! { <p>{ inlines(pieces, content) }</p> },
                        Block::List(items) => html! { <ul>{ for items.iter().map(|item| html! { <li>{ inlines(item, content) }</li> }) }</ul> },
                        Block::Quote { text, cite } => quote(text, cite),
                        Block::Resources => html! { <ResourceList content={content.clone()} /> },
                        Block::Sort => answers(&content.sort),
                        Block::Explorer => html! { <p>{ &ui.interactive_only }</p> },
                        Block::AllSources => sources_by_kind(content, outline),
                    }) }
                    { answers(&step.questions) }
                </section>
            }) }
            <section class="le-handout__step">
                <@{outline.tag(1)}>{ &ui.glossary }</@>
                <dl class="le-handout__glossary">
                    { for content.glossary.iter().map(|term| html! {
                        <><dt>{ &term.term }</dt><dd>{ &term.definition }</dd></>
                    }) }
                </dl>
            </section>
        </div>
    }
}

/// A question as printed: the story, the question, the right answer and why.
fn answered(question: &Question, answer: &str) -> Html {
    let Some(right) = question.choices.iter().find(|c| c.correct) else { return Html::default() };
    html! {
        <div class="le-question">
            <p class="le-question__story">{ &question.story }</p>
            if let Some(prompt) = &question.question {
                <p class="le-question__prompt">{ prompt }</p>
            }
            <p><strong>{ fill(answer, &[("choice", right.label.trim_end_matches('.'))]) }</strong>{ " " }{ &right.feedback }</p>
            if let Some(cite) = &question.cite {
                <p class="le-feedback__cite">{ cite }</p>
            }
        </div>
    }
}
