//! Issue 22: the myth-or-fact check before and after the walkthrough. A visitor's own answers
//! on every engine (the first check says nothing of right or wrong; the second shows both
//! answers and why), and a room's show of hands in presenter mode, with its chart's table. Nothing
//! is stored and nothing goes to another origin.

use harness::{axe, Engine, Harness, STORED};
use model::content::Content;
use model::text::fill;
use serde_json::{json, Value};
use std::time::Duration;
use thirtyfour::prelude::*;

use crate::engines::on_engines;

async fn stored(h: &Harness) -> Value {
    h.driver.execute_async(STORED, vec![]).await.unwrap().json().clone()
}

/// Answers statements of the check on screen: each `(i, fact)` answers statement `i`.
async fn answer(h: &Harness, content: &Content, answers: impl IntoIterator<Item = (usize, bool)>) {
    for (i, fact) in answers {
        let statement = &content.check[i];
        let group = h.by_role("group", &statement.text).await;
        let label = if fact { &content.ui.check_fact } else { &content.ui.check_myth };
        let button = h.by_role_within(&group, "button", label).await;
        h.js("arguments[0].scrollIntoView({ block: 'center' })", vec![button.to_json().unwrap()]).await;
        button.click().await.unwrap();
        let pressed = "return arguments[0].getAttribute('aria-pressed') === 'true'";
        h.wait_for(&format!("{} answered", statement.id), pressed, vec![button.to_json().unwrap()]).await;
    }
}

fn status(h: &Harness) -> impl std::future::Future<Output = Value> + '_ {
    h.js("return W.querySelector('.le-check__status')?.textContent ?? null", vec![])
}

async fn the_visitor_answers_before_and_after_and_sees_each_statement_explained(engine: Engine) {
    let content = compiler::english();
    let ui = &content.ui;
    let key: Vec<bool> = content.check.iter().map(|s| s.fact).collect();
    let total = key.len();
    assert!(total >= 8, "about eight statements: {total}");
    let h = Harness::start_on(engine).await;
    h.open("/").await;
    h.by_role("heading", &content.steps[0].title).await;
    let before = stored(&h).await;

    h.by_role("heading", &ui.check_title).await;
    h.by_role("button", &ui.check_start).await.click().await.unwrap();
    h.wait_for("focus on the statements", "return deepActive()?.classList.contains('le-check__list')", vec![]).await;
    // Every statement answered "myth": right for the myths only, which the first check keeps quiet.
    answer(&h, &content, (0..total).map(|i| (i, false))).await;
    assert_eq!(status(&h).await, json!(ui.check_wait));
    let page = h.js("return W.querySelector('.le-main').innerText", vec![]).await;
    let page = page.as_str().unwrap();
    assert!(!page.contains(&ui.check_is_myth) && !page.contains(&ui.check_is_fact), "no answers yet: {page}");
    assert!(content.check.iter().all(|s| !page.contains(&s.explain)), "no explanations before the end");

    h.go_to_step(&content.steps.last().unwrap().title).await;
    h.by_role("heading", &ui.check_again_title).await;
    h.by_role("button", &ui.check_again_start).await.click().await.unwrap();
    // The first answers are the first check's: the second starts empty.
    assert_eq!(h.js("return all('.le-check__answer[aria-pressed=true]').length", vec![]).await, json!(0));
    // All right but the last, which is no score yet: a half-done check is not counted.
    let right = key.iter().copied().enumerate();
    answer(&h, &content, right.clone().take(total - 1)).await;
    assert_eq!(status(&h).await, json!(""));
    answer(&h, &content, right.skip(total - 1)).await;
    let right_before = key.iter().filter(|&&fact| !fact).count().to_string();
    let expected = fill(
        &ui.check_summary,
        &[("before", &right_before), ("after", &total.to_string()), ("total", &total.to_string())],
    );
    h.wait_for(
        "the summary",
        "return W.querySelector('.le-check__status').textContent === arguments[0]",
        vec![expected.clone().into()],
    )
    .await;
    let results = h.js("return all('.le-check__result').map(r => r.innerText)", vec![]).await;
    let results: Vec<&str> = results.as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert_eq!(results.len(), total);
    for (statement, result) in content.check.iter().zip(&results) {
        let verdict = if statement.fact { &ui.check_is_fact } else { &ui.check_is_myth };
        let then = fill(&ui.check_before, &[("answer", &ui.check_myth)]);
        let now = fill(&ui.check_now, &[("answer", if statement.fact { &ui.check_fact } else { &ui.check_myth })]);
        let flat = result.replace([' ', '\n', '✓', '✗'], "");
        for part in [verdict, &then, &now, &statement.explain, &statement.sources[0].label] {
            assert!(flat.contains(&part.replace(' ', "")), "{}: \"{part}\" in {result}", statement.id);
        }
    }

    assert_eq!(stored(&h).await, before, "nothing stored, no history entry");
    assert_eq!(h.foreign_requests().await, Vec::<String>::new(), "requests to other origins");
    // Start again forgets the answers, as the quick exit's restart does.
    h.by_role("button", &ui.start_again).await.click().await.unwrap();
    h.by_role("heading", &content.steps[0].title).await;
    h.by_role("button", &ui.check_start).await;
    h.quit().await;
}

