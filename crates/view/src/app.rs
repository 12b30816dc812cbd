//! The widget shell: title, progress, contents, the current step, Back/Next, the step
//! announcer, the help strip and the notice.

use model::content::Content;
use model::presenting::Role;
use model::text::fill;
use model::walkthrough::{Action, Walkthrough};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::browser::{
    exit_full_screen, open_window, toggle_full_screen, use_exit_reaches_every_window, use_focus_on_change, use_print,
};
use crate::handout::Handout;
use crate::inline::prose;
use crate::kept::Kept;
use crate::outline::Outline;
use crate::present::Presentation;
use crate::resources::HelpStrip;
use crate::shared::Shared;
use crate::step::StepView;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The content of the locale being shown.
    pub content: Shared<Content>,
    /// The step to open on.
    #[prop_or_default]
    pub start: usize,
    /// The level of the widget's top heading, so it fits the host page's outline.
    #[prop_or_default]
    pub outline: Outline,
    /// Fired with a dispatcher so the page can restart the walkthrough (after a quick exit).
    #[prop_or_default]
    pub onready: Option<Callback<UseReducerDispatcher<Kept<Walkthrough>>>>,
    /// Opens as a presenter's or an audience's window.
    #[prop_or_default]
    pub role: Option<Role>,
    /// Where the widget sits; absent when rendered on a server, which has no page to present from.
    #[prop_or_default]
    pub place: Option<Place>,
    /// Loads another language's content and hands it to the callback; absent on a server.
    #[prop_or_default]
    pub switch_language: Option<SwitchLanguage>,
}

/// Asks for a language by code; the content arrives through the callback (or never, on failure).
pub type SwitchLanguage = Callback<(String, Callback<Shared<Content>>)>;

/// Where a mounted widget sits, for presenting and printing.
#[derive(Clone, PartialEq)]
pub struct Place {
    /// The `<law-explainer>` element.
    pub host: HtmlElement,
    /// The widget's standalone page, where presenter and audience windows open.
    pub page: String,
    /// Whether this page shares the standalone page's origin. Only then can the audience
    /// window hear it (`BroadcastChannel` is same-origin), so only then is presenting done here.
    pub in_place: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The language can change after mounting (the switcher); the visitor's place stays.
    let content_state = use_state(|| props.content.clone());
    let content = &*content_state;
    let state = use_reducer(|| Kept(Walkthrough::starting_at(props.start, content.steps.len())));
    let heading = use_node_ref();
    let role = use_state(|| props.role);
    let (printing, ask_to_print) = use_print();
    use_focus_on_change(heading.clone(), state.changes, true);
    use_exit_reaches_every_window(props.place.as_ref().map(|place| place.host.clone()));

    {
        let dispatcher = state.dispatcher();
        let onready = props.onready.clone();
        use_effect_with((), move |_| {
            if let Some(onready) = onready {
                onready.emit(dispatcher);
            }
        });
    }
    if let (Some(presenting), Some(place)) = (*role, &props.place) {
        // Opened from the walkthrough, presenter mode can hand back to it at the step reached.
        let onleave = props.role.is_none().then(|| {
            let (dispatcher, role) = (state.dispatcher(), role.clone());
            Callback::from(move |step: usize| {
                exit_full_screen();
                dispatcher.dispatch(Action::GoTo(step));
                role.set(None);
            })
        });
        return html! {
            <ContextProvider<Outline> context={props.outline}>
                <Presentation content={content.clone()} role={presenting} start={state.step}
                              host={place.host.clone()} page={place.page.clone()} {onleave} />
            </ContextProvider<Outline>>
        };
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
            if let Some(switch) = props.switch_language.clone().filter(|_| content.languages.len() > 1) {
                <p class="le-language">
                    <label for="le-language">{ &content.ui.language }</label>{ " " }
                    <select id="le-language" class="le-language__select" onchange={choose_language(switch, &content_state)}>
                        { for content.languages.iter().map(|language| html! {
                            <option value={language.code.clone()} lang={language.code.clone()}
                                    selected={language.code == content.locale}>{ &language.name }</option>
                        }) }
                    </select>
                </p>
            }
            if !content.reviewed {
                <p class="le-review">
                    { &content.ui.unreviewed }
                    if let Some(switch) = props.switch_language.clone() {
                        { " " }
                        <button type="button" class="le-button le-button--secondary"
                                onclick={read_in_english(switch, &content_state)}>
                            { &content.ui.read_in_english }
                        </button>
                    }
                </p>
            }
            <details class="le-contents">
                <summary class="le-contents__summary">{ &content.ui.contents }</summary>
                <ol class="le-contents__list">
                    { for content.steps.iter().enumerate().map(|(i, s)| html! {
                        <li>
                            <button type="button" class="le-contents__item" onclick={on(Action::GoTo(i))}
                                    aria-current={(i == state.step).then_some("step")}>
                                { prose(&s.title, content) }
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
                { fill(&content.ui.last_reviewed, &[("date", &content.ui.reviewed_on)]) }
            </p>
            if let Some(place) = &props.place {
                <p class="le-tools">
                    <button type="button" class="le-button le-button--secondary" onclick={present_here(place, &role, content)}>
                        { &content.ui.present }
                    </button>
                    <button type="button" class="le-button le-button--secondary" onclick={ask_to_print}>
                        { &content.ui.print }
                    </button>
                </p>
            }
            if printing {
                <Handout content={content.clone()} />
            }
        </div>
        </ContextProvider<Outline>>
    }
}

/// The Present control: presenter mode in this page, full screen, when the audience window
/// can hear it; otherwise the widget's own page in presenter mode, in a new tab.
fn present_here(place: &Place, role: &UseStateHandle<Option<Role>>, content: &Content) -> Callback<MouseEvent> {
    let (place, role) = (place.clone(), role.clone());
    // Not the step: the new tab's address stays in the browser's history, and must not record
    // where the visitor was.
    let elsewhere = format!("{}?mode=present&lang={}", place.page, content.locale);
    Callback::from(move |_: MouseEvent| {
        if place.in_place {
            role.set(Some(Role::Presenter));
            toggle_full_screen(&place.host);
        } else {
            open_window(&elsewhere, "_blank");
        }
    })
}

/// The unreviewed translation's control: the same step, in English, in place.
fn read_in_english(switch: SwitchLanguage, content: &UseStateHandle<Shared<Content>>) -> Callback<MouseEvent> {
    let content = content.clone();
    Callback::from(move |_: MouseEvent| {
        let content = content.clone();
        switch.emit(("en".into(), Callback::from(move |loaded: Shared<Content>| content.set(loaded))));
    })
}

/// The language switcher's change: load the chosen language, then show it in place (no reload).
fn choose_language(switch: SwitchLanguage, content: &UseStateHandle<Shared<Content>>) -> Callback<Event> {
    let content = content.clone();
    Callback::from(move |event: Event| {
        let code = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        let content = content.clone();
        switch.emit((code, Callback::from(move |loaded: Shared<Content>| content.set(loaded))));
    })
}
