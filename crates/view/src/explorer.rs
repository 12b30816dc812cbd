//! The §852 explorer: one question at a time ("Question 2 of up to 4"), then an outcome
//! naming the section and class, in a panel that leads to the help lines.
//! Focus follows the visitor: after each answer it moves to the new question or outcome.

use model::content::{Block, Content};
use model::explorer::{Move, Node, Path};
use model::text::fill;
use model::walkthrough::Action;
use yew::prelude::*;

use crate::app::Navigate;
use crate::inline::prose;
use crate::outline::Outline;
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ExplorerViewProps {
    pub content: Shared<Content>,
}

#[component]
pub fn ExplorerView(props: &ExplorerViewProps) -> Html {
    let content = &props.content;
    let explorer = &content.explorer;
    // The path, and how many moves made it: after any move, even "Start over", focus follows.
    let state = use_state(|| (Path::new(explorer), 0u32));
    let (path, moves) = (&state.0, state.1);
    let focus = use_node_ref();
    let outline = use_context::<Outline>().unwrap_or_default();
    {
        let focus = focus.clone();
        use_effect_with(moves, move |moves| {
            if *moves > 0 {
                if let Some(element) = focus.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let go = |action: Move| {
        let state = state.clone();
        let content = content.clone();
        Callback::from(move |_: MouseEvent| state.set((state.0.apply(&content.explorer, action), state.1 + 1)))
    };
    let ui = &content.ui;
    let navigate = use_context::<Navigate>();
    // The step that lists the help lines, for the outcome's link to it.
    let help = content.steps.iter().position(|step| step.blocks.contains(&Block::Resources));
    let progress = fill(
        &ui.explorer_progress,
        &[("n", &(path.depth() + 1).to_string()), ("total", &explorer.longest().to_string())],
    );
    let body = match path.current(explorer) {
        Some(Node::Question(question)) => html! {
            <>
                <p class="le-explorer__progress">{ progress }</p>
                <p class="le-explorer__question" id="le-explorer-question" tabindex="-1" ref={focus.clone()}>
                    { prose(&question.text, content) }
                </p>
                <div class="le-choices" role="group" aria-labelledby="le-explorer-question">
                    { for question.answers.iter().enumerate().map(|(i, answer)| html! {
                        <button type="button" class="le-choice" onclick={go(Move::Answer(i))}>{ &answer.label }</button>
                    }) }
                </div>
            </>
        },
        Some(Node::Outcome(outcome)) => html! {
            <div class="le-explorer__outcome">
                <@{outline.tag(1)} tabindex="-1" ref={focus.clone()}>{ &outcome.title }</@>
                <p>{ prose(&outcome.text, content) }</p>
                <p class="le-feedback__cite">{ &outcome.cite }</p>
                <p><strong>{ &ui.only_a_court }</strong></p>
                if let (Some(navigate), Some(help)) = (navigate, help) {
                    <p><button type="button" class="le-button" onclick={navigate.0.reform(move |_: MouseEvent| Action::GoTo(help))}>
                        { &ui.get_help }
                    </button></p>
                }
            </div>
        },
        None => Html::default(),
    };
    html! {
        <div class="le-explorer">
            { body }
            if path.depth() > 0 {
                <p class="le-explorer__controls">
                    <button type="button" class="le-link" onclick={go(Move::Back)}>{ &ui.explorer_back }</button>
                    <button type="button" class="le-link" onclick={go(Move::Restart)}>{ &ui.start_over }</button>
                </p>
            }
        </div>
    }
}