/// Next, above the offer, skips the first check; the check at the end then scores only itself.
/// axe on the check's states.
#[test]
fn going_on_without_the_first_check_leaves_the_end_counting_only_the_second() {
    harness::run(async {
        let content = compiler::english();
        let ui = &content.ui;
        let key: Vec<bool> = content.check.iter().map(|s| s.fact).collect();
        let h = Harness::start().await;
        h.open("/").await;
        h.by_role("heading", &content.steps[0].title).await;
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the check offered");
        h.by_role("button", &ui.check_start).await;
        h.by_role("button", &ui.next).await.click().await.unwrap();
        h.by_role("heading", &content.steps[1].title).await;

        h.go_to_step(&content.steps.last().unwrap().title).await;
        h.by_role("button", &ui.check_again_start).await.click().await.unwrap();
        answer(&h, &content, key.iter().map(|fact| !fact).enumerate()).await;
        let total = key.len().to_string();
        let expected = fill(&ui.check_summary_now, &[("after", "0"), ("total", &total)]);
        assert_eq!(status(&h).await, json!(expected));
        let results = h.js("return all('.le-check__result').map(r => r.innerText).join('\\n')", vec![]).await;
        let unanswered = fill(&ui.check_before, &[("answer", &ui.check_unanswered)]);
        assert_eq!(results.as_str().unwrap().matches(&unanswered).count(), key.len(), "{results}");
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the check's results");
        h.quit().await;
    })
}

/// Types a count of hands into the `n`th number box of the presenter's check.
async fn count_hands(h: &Harness, n: usize, hands: &str) {
    let found = h.js_element("return all('.le-check__number')[arguments[0]]", vec![n.into()]).await;
    let input = found.element().expect("a number box");
    h.js("arguments[0].scrollIntoView({ block: 'center' })", vec![input.to_json().unwrap()]).await;
    input.send_keys(hands).await.unwrap();
}

#[test]
fn the_room_answers_by_show_of_hands_and_the_presenter_sees_the_change() {
    harness::run(async {
        let content = compiler::english();
        let ui = &content.ui;
        let h = Harness::start().await;
        h.open("/?mode=present").await;
        h.wait_for("the speaker notes", "return W.querySelector('.le-present__notes')", vec![]).await;
        let before = stored(&h).await;
        let presenter = h.driver.window().await.unwrap();
        h.by_role("button", &ui.open_audience).await.click().await.unwrap();
        let audience = loop {
            if let Some(other) = h.driver.windows().await.unwrap().into_iter().find(|w| *w != presenter) {
                break other;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        };

        // The first step: the room sees the statements alone; the presenter has the boxes.
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        let first = &content.check[0].text;
        let shows = "return !!W.querySelector('.le-check--room')?.textContent.includes(arguments[0])";
        h.wait_for("the statements", shows, vec![first.clone().into()]).await;
        let hidden = "return [all('.le-check__number').length, all('.le-check__key').length]";
        assert_eq!(h.js(hidden, vec![]).await, json!([0, 0]), "no counts or answers for the room");
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.by_role("heading", &ui.check_title).await;
        // Statement 1 (a myth): 3 hands for myth, 7 for fact. Boxes go myth, fact, statement by statement.
        count_hands(&h, 0, "3").await;
        count_hands(&h, 1, "7").await;
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the presenter's first check");
        // The room's window follows the presenter down the statements.
        h.driver.set_window_rect(0, 0, 1280, 720).await.unwrap();
        h.js("W.querySelectorAll('.le-check__item')[6].scrollIntoView({ block: 'start' })", vec![]).await;
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        let followed = "const top = W.querySelectorAll('.le-check__item')[6].getBoundingClientRect().top;\
                        return top > 0 && top < innerHeight / 2";
        h.wait_for("the room to follow the presenter to the seventh statement", followed, vec![]).await;
        h.driver.switch_to_window(presenter.clone()).await.unwrap();

        h.js("document.activeElement.blur()", vec![]).await;
        h.driver.action_chain().send_keys(Key::End).perform().await.unwrap();
        h.by_role("heading", &ui.check_again_title).await;
        count_hands(&h, 0, "9").await;
        count_hands(&h, 1, "1").await;
        let rows = "return all('.le-chart__table tbody tr').map(r => r.innerText.replace(/\\s+/g, ' ').trim())";
        h.wait_for("the chart's table", "return all('.le-chart__table tbody tr').length > 0", vec![]).await;
        let rows = h.js(rows, vec![]).await;
        let rows: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
        assert_eq!(rows.len(), content.check.len());
        assert!(!content.check[0].fact, "the first statement is a myth");
        assert!(rows[0].starts_with(&format!("1. {}", content.check[0].text)), "{}", rows[0]);
        assert!(rows[0].ends_with("30% 90%"), "{}", rows[0]);
        assert!(rows[1].ends_with("– –"), "an uncounted statement: {}", rows[1]);
        let caption = h.js("return W.querySelector('.le-chart__table caption').textContent", vec![]).await;
        assert_eq!(caption, json!(ui.check_chart));
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the presenter's chart");

        // The counts and the chart never reach the room's window.
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        h.wait_for("the room's last step", "return !!W.querySelector('.le-check--room')", vec![]).await;
        assert_eq!(h.js("return all('.le-chart, .le-check__number').length", vec![]).await, json!(0));
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the audience's last check");
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        assert_eq!(stored(&h).await, before, "nothing stored");
        assert_eq!(h.foreign_requests().await, Vec::<String>::new(), "requests to other origins");
        h.quit().await;
    })
}

on_engines! {
    the_visitor_answers_before_and_after_and_sees_each_statement_explained: Chromium, Firefox, WebKit;
}
