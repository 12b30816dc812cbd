//! A paragraph (or list item) with glossary terms. Each term is a disclosure (ARIA Authoring
//! Practices "Disclosure" pattern): a button with `aria-expanded` and `aria-controls`. Its
//! definition opens below the paragraph, so the sentence it sits in stays whole.

use model::content::{Content, Inline};
use yew::prelude::*;

use crate::inline::inlines;
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub pieces: Vec<Inline>,
    pub content: Shared<Content>,
    /// A list item rather than a paragraph.
    #[prop_or_default]
    pub item: bool,
}

#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let ParagraphProps { pieces, content, item } = props;
    // Which term's definition is open, by its place among the paragraph's terms.
    let open = use_state(|| None::<usize>);
    let number = use_id();
    let id = format!("le-def-{number}");
    let toggle = {
        let open = open.clone();
        Callback::from(move |term: usize| open.set(if *open == Some(term) { None } else { Some(term) }))
    };
    let text = inlines(pieces, content, &|term, label| {
        let expanded = *open == Some(term);
        html! {
            <button type="button" class="le-term__button" aria-expanded={expanded.to_string()}
                    aria-controls={expanded.then(|| id.clone())} onclick={toggle.reform(move |_: MouseEvent| term)}>
                { label }
            </button>
        }
    });
    let definition = open.and_then(|term| {
        let (label, definition) = pieces
            .iter()
            .filter_map(|piece| match piece {
                Inline::Term { term, label } => Some((label, &content.term(term)?.definition)),
                _ => None,
            })
            .nth(term)?;
        Some(html! {
            <p class="le-term__definition" id={id.clone()}><strong>{ label }</strong>{ ": " }{ definition }</p>
        })
    });
    // The definition's place is there, empty, while it is closed: Yew matches unkeyed
    // siblings from the end, so a node that came and went would rebuild the paragraph (and
    // its buttons, losing focus).
    let has_terms = pieces.iter().any(|piece| matches!(piece, Inline::Term { .. }));
    let slot = has_terms.then(|| html! { <div class="le-term__slot">{ definition }</div> });
    if *item {
        html! { <li>{ text }{ slot }</li> }
    } else {
        html! { <><p>{ text }</p>{ slot }</> }
    }
}

/// A counter for the ids that tie each term to its definition, unique in the document.
#[hook]
fn use_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    *use_memo((), |_| NEXT.fetch_add(1, Ordering::Relaxed))
}
