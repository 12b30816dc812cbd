//! Runs of step text. Content is rendered as text nodes and elements, never as HTML. A plain
//! function, not a component: a step has hundreds of runs, and only glossary terms have state.

use model::content::{Content, Inline};
use model::text::latin_runs;
use yew::prelude::*;

/// The pieces of one paragraph or list item; `term(n, label)` draws its `n`th glossary term.
pub fn inlines(pieces: &[Inline], content: &Content, term: &dyn Fn(usize, &str) -> Html) -> Html {
    let mut terms = 0;
    pieces
        .iter()
        .map(|piece| match piece {
            Inline::Text(text) => prose(text, content),
            Inline::Strong(text) => html! { <strong>{ prose(text, content) }</strong> },
            Inline::Link { label, href } => {
                html! { <a href={href.clone()} rel="noreferrer" target="_blank">{ label }</a> }
            }
            Inline::Term { term: id, label } => match content.term(id) {
                Some(_) => {
                    terms += 1;
                    term(terms - 1, label)
                }
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
