//! A run of step text. Content is rendered as text nodes and elements, never as HTML.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::content::{Content, Inline};
use crate::view::term::TermView;

#[derive(Properties, PartialEq)]
pub struct InlineViewProps {
    pub piece: Inline,
    /// For glossary look-ups.
    pub content: Rc<Content>,
}

#[component]
pub fn InlineView(props: &InlineViewProps) -> Html {
    match &props.piece {
        Inline::Text(text) => html! { { text } },
        Inline::Strong(text) => html! { <strong>{ text }</strong> },
        Inline::Link { label, href } => html! { <a href={href.clone()} rel="noreferrer" target="_blank">{ label }</a> },
        Inline::Term { term, label } => match props.content.term(term) {
            Some(entry) => html! { <TermView label={label.clone()} definition={entry.definition.clone()} /> },
            None => html! { { label } },
        },
    }
}
