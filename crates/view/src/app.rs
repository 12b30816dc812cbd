//! The widget shell: a caption with the widget's name and progress, the steps (a side list on
//! wide screens, Contents on narrow ones), the current step under its own heading, Back/Next,
//! the ending, the step announcer, the help strip, the notice and the classroom controls.

use model::check::{Check, Phase};
use model::content::{Block, Content};
use model::presenting::Role;
use model::text::fill;
use model::walkthrough::{Action, Walkthrough};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::browser::{release_focus, use_close_on_change, use_focus_on_change, use_focus_on_open};
use crate::check::check_view;
use crate::inline::prose;
use crate::kept::Kept;
use crate::outline::Outline;
use crate::resources::{HelpLines, HelpStrip};
use crate::shared::Shared;
use crate::step::StepView;
use crate::tools::use_classroom;

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
    /// Shows the classroom controls (Present and the two handouts) from the start.
    #[prop_or_default]
    pub classroom: bool,
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
    /// Whether this is the widget's own page, not framed: there educators can turn on the
    /// classroom controls, which a partner's page shows only if the partner asks.
    pub own_page: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The language can change after mounting (the switcher); the visitor's place stays.
    let content_state = use_state(|| props.content.clone());
    let content = &*content_state;
    let state = use_reducer(|| Kept(Walkthrough::starting_at(props.start, content.steps.len())));
    let heading = use_node_ref();
    let classroom = use_classroom(props.role, props.classroom, props.place.as_ref().map(|place| place.host.clone()));
    use_focus_on_change(heading.clone(), state.changes, true);
    let contents = use_node_ref();
    use_close_on_change(contents.clone(), state.changes);
    // The myth-or-fact check on screen (under the first step, or in the ending): opening it
    // moves focus to its statements.
    let check_list = use_node_ref();
    let check_open = match (state.is_first(), state.is_last()) {
        (true, _) => state.check.before.open,
        (_, true) => state.check.after.open,
        _ => false,
    };
    use_focus_on_open(check_list.clone(), check_open, state.changes);

    {
        let dispatcher = state.dispatcher();
        let onready = props.onready.clone();
        use_effect_with((), move |_| {
            if let Some(onready) = onready {
                onready.emit(dispatcher);
            }
        });
    }
    if let Some(presenting) =
        classroom.presentation(&state, props.place.as_ref(), content, props.outline, props.role.is_some())
    {
        return presenting;
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
    let navigate = {
        let dispatcher = state.dispatcher();
        Navigate(Callback::from(move |action: Action| dispatcher.dispatch(action)))
    };
    let on = |action: Action| {
        navigate.0.reform(move |event: MouseEvent| {
            release_focus(&event);
            action
        })
    };
    // The help lines show once: not in the strip where the step itself lists them.
    let lists_help = state.is_last() || step.blocks.contains(&Block::Resources);
    let ui = &content.ui;

    html! {
        <ContextProvider<Outline> context={props.outline}>
        <ContextProvider<Navigate> context={navigate.clone()}>
        <div class="le-shell">
            <div class="le-masthead">
                <p class="le-caption">
                    <span class="le-caption__title">{ &ui.title }</span>
                    <span class="le-caption__progress">{ progress }</span>
                </p>
                <progress class="le-progress" max={total.clone()} value={n.clone()} aria-hidden="true"></progress>
            </div>
            if !content.reviewed {
                <p class="le-review">
                    { &ui.unreviewed }
                    if let Some(switch) = props.switch_language.clone() {
                        { " " }
                        <button type="button" class="le-button le-button--secondary"
                                onclick={read_in_english(switch, &content_state)}>
                            { &ui.read_in_english }
                        </button>
                    }
                </p>
            }
            <div class="le-layout">
                <nav class="le-steps" aria-label={ui.contents.clone()}>
                    { step_list(content, &state.0, &on) }
                </nav>
                <div class="le-main">
                    <div class="le-bar">
                        <details class="le-contents" ref={contents}>
                            <summary class="le-contents__summary">{ &ui.contents }</summary>
                            { step_list(content, &state.0, &on) }
                        </details>
                        if let Some(switch) = props.switch_language.clone().filter(|_| content.languages.len() > 1) {
                            <p class="le-language">
                                <label for="le-language">{ &ui.language }</label>
                                <select id="le-language" class="le-language__select" onchange={choose_language(switch, &content_state)}>
                                    { for content.languages.iter().map(|language| html! {
                                        <option value={language.code.clone()} lang={language.code.clone()}
                                                selected={language.code == content.locale}>{ &language.name }</option>
                                    }) }
                                </select>
                            </p>
                        }
                    </div>
                    if state.is_last() {
                        <Ending content={content.clone()} heading={heading.clone()} check={state.check} list={check_list.clone()} />
                    }
                    <StepView key={step.id.clone()} index={state.step} content={content.clone()}
                              heading={if state.is_last() { NodeRef::default() } else { heading.clone() }} />
                    <nav class="le-nav" aria-label={ui.nav_label.clone()}>
                        if !state.is_first() {
                            <button type="button" class="le-button le-button--secondary" onclick={on(Action::Back)}>
                                { &ui.back }
                            </button>
                        }
                        if state.is_last() {
                            <button type="button" class="le-button" onclick={on(Action::Restart)}>{ &ui.start_again }</button>
                        } else {
                            <button type="button" class="le-button" onclick={on(Action::Next)}>{ &ui.next }</button>
                        }
                    </nav>
                    // After Next, which stays on a phone's first screen: going on is skipping it.
                    if state.is_first() {
                        { check_view(content, Phase::Before, &state.check, props.outline, &navigate.0, &check_list) }
                    }
                </div>
            </div>
            <p class="le-visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            { classroom.handout(content) }
            if !lists_help {
                <HelpStrip content={content.clone()} />
            }
            <p class="le-shell__notice">
                { &ui.not_legal_advice }{ " " }
                { fill(&ui.last_reviewed, &[("date", &ui.reviewed_on)]) }
            </p>
            { classroom.controls(props.place.as_ref(), &step.id, content) }
        </div>
        </ContextProvider<Navigate>>
        </ContextProvider<Outline>>
    }
}

