//! Runs of step text. Content is rendered as text nodes and elements, never as HTML. A plain
//! function, not a component: a step has hundreds of runs, and only glossary terms have state.

use yew::prelude::*;

use crate::model::content::{Content, Inline};
use crate::view::term::TermView;

/// The pieces of one paragraph or list item.
pub fn inlines(pieces: &[Inline], content: &Content) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Inline::Text(text) => html! { { text } },
            Inline::Strong(text) => html! { <strong>{ text }</strong> },
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
