//! Presenter mode: the presenter's window (the step, speaker notes, timer, next step and
//! controls) and the audience's (the step alone, or a plain cover), kept in step through
//! `browser::use_presenter_channel`. The state and its messages are `model::presenting`.

use std::rc::Rc;

use model::check::{Phase, Room};
use model::content::Content;
use model::presenting::{clock, Cue, Key, Role, Show};
use model::text::{around, fill};
use model::walkthrough::Action;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::browser::{
    open_window, toggle_full_screen, use_focus_on_change, use_lesson_clock, use_presenter_channel, use_presenter_place,
    use_presenting_keys,
};
use crate::kept::Kept;
use crate::outline::Outline;
use crate::room::room_check;
use crate::shared::Shared;
use crate::staging::Staging;
use crate::step::StepView;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub content: Shared<Content>,
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
    let show = use_reducer(|| Kept(Show::new(props.start, content.steps.len())));
    // The room's show of hands: never sent to the audience's window, never stored.
    let room = use_reducer(|| Kept(Room::new(content.check.len())));
    let heading = use_node_ref();
    let outline = use_context::<Outline>().unwrap_or_default();
    let secret = use_presenter_channel(*role, host.clone(), &show);
    use_presenter_place(*role, host.clone(), &show);
    use_presenting_keys({
        let (dispatcher, host) = (show.dispatcher(), host.clone());
        Callback::from(move |key| match key {
            Key::Walk(action) => dispatcher.dispatch(Cue::Walk(action)),
            Key::Cover => dispatcher.dispatch(Cue::ToggleCover),
            Key::FullScreen => toggle_full_screen(&host),
        })
    });
    use_focus_on_change(heading.clone(), show.walk.changes, *role == Role::Presenter);

    let step = &content.steps[show.walk.step];
    let n = (show.walk.step + 1).to_string();
    let total = show.walk.total.to_string();
    let progress = fill(&ui.progress, &[("n", &n), ("total", &total)]);
    let staging = Staging {
        show: Rc::new(show.0.clone()),
        cue: Callback::from({
            let dispatcher = show.dispatcher();
            move |cue| dispatcher.dispatch(cue)
        }),
        role: *role,
    };
    // The check opens the lesson and closes it, as it does the walkthrough: after the first
    // step's words, and before the last step's sources.
    let phase = match show.walk.step {
        0 => Some(Phase::Before),
        _ if show.walk.is_last() => Some(Phase::After),
        _ => None,
    };
    let counts = (*role == Role::Presenter).then(|| {
        let dispatcher = room.dispatcher();
        (&room.0, Callback::from(move |count| dispatcher.dispatch(count)))
    });
    let counts = counts.as_ref().map(|(room, oncount)| (*room, oncount));
    let inner = Outline(outline.0 + 1);
    // Under the presentation's own (hidden) title, each step's heading is one level down.
    let stage = html! {
        <ContextProvider<Outline> context={inner}>
        <ContextProvider<Staging> context={staging}>
            if phase == Some(Phase::After) {
                { room_check(content, Phase::After, counts, inner) }
            }
            <StepView key={step.id.clone()} index={show.walk.step} content={content.clone()} heading={heading} />
            if phase == Some(Phase::Before) {
                { room_check(content, Phase::Before, counts, inner) }
            }
        </ContextProvider<Staging>>
        </ContextProvider<Outline>>
    };
    if *role == Role::Audience {
        let full_screen = {
            let host = host.clone();
            Callback::from(move |_: MouseEvent| toggle_full_screen(&host))
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
        let url = format!("{}?mode=audience&lang={}#{secret}", props.page, content.locale);
        Callback::from(move |_: MouseEvent| {
            open_window(&url, "law-explainer-audience");
        })
    };
    let full_screen = {
        let host = host.clone();
        Callback::from(move |_: MouseEvent| toggle_full_screen(&host))
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
    content: Shared<Content>,
    index: usize,
}

/// The speaker notes for one step, with the lesson's and the step's elapsed time and the next step.
#[component]
fn Notes(props: &NotesProps) -> Html {
    let NotesProps { content, index } = props;
    let ui = &content.ui;
    let step = &content.steps[*index];
    let outline = use_context::<Outline>().unwrap_or_default();
    let (lesson, in_step) = use_lesson_clock(*index);
    let timer = fill(
        &ui.timer,
        &[("lesson", &clock(lesson)), ("step", &clock(in_step)), ("minutes", &step.notes.minutes.to_string())],
    );
    let next = match content.steps.get(index + 1) {
        Some(next) => fill(&ui.next_up, &[("title", &next.title)]),
        None => ui.last_step.clone(),
    };
    let notes = &step.notes;
    let (label, after) = around(&ui.content_warning, "warning");
    let scenarios: Vec<_> = step.questions.iter().filter_map(|q| Some((q, q.notes.as_ref()?))).collect();
    html! {
        // Focusable: it scrolls on its own, and keyboard users must be able to scroll it.
        <aside class="le-present__notes" aria-label={ui.speaker_notes.clone()} tabindex="0">
            <@{outline.tag(1)} class="le-present__notes-title">{ &ui.speaker_notes }</@>
            <p class="le-present__timer">{ timer }</p>
            if let Some(warning) = &notes.warning {
                <p class="le-present__warning"><strong>{ label }</strong>{ warning }{ after }</p>
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
                        <li><strong>{ opening(&question.story, &ui.story_opening) }</strong>{ " " }{ note }</li>
                    }) }
                </ul>
            }
            <p class="le-present__next">{ next }</p>
        </aside>
    }
}

/// The first few words of a story, to tell the presenter which scenario a note is about.
fn opening(story: &str, template: &str) -> String {
    let words: Vec<&str> = story.split_whitespace().take(6).collect();
    fill(template, &[("words", &words.join(" "))])
}
