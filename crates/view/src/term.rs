//! A glossary term inside the text, as a disclosure (ARIA Authoring Practices "Disclosure"
//! pattern): a button with `aria-expanded` that shows the definition right after it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TermViewProps {
    /// The words shown in the text.
    pub label: String,
    pub definition: String,
}

#[component]
pub fn TermView(props: &TermViewProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <span class="le-term">
            <button type="button" class="le-term__button" aria-expanded={open.to_string()} onclick={toggle}>
                { &props.label }
            </button>
            if *open {
                <span class="le-term__definition">{ &props.definition }</span>
            }
        </span>
    }
}
