//! One step: its heading (the focus target on a step change), its text and its sources.

use model::content::{Block, Content, Question, Source, SourceKind};
use yew::prelude::*;

use crate::explorer::ExplorerView;
use crate::inline::prose;
use crate::outline::Outline;
use crate::question::{QuestionView, SortView};
use crate::resources::ResourceList;
use crate::shared::Shared;
use crate::term::Paragraph;

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// The index of the step in `content.steps`.
    pub index: usize,
    /// For glossary look-ups and interface labels.
    pub content: Shared<Content>,
    /// Receives the heading element, which takes focus when the step changes.
    pub heading: NodeRef,
}

#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let StepViewProps { index, content, heading } = props;
    let step = &content.steps[*index];
    let outline = use_context::<Outline>().unwrap_or_default();
    let questions = |list: &[Question]| {
        list.iter().map(|q| html! { <QuestionView question={q.clone()} content={content.clone()} /> }).collect::<Html>()
    };
    html! {
        <section class="le-step" aria-labelledby={format!("le-step-{}", step.id)}>
            <@{outline.tag(0)} class="le-step__title" id={format!("le-step-{}", step.id)} tabindex="-1" ref={heading.clone()}>{ prose(&step.title, content) }</@>
            if step.optional {
                <p class="le-tag">{ &content.ui.optional }</p>
            }
            { for step.blocks.iter().map(|block| match block {
                Block::Paragraph(pieces) => html! { <Paragraph pieces={pieces.clone()} content={content.clone()} /> },
                Block::List(items) => html! {
                    <ul>{ for items.iter().map(|item| html! { <Paragraph pieces={item.clone()} content={content.clone()} item=true /> }) }</ul>
                },
                Block::Quote { text, cite } => quote(text, cite),
                Block::Resources => html! { <ResourceList content={content.clone()} /> },
                Block::Sort => html! { <SortView content={content.clone()} /> },
                Block::Explorer => html! { <ExplorerView content={content.clone()} /> },
                Block::AllSources => sources_by_kind(content, outline),
            }) }
            { questions(&step.questions) }
            if !step.sources.is_empty() {
                <@{outline.tag(1)} class="le-step__sources-title">{ &content.ui.sources_heading }</@>
                { source_list(&step.sources, content) }
            }
        </section>
    }
}

/// A statute quotation: always the English original, so marked English and left to right even
/// inside a translation or a right-to-left language.
pub(crate) fn quote(text: &str, cite: &str) -> Html {
    html! {
        <figure class="le-quote">
            <blockquote lang="en" dir="ltr">{ text }</blockquote>
            <figcaption lang="en" dir="ltr">{ cite }</figcaption>
        </figure>
    }
}

/// Cited sources, each with its kind; those with an address are links, opened in a new tab so
/// the walkthrough keeps its place.
pub(crate) fn source_list<'a>(sources: impl IntoIterator<Item = &'a Source>, content: &Content) -> Html {
    html! {
        <ul class="le-sources">
            { for sources.into_iter().map(|source| html! {
                <li>
                    if let Some(url) = &source.url {
                        <a href={url.clone()} rel="noreferrer" target="_blank">{ prose(&source.label, content) }</a>
                    } else {
                        { prose(&source.label, content) }
                    }
                    <span class="le-sources__kind">{ format!(" ({})", source.kind.name(&content.ui)) }</span>
                </li>
            }) }
        </ul>
    }
}

/// Every source, under a heading for each kind: what the Sources step shows and the handout prints.
pub(crate) fn sources_by_kind(content: &Content, outline: Outline) -> Html {
    SourceKind::ALL
        .into_iter()
        .filter(|kind| content.sources_of(*kind).next().is_some())
        .map(|kind| {
            html! {
                <>
                    <@{outline.tag(1)} class="le-step__sources-title">{ kind.name(&content.ui) }</@>
                    { source_list(content.sources_of(kind), content) }
                </>
            }
        })
        .collect()
}
