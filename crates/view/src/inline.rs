//! Runs of step text. Content is rendered as text nodes and elements, never as HTML. A plain
//! function, not a component: a step has hundreds of runs, and only glossary terms have state.

use model::content::{Content, Inline};
use model::text::latin_runs;
use yew::prelude::*;

use crate::term::TermView;

/// The pieces of one paragraph or list item.
pub fn inlines(pieces: &[Inline], content: &Content) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Inline::Text(text) => prose(text, content),
            Inline::Strong(text) => html! { <strong>{ prose(text, content) }</strong> },
            Inline::Link { label, href } => {
                html! { <a href={href.clone()} rel="noreferrer" target="_blank">{ label }</a> }
            }
            Inline::Term { term, label } => match content.term(term) {
                Some(entry) => html! { <TermView label={label.clone()} definition={entry.definition.clone()} /> },
                None => html! { { label } },
            },
        })
        .collect()
}

/// Text in the content's language. In a right-to-left language its Latin runs (citations,
/// English names, numbers) are isolated left to right, so "17-A M.R.S. §852" keeps its order.
pub fn prose(text: &str, content: &Content) -> Html {
    if content.ui.direction != "rtl" {
        return html! { { text } };
    }
    latin_runs(text)
        .into_iter()
        .map(|(latin, run)| match latin {
            true => html! { <bdi dir="ltr">{ run }</bdi> },
            false => html! { { run } },
        })
        .collect()
}
