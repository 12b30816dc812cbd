//! The myth-or-fact check presented to a room, which answers by show of hands: the presenter
//! types the counts, which stay in the presenter's window, and the change shows as a chart with
//! its table. Classroom only.

use model::check::{Count, Phase, Room};
use model::content::Content;
use model::text::fill;
use yew::prelude::*;

use crate::check::phase_id;
use crate::outline::Outline;

/// The check presented to a room: the statements, and with `counts` (the presenter's window:
/// the room's counts and how to change them) a box for each count of hands, the right answer
/// and why, and at the end the chart. A function, as `check_view` is.
pub fn room_check(
    content: &Content,
    phase: Phase,
    counts: Option<(&Room, &Callback<Count>)>,
    outline: Outline,
) -> Html {
    let ui = &content.ui;
    if content.check.is_empty() {
        return Html::default();
    }
    let id = phase_id(phase);
    // The first check follows the first step's words, under its title; the last comes before
    // the last step's title, beside it.
    let (title, level) = match phase {
        Phase::Before => (&ui.check_title, 1),
        Phase::After => (&ui.check_again_title, 0),
    };
    let key: Vec<bool> = content.check.iter().map(|s| s.fact).collect();
    html! {
        <section class="le-check le-check--room" aria-labelledby={format!("le-room-{id}")}>
            <@{outline.tag(level)} id={format!("le-room-{id}")}>{ title }</@>
            if counts.is_some() {
                <p>{ &ui.check_hands_help }</p>
            }
            <ol class="le-check__list">
                { for content.check.iter().enumerate().map(|(i, statement)| html! {
                    <li class="le-check__item">
                        <p class="le-check__statement">{ &statement.text }</p>
                        if let Some((room, oncount)) = counts {
                            <div class="le-check__hands">
                                { hands_box(ui, phase, i, false, room.phase(phase)[i].myth, oncount) }
                                { hands_box(ui, phase, i, true, room.phase(phase)[i].fact, oncount) }
                            </div>
                            <p class="le-check__key">
                                <strong>{ if statement.fact { &ui.check_is_fact } else { &ui.check_is_myth } }</strong>
                                { " " }{ &statement.explain }
                            </p>
                        }
                    </li>
                }) }
            </ol>
            if let Some((room, _)) = counts.filter(|(room, _)| phase == Phase::After && room.has_after()) {
                { chart(content, &room.change(&key)) }
            }
        </section>
    }
}

/// A number box for one count of hands; empty means not counted.
fn hands_box(
    ui: &model::content::Ui,
    phase: Phase,
    statement: usize,
    fact: bool,
    value: Option<u16>,
    oncount: &Callback<Count>,
) -> Html {
    let answer = if fact { &ui.check_fact } else { &ui.check_myth };
    let oninput = oncount.reform(move |event: InputEvent| {
        let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
        Count { phase, statement, fact, hands: text.trim().parse().ok() }
    });
    html! {
        <label class="le-check__count">
            { fill(&ui.check_hands, &[("answer", answer)]) }
            <input type="number" min="0" max="9999" inputmode="numeric" class="le-check__number"
                   value={value.map(|v| v.to_string()).unwrap_or_default()} {oninput} />
        </label>
    }
}

/// The room's change, statement by statement: bars for the share of right hands at the start
/// and at the end, and the same figures as a table, which is what screen readers read.
fn chart(content: &Content, change: &[(Option<u8>, Option<u8>)]) -> Html {
    let ui = &content.ui;
    const ROW: usize = 40;
    const LABEL: usize = 32;
    let height = ROW * change.len() + 8;
    let percent = |p: Option<u8>| p.map_or_else(|| "–".to_string(), |p| format!("{p}%"));
    let bar = |y: usize, p: Option<u8>, class: &'static str| {
        let width = usize::from(p.unwrap_or(0)) * 3;
        html! {
            <>
                <rect class={class} x={LABEL.to_string()} y={y.to_string()} width={width.to_string()} height="14" />
                <text class="le-chart__value" x={(LABEL + width + 4).to_string()} y={(y + 12).to_string()}>{ percent(p) }</text>
            </>
        }
    };
    html! {
        <figure class="le-chart">
            <svg class="le-chart__bars" viewBox={format!("0 0 380 {height}")} aria-hidden="true" focusable="false">
                { for change.iter().enumerate().map(|(i, (before, after))| {
                    let y = i * ROW + 4;
                    html! {
                        <>
                            <text class="le-chart__label" x="0" y={(y + 20).to_string()}>{ (i + 1).to_string() }</text>
                            { bar(y, *before, "le-chart__before") }
                            { bar(y + 16, *after, "le-chart__after") }
                        </>
                    }
                }) }
            </svg>
            <table class="le-chart__table">
                <caption>{ &ui.check_chart }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ &ui.check_statement }</th>
                        <th scope="col"><span class="le-chart__swatch le-chart__before" aria-hidden="true"></span>{ &ui.check_column_before }</th>
                        <th scope="col"><span class="le-chart__swatch le-chart__after" aria-hidden="true"></span>{ &ui.check_column_after }</th>
                    </tr>
                </thead>
                <tbody>
                    { for content.check.iter().zip(change).enumerate().map(|(i, (statement, (before, after)))| html! {
                        <tr>
                            <th scope="row">{ format!("{}. {}", i + 1, statement.text) }</th>
                            <td>{ percent(*before) }</td>
                            <td>{ percent(*after) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
