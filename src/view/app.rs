//! The widget shell: title, progress, contents, the current step, Back/Next, the step
//! announcer, the help strip and the notice.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::content::Content;
use crate::model::text::fill;
use crate::model::walkthrough::{Action, Walkthrough};
use crate::view::resources::HelpStrip;
use crate::view::step::StepView;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The content of the locale being shown.
    pub content: Rc<Content>,
    /// The step to open on.
    #[prop_or_default]
    pub start: usize,
    /// The level of the widget's top heading, so it fits the host page's outline.
    #[prop_or_default]
    pub outline: Outline,
    /// Fired with a dispatcher so the page can restart the walkthrough (after a quick exit).
    #[prop_or_default]
    pub onready: Option<Callback<UseReducerDispatcher<Walkthrough>>>,
}

/// The level of the widget's top heading; deeper headings follow it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outline(pub u8);

/// On a page of its own, the widget's title is the page's h1.
impl Default for Outline {
    fn default() -> Self {
        Outline(1)
    }
}

impl Outline {
    /// The tag for a heading `depth` levels below the widget's title.
    pub fn tag(self, depth: u8) -> String {
        format!("h{}", (self.0 + depth).min(6))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let content = &props.content;
    let state = use_reducer(|| Walkthrough::starting_at(props.start, content.steps.len()));
    let heading = use_node_ref();

    {
        let dispatcher = state.dispatcher();
        let onready = props.onready.clone();
        use_effect_with((), move |_| {
            if let Some(onready) = onready {
                onready.emit(dispatcher);
            }
        });
    }
    {
        let heading = heading.clone();
        use_effect_with(state.changes, move |changes| {
            if *changes > 0 {
                if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    let step = &content.steps[state.step];
    let n = (state.step + 1).to_string();
    let total = state.total.to_string();
    let progress = fill(&content.ui.progress, &[("n", &n), ("total", &total)]);
    let announcement = if state.changes > 0 {
        fill(&content.ui.announce, &[("n", &n), ("total", &total), ("title", &step.title)])
    } else {
        String::new()
    };
    let on = |action: Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action))
    };

    html! {
        <ContextProvider<Outline> context={props.outline}>
        <div class="le-shell">
            <@{props.outline.tag(0)} class="le-shell__title">{ &content.ui.title }</@>
            <p class="le-shell__progress">{ progress }</p>
            <details class="le-contents">
                <summary class="le-contents__summary">{ &content.ui.contents }</summary>
                <ol class="le-contents__list">
                    { for content.steps.iter().enumerate().map(|(i, s)| html! {
                        <li>
                            <button type="button" class="le-contents__item" onclick={on(Action::GoTo(i))}
                                    aria-current={(i == state.step).then_some("step")}>
                                { &s.title }
                            </button>
                        </li>
                    }) }
                </ol>
            </details>
            <StepView key={step.id.clone()} index={state.step} content={content.clone()} heading={heading} />
            <nav class="le-nav" aria-label={content.ui.nav_label.clone()}>
                if !state.is_first() {
                    <button type="button" class="le-button le-button--secondary" onclick={on(Action::Back)}>
                        { &content.ui.back }
                    </button>
                }
                if !state.is_last() {
                    <button type="button" class="le-button" onclick={on(Action::Next)}>{ &content.ui.next }</button>
                }
            </nav>
            <p class="le-visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            <HelpStrip content={content.clone()} />
            <p class="le-shell__notice">
                { &content.ui.not_legal_advice }{ " " }
                { format!("{}: {}.", content.ui.last_reviewed, content.ui.reviewed_on) }
            </p>
        </div>
        </ContextProvider<Outline>>
    }
}
