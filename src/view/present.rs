//! Presenter mode: the presenter's window (the step, speaker notes, timer, next step and
//! controls) and the audience's (the step alone, or a plain cover), kept in step through
//! `page::present::Channel`. The state and its messages are `model::presenting`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Interval;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::model::content::Content;
use crate::model::presenting::{clock, Cue, Key, Role, Show, Signal};
use crate::model::text::fill;
use crate::model::walkthrough::Action;
use crate::page::present::{self, Channel};
use crate::view::app::Outline;
use crate::view::step::StepView;

/// What a question inside a presented step reads and changes, instead of its own state.
#[derive(Clone, PartialEq)]
pub struct Staging {
    pub show: Rc<Show>,
    pub cue: Callback<Cue>,
    pub role: Role,
}

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub content: Rc<Content>,
    pub role: Role,
    pub start: usize,
    /// The `<law-explainer>` element: it goes full screen, and its quick exit is the one used.
    pub host: HtmlElement,
    /// The widget's standalone page, where the audience window opens.
    pub page: String,
    /// Back to the walkthrough at a step; absent when the page was opened in presenter mode.
    #[prop_or_default]
    pub onleave: Option<Callback<usize>>,
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let PresentationProps { content, role, host, .. } = props;
    let ui = &content.ui;
    let show = use_reducer(|| Show::new(props.start, content.steps.len()));
    let latest = use_mut_ref(|| (*show).clone());
    *latest.borrow_mut() = (*show).clone();
    let channel = use_mut_ref(|| None::<Channel>);
    let heading = use_node_ref();
    let outline = use_context::<Outline>().unwrap_or_default();

    {
        let (dispatcher, channel, latest, host, role) =
            (show.dispatcher(), channel.clone(), latest.clone(), host.clone(), *role);
        use_effect_with((), move |_| {
            // Set once either window's exit is used, so the two windows do not echo it back and forth.
            let leaving = Rc::new(Cell::new(false));
            let heard = {
                let (channel, leaving, host) = (channel.clone(), leaving.clone(), host.clone());
                let dispatcher = dispatcher.clone();
                move |signal: Signal| match signal {
                    Signal::Hello if role == Role::Presenter => {
                        if let Some(channel) = channel.borrow().as_ref() {
                            channel.send(&latest.borrow().signal());
                        }
                    }
                    Signal::Exit if !leaving.replace(true) => present::leave(&host),
                    Signal::State { .. } => dispatcher.dispatch(Cue::Heard(signal)),
                    _ => {}
                }
            };
            *channel.borrow_mut() = Channel::open(heard);
            if role == Role::Audience {
                if let Some(channel) = channel.borrow().as_ref() {
                    channel.send(&Signal::Hello);
                }
            }
            let exit = {
                let channel = channel.clone();
                present::on_exit(&host, move || {
                    if !leaving.replace(true) {
                        if let Some(channel) = channel.borrow().as_ref() {
                            channel.send(&Signal::Exit);
                        }
                    }
                })
            };
            let keys = present::keys(move |key| match key {
                Key::Walk(action) => dispatcher.dispatch(Cue::Walk(action)),
                Key::Cover => dispatcher.dispatch(Cue::ToggleCover),
                Key::FullScreen => present::toggle_full_screen(&host),
            });
            move || {
                drop((exit, keys));
                channel.borrow_mut().take();
            }
        });
    }
    {
        // Tell the other window about every change made here. The audience's first state is
        // not sent: it asks the presenter for the real one instead.
        let (channel, role) = (channel.clone(), *role);
        let first = use_mut_ref(|| true);
        use_effect_with((*show).clone(), move |show| {
            let quiet = show.heard || (role == Role::Audience && *first.borrow());
            *first.borrow_mut() = false;
            if !quiet {
                if let Some(channel) = channel.borrow().as_ref() {
                    channel.send(&show.signal());
                }
            }
        });
    }
    {
        let heading = heading.clone();
        let is_presenter = *role == Role::Presenter;
        use_effect_with(show.walk.changes, move |changes| {
            if *changes > 0 && is_presenter {
                if let Some(heading) = heading.cast::<HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }

    let step = &content.steps[show.walk.step];
    let n = (show.walk.step + 1).to_string();
    let total = show.walk.total.to_string();
    let progress = fill(&ui.progress, &[("n", &n), ("total", &total)]);
    let staging = Staging {
        show: Rc::new((*show).clone()),
        cue: Callback::from({
            let dispatcher = show.dispatcher();
            move |cue| dispatcher.dispatch(cue)
        }),
        role: *role,
    };
    let stage = html! {
        <ContextProvider<Staging> context={staging}>
            <StepView key={step.id.clone()} index={show.walk.step} content={content.clone()} heading={heading} />
        </ContextProvider<Staging>>
    };
    if *role == Role::Audience {
        let full_screen = {
            let host = host.clone();
            Callback::from(move |_: MouseEvent| present::toggle_full_screen(&host))
        };
        return html! {
            <div class="le-present le-present--audience">
                <@{outline.tag(0)} class="le-visually-hidden">{ &ui.title }</@>
                <p class="le-shell__progress">{ progress }</p>
                if show.covered {
                    <div class="le-present__cover"><p class="le-visually-hidden">{ &ui.paused }</p></div>
                } else {
                    { stage }
                }
                <button type="button" class="le-button le-button--secondary le-present__full" onclick={full_screen}>
                    { &ui.full_screen }
                </button>
            </div>
        };
    }

    let cue = |cue: Cue| {
        let dispatcher = show.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(cue.clone()))
    };
    let open_audience = {
        let url = format!("{}?mode=audience&lang={}", props.page, content.locale);
        Callback::from(move |_: MouseEvent| {
            present::open_window(&url, "law-explainer-audience");
        })
    };
    let full_screen = {
        let host = host.clone();
        Callback::from(move |_: MouseEvent| present::toggle_full_screen(&host))
    };
    let leave = props.onleave.clone().map(|onleave| {
        let step = show.walk.step;
        Callback::from(move |_: MouseEvent| onleave.emit(step))
    });
    html! {
        <div class="le-present le-present--presenter">
            <@{outline.tag(0)} class="le-visually-hidden">{ &ui.title }</@>
            <p class="le-shell__progress">{ progress }</p>
            <nav class="le-present__controls" aria-label={ui.presenter_label.clone()}>
                if !show.walk.is_first() {
                    <button type="button" class="le-button le-button--secondary" onclick={cue(Cue::Walk(Action::Back))}>{ &ui.back }</button>
                }
                if !show.walk.is_last() {
                    <button type="button" class="le-button" onclick={cue(Cue::Walk(Action::Next))}>{ &ui.next }</button>
                }
                <button type="button" class="le-button le-button--secondary" aria-pressed={show.covered.to_string()} onclick={cue(Cue::ToggleCover)}>
                    { if show.covered { &ui.uncover } else { &ui.cover } }
                </button>
                <button type="button" class="le-button le-button--secondary" onclick={open_audience}>{ &ui.open_audience }</button>
                <button type="button" class="le-button le-button--secondary" onclick={full_screen}>{ &ui.full_screen }</button>
                if let Some(leave) = leave {
                    <button type="button" class="le-button le-button--secondary" onclick={leave}>{ &ui.leave_present }</button>
                }
            </nav>
            if show.covered {
                <p class="le-present__covered">{ &ui.covered }</p>
            }
            <div class="le-present__stage">{ stage }</div>
            <Notes content={content.clone()} index={show.walk.step} />
            <p class="le-visually-hidden" role="status" aria-live="polite">
                { if show.walk.changes > 0 { fill(&ui.announce, &[("n", &n), ("total", &total), ("title", &step.title)]) } else { String::new() } }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NotesProps {
    content: Rc<Content>,
    index: usize,
}

/// The speaker notes for one step, with the lesson's and the step's elapsed time and the next step.
#[component]
fn Notes(props: &NotesProps) -> Html {
    let NotesProps { content, index } = props;
    let ui = &content.ui;
    let step = &content.steps[*index];
    let outline = use_context::<Outline>().unwrap_or_default();
    let began = use_mut_ref(js_sys::Date::now);
    let step_began = use_mut_ref(js_sys::Date::now);
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let ticks = RefCell::new(0);
            let interval = Interval::new(1000, move || {
                *ticks.borrow_mut() += 1;
                tick.set(*ticks.borrow());
            });
            move || drop(interval)
        });
    }
    {
        let step_began = step_began.clone();
        use_effect_with(*index, move |_| *step_began.borrow_mut() = js_sys::Date::now());
    }
    let since = |start: f64| clock(((js_sys::Date::now() - start) / 1000.0) as u32);
    let timer = fill(
        &ui.timer,
        &[
            ("lesson", &since(*began.borrow())),
            ("step", &since(*step_began.borrow())),
            ("minutes", &step.notes.minutes.to_string()),
        ],
    );
    let next = match content.steps.get(index + 1) {
        Some(next) => fill(&ui.next_up, &[("title", &next.title)]),
        None => ui.last_step.clone(),
    };
    let notes = &step.notes;
    let scenarios: Vec<_> = step.questions.iter().filter_map(|q| Some((q, q.notes.as_ref()?))).collect();
    html! {
        <aside class="le-present__notes" aria-label={ui.speaker_notes.clone()}>
            <@{outline.tag(1)} class="le-present__notes-title">{ &ui.speaker_notes }</@>
            <p class="le-present__timer">{ timer }</p>
            if let Some(warning) = &notes.warning {
                <p class="le-present__warning"><strong>{ format!("{}: ", ui.content_warning) }</strong>{ warning }</p>
            }
            <@{outline.tag(2)}>{ &ui.talking_points }</@>
            <ul>{ for notes.points.iter().map(|point| html! { <li>{ point }</li> }) }</ul>
            if !notes.ask.is_empty() {
                <@{outline.tag(2)}>{ &ui.ask_the_room }</@>
                <ul>{ for notes.ask.iter().map(|question| html! { <li>{ question }</li> }) }</ul>
            }
            if !scenarios.is_empty() {
                <@{outline.tag(2)}>{ &ui.scenario_notes }</@>
                <ul>
                    { for scenarios.iter().map(|(question, note)| html! {
                        <li><strong>{ opening(&question.story) }</strong>{ " " }{ note }</li>
                    }) }
                </ul>
            }
            <p class="le-present__next">{ next }</p>
        </aside>
    }
}

/// The first few words of a story, to tell the presenter which scenario a note is about.
fn opening(story: &str) -> String {
    let words: Vec<&str> = story.split_whitespace().take(6).collect();
    format!("{}…", words.join(" "))
}
