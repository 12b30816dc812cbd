//! The printed handouts, rendered only while printing (see `App`), so they cost nothing on
//! screen. The student sheet fits one sheet of paper: the definitions and the law in plain
//! words (the content's `sheet` blocks) and the help lines, with no answers and no on-screen
//! instructions. The teacher's handout has every step, its questions without their answers,
//! the myth-or-fact statements with theirs, the glossary, and then every question's answer
//! with its explanation; its pages are numbered (CSS).

use model::content::{Block, Content, Question};
use model::text::fill;
use yew::prelude::*;

use crate::inline::inlines;
use crate::outline::Outline;
use crate::resources::{HelpLines, ResourceList};
use crate::shared::Shared;
use crate::step::{quote, sources_by_kind};

/// Which handout to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sheet,
    Teacher,
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub content: Shared<Content>,
    pub kind: Kind,
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let content = &props.content;
    let ui = &content.ui;
    let outline = use_context::<Outline>().unwrap_or_default();
    let plain = |_: usize, label: &str| html! { { label } };
    let block = |block: &Block| match block {
        Block::Paragraph(pieces) => html! { <p>{ inlines(pieces, content, &plain) }</p> },
        Block::List(items) => {
            html! { <ul>{ for items.iter().map(|item| html! { <li>{ inlines(item, content, &plain) }</li> }) }</ul> }
        }
        Block::Quote { text, cite } => quote(text, cite),
        Block::Resources => html! { <ResourceList content={content.clone()} /> },
        Block::Sort => asked(&content.sort),
        Block::Explorer => html! { <p>{ &ui.interactive_only }</p> },
        Block::AllSources => sources_by_kind(content, outline),
    };
    if props.kind == Kind::Sheet {
        return html! {
            <div class="le-handout le-handout--sheet">
                <@{outline.tag(0)}>{ &ui.title }</@>
                { for content.steps.iter().filter(|step| !step.sheet.is_empty()).map(|step| html! {
                    <section class="le-handout__step">
                        <@{outline.tag(1)}>{ &step.title }</@>
                        { for step.sheet.iter().map(block) }
                    </section>
                }) }
                <section class="le-handout__step">
                    <@{outline.tag(1)}>{ &ui.get_help }</@>
                    <HelpLines content={content.clone()} />
                </section>
            </div>
        };
    }
    let questions: Vec<&Question> = content
        .steps
        .iter()
        .flat_map(|step| {
            let sorted = step.blocks.contains(&Block::Sort).then_some(&content.sort);
            sorted.into_iter().flatten().chain(&step.questions)
        })
        .collect();
    html! {
        <div class="le-handout le-handout--teacher">
            <@{outline.tag(0)}>{ &ui.title }</@>
            { for content.steps.iter().enumerate().filter(|(_, step)| step.handout).map(|(i, step)| html! {
                <section class="le-handout__step">
                    <@{outline.tag(1)}>{ fill(&ui.handout_step, &[("n", &(i + 1).to_string()), ("title", &step.title)]) }</@>
                    { for step.blocks.iter().map(block) }
                    { asked(&step.questions) }
                </section>
            }) }
            if !content.check.is_empty() {
                <section class="le-handout__step">
                    <@{outline.tag(1)}>{ &ui.check_title }</@>
                    <ol class="le-handout__check">
                        { for content.check.iter().map(|statement| html! {
                            <li>
                                { &statement.text }{ " " }
                                <strong>{ if statement.fact { &ui.check_is_fact } else { &ui.check_is_myth } }</strong>
                                { " " }{ &statement.explain }
                            </li>
                        }) }
                    </ol>
                </section>
            }
            <section class="le-handout__step">
                <@{outline.tag(1)}>{ &ui.glossary }</@>
                <dl class="le-handout__glossary">
                    { for content.glossary.iter().map(|term| html! {
                        <><dt>{ &term.term }</dt><dd>{ &term.definition }</dd></>
                    }) }
                </dl>
            </section>
            <section class="le-handout__step le-handout__answers">
                <@{outline.tag(1)}>{ &ui.answers }</@>
                <ol>{ for questions.into_iter().map(|question| answer(question, &ui.answer)) }</ol>
            </section>
        </div>
    }
}

/// Questions as printed for the class: each story, its question and its choices, numbered
/// (a CSS counter) to match the answers at the end.
fn asked(questions: &[Question]) -> Html {
    questions
        .iter()
        .map(|question| {
            html! {
                <div class="le-question le-handout__question">
                    <p class="le-question__story">{ &question.story }</p>
                    if let Some(prompt) = &question.question {
                        <p class="le-question__prompt">{ prompt }</p>
                    }
                    <ul class="le-handout__choices">
                        { for question.choices.iter().map(|choice| html! { <li>{ &choice.label }</li> }) }
                    </ul>
                </div>
            }
        })
        .collect()
}

/// One answer at the end of the teacher's handout: the right choice and why.
fn answer(question: &Question, template: &str) -> Html {
    let Some(right) = question.choices.iter().find(|c| c.correct) else { return Html::default() };
    html! {
        <li>
            <strong>{ fill(template, &[("choice", right.label.trim_end_matches('.'))]) }</strong>{ " " }{ &right.feedback }
            if let Some(cite) = &question.cite {
                { " " }<span class="le-feedback__cite">{ format!("({cite})") }</span>
            }
        </li>
    }
}