/// Moves the walkthrough from inside a step (the explorer's link to the help lines).
#[derive(Clone, PartialEq)]
pub struct Navigate(pub Callback<Action>);

/// The steps as a list of buttons: the current one marked, those seen ticked, background
/// steps labelled. Shown as the side list on wide screens and inside Contents on narrow ones.
fn step_list(content: &Content, state: &Walkthrough, on: &impl Fn(Action) -> Callback<MouseEvent>) -> Html {
    let ui = &content.ui;
    html! {
        <ol class="le-contents__list">
            { for content.steps.iter().enumerate().map(|(i, s)| {
                let visited = state.has_visited(i) && i != state.step;
                html! {
                    <li class={classes!("le-contents__entry", visited.then_some("le-contents__entry--visited"))}>
                        <button type="button" class="le-contents__item" onclick={on(Action::GoTo(i))}
                                aria-current={(i == state.step).then_some("step")}>
                            // Seen: a tick in the number's place, the number still said.
                            if visited {
                                <span class="le-contents__number">
                                    <span aria-hidden="true">{ "✓" }</span>
                                    <span class="le-visually-hidden">{ format!("{}. ", i + 1) }</span>
                                </span>
                            } else {
                                <span class="le-contents__number">{ format!("{}. ", i + 1) }</span>
                            }
                            { prose(&s.title, content) }
                            if visited {
                                <span class="le-visually-hidden">{ format!(" ({})", ui.visited) }</span>
                            }
                            if s.optional {
                                <span class="le-tag">{ &ui.optional }</span>
                            }
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct EndingProps {
    content: Shared<Content>,
    check: Check,
    /// The check's statements, which take focus when it opens.
    list: NodeRef,
    /// Takes focus on arrival, as a step's heading does.
    heading: NodeRef,
}

/// The walkthrough's end, above the last step's sources: said plainly, with the myth-or-fact
/// check again and the help lines again for a visitor who skipped them.
#[component]
fn Ending(props: &EndingProps) -> Html {
    let content = &props.content;
    let outline = use_context::<Outline>().unwrap_or_default();
    let navigate = use_context::<Navigate>().map(|n| n.0).unwrap_or_default();
    html! {
        <section class="le-ending" aria-labelledby="le-ending-title">
            <@{outline.tag(0)} class="le-ending__title" id="le-ending-title" tabindex="-1" ref={props.heading.clone()}>
                { &content.ui.finished }
            </@>
            <p>{ &content.ui.finished_text }</p>
            { check_view(content, Phase::After, &props.check, outline, &navigate, &props.list) }
            <HelpLines content={content.clone()} />
        </section>
    }
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
