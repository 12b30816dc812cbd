//! WCAG 2.2 AA with axe-core in headless Chromium: every step, every answer state, the
//! exercises, open disclosures, in normal and forced-colours modes; and a keyboard-only walk.

use harness::axe::violations;
use harness::Harness;
use serde_json::Value;

/// Collects the violations of the current state under `label`.
async fn check(h: &Harness, label: &str, runs: &mut usize, found: &mut Vec<String>) {
    *runs += 1;
    found.extend(violations(h).await.into_iter().map(|v| format!("{label}: {v}")));
}

async fn open_all_disclosures(h: &Harness) {
    h.js(
        "W.querySelectorAll('button[aria-expanded=false]').forEach(b => b.click()); \
         W.querySelectorAll('details').forEach(d => d.open = true);",
        vec![],
    )
    .await;
}

/// Clicks, in every choice group, the first choice that is wrong (or right) by the content.
async fn answer_all(h: &Harness, step: &model::content::Step, sort: bool, right: bool) {
    let content = compiler::english();
    let questions = if sort { content.sort.clone() } else { step.questions.clone() };
    for (n, question) in questions.iter().enumerate() {
        let index = question.choices.iter().position(|c| c.correct == right).expect("such a choice");
        h.js(
            "W.querySelectorAll('[role=group][aria-labelledby]')[arguments[0]]\
             .querySelectorAll('button')[arguments[1]].click()",
            vec![n.into(), index.into()],
        )
        .await;
    }
}

async fn walk_every_state(h: &Harness, mode: &str, runs: &mut usize, found: &mut Vec<String>) {
    let content = compiler::english();
    for (i, step) in content.steps.iter().enumerate() {
        if i > 0 {
            h.by_role("button", "Next").await.click().await.unwrap();
        }
        h.by_role("heading", &step.title).await;
        let label = format!("{mode}, step {}", step.id);
        check(h, &label, runs, found).await;
        let sort = step.id == "sort";
        if sort || !step.questions.is_empty() {
            answer_all(h, step, sort, false).await;
            check(h, &format!("{label}, wrong answers"), runs, found).await;
            answer_all(h, step, sort, true).await;
            check(h, &format!("{label}, right answers"), runs, found).await;
        }
        if step.id == "explorer" {
            h.by_role("button", "Yes").await.click().await.unwrap();
            check(h, &format!("{label}, second question"), runs, found).await;
            h.by_role("button", "Yes").await.click().await.unwrap();
            check(h, &format!("{label}, an outcome"), runs, found).await;
        }
        open_all_disclosures(h).await;
        check(h, &format!("{label}, disclosures open"), runs, found).await;
        // The myth-or-fact check, on the first step and in the ending: open, every statement
        // answered (at the end, with every answer explained).
        if i == 0 || i + 1 == content.steps.len() {
            h.js("W.querySelector('.le-check .le-button').click()", vec![]).await;
            h.wait_for("the check's statements", "return !!W.querySelector('.le-check__answers')", vec![]).await;
            h.js("all('.le-check__answers').forEach(group => group.querySelector('button').click())", vec![]).await;
            check(h, &format!("{label}, the check answered"), runs, found).await;
        }
    }
}

/// Every step and state in one colour mode (`features` for `Emulation.setEmulatedMedia`), and
/// the exit cover, which stays on screen only when leaving is refused: a sandboxed frame
/// without top navigation keeps it, with its "close this tab" message. The modes are three
/// tests, so they run side by side.
async fn every_step_and_state_is_axe_clean(mode: &str, features: Value) {
    let h = Harness::start().await;
    let (mut runs, mut found) = (0, Vec::new());
    let media = serde_json::json!({ "features": features });
    h.driver.cdp().send_raw("Emulation.setEmulatedMedia", media).await.expect("media emulation");
    h.open("/").await;
    walk_every_state(&h, mode, &mut runs, &mut found).await;
    h.open("/fixtures/sandboxed.html").await;
    h.enter_widget_frame().await;
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    h.by_role("alert", "This page is hidden. To leave, close this tab or window.").await;
    check(&h, &format!("{mode}, exit cover"), &mut runs, &mut found).await;
    h.driver.enter_default_frame().await.unwrap();
    assert!(runs >= 41, "only {runs} axe runs in {mode}");
    assert!(found.is_empty(), "{} violation(s):\n{}", found.len(), found.join("\n"));
    h.quit().await;
}

#[test]
fn every_step_and_state_has_no_axe_violations_in_light() {
    harness::run(every_step_and_state_is_axe_clean("light", serde_json::json!([])));
}

#[test]
fn every_step_and_state_has_no_axe_violations_in_dark() {
    let dark = serde_json::json!([{ "name": "prefers-color-scheme", "value": "dark" }]);
    harness::run(every_step_and_state_is_axe_clean("dark", dark));
}

#[test]
fn every_step_and_state_has_no_axe_violations_in_forced_colours() {
    let forced = serde_json::json!([{ "name": "forced-colors", "value": "active" }]);
    harness::run(every_step_and_state_is_axe_clean("forced colours", forced));
}

#[test]
fn axe_does_report_a_planted_violation() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/").await;
        h.by_role("heading", &compiler::english().steps[0].title).await;
        h.js("W.querySelector('.le-app').append(document.createElement('button'))", vec![]).await;
        let found = violations(&h).await;
        assert!(found.iter().any(|v| v.starts_with("button-name")), "{found:?}");
        h.quit().await;
    })
}

const TAB: char = '\u{e004}';
const ENTER: char = '\u{e007}';
const SHIFT: char = '\u{e008}';

/// Whether the focused element shows a focus indicator and is not hidden under the sticky bar.
const FOCUS_IS_VISIBLE: &str = r#"
const el = deepActive();
const style = getComputedStyle(el);
const bar = W.querySelector('.le-exit-bar').getBoundingClientRect();
const box = el.getBoundingClientRect();
const indicated = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
const covered = !el.closest('.le-exit-bar') && box.top < bar.bottom;
return indicated && !covered ? '' : `${el.tagName} "${el.textContent.trim().slice(0, 40)}" indicated=${indicated} covered=${covered}`;
"#;

async fn press(h: &Harness, keys: &[char]) {
    let mut chain = h.driver.action_chain();
    for key in keys {
        chain = chain.key_down(*key);
    }
    for key in keys.iter().rev() {
        chain = chain.key_up(*key);
    }
    chain.perform().await.unwrap();
}

/// Tabs (forwards or backwards) until the focused element has `name` and `role`, checking at
/// every stop that focus is visible; fails after `limit` presses.
async fn tab_to(h: &Harness, role: &str, name: &str, backwards: bool, limit: usize) {
    for _ in 0..limit {
        press(h, if backwards { &[SHIFT, TAB] } else { &[TAB] }).await;
        let problem = h.js(FOCUS_IS_VISIBLE, vec![]).await;
        assert_eq!(problem, Value::String(String::new()), "focus is not visible");
        if h.focused().await == (name.to_string(), role.to_string()) {
            return;
        }
    }
    panic!("{limit} presses of Tab did not reach {role} \"{name}\"");
}

#[test]
fn the_keyboard_alone_reaches_every_step_the_exercises_and_the_quick_exit() {
    harness::run(async {
        let content = compiler::english();
        let h = Harness::start().await;
        h.open("/").await;
        h.by_role("heading", &content.steps[0].title).await;

        tab_to(&h, "link", "Skip to the walkthrough", false, 1).await;
        press(&h, &[ENTER]).await;
        assert_eq!(h.focused().await, (content.steps[0].title.clone(), "heading".to_string()), "the skip link");
        assert!(!h.driver.current_url().await.unwrap().as_str().contains('#'), "the URL stays as it was");

        for step in &content.steps[1..] {
            tab_to(&h, "button", &content.ui.next, false, 60).await;
            press(&h, &[ENTER]).await;
            // The last step opens on its ending, above its sources.
            let heading = if step == content.steps.last().unwrap() { &content.ui.finished } else { &step.title };
            assert_eq!(h.focused().await, (heading.clone(), "heading".to_string()));
            if let Some(question) = step.questions.first() {
                let right = question.choices.iter().find(|c| c.correct).unwrap();
                tab_to(&h, "button", &right.label, false, 30).await;
                press(&h, &[' ']).await;
                assert!(h
                    .js("return W.querySelector('.le-widget').innerText", vec![])
                    .await
                    .as_str()
                    .unwrap()
                    .contains(&right.feedback));
            }
            if step.id == "sort" {
                let right = content.sort[0].choices.iter().find(|c| c.correct).unwrap();
                tab_to(&h, "button", &right.label, false, 30).await;
                press(&h, &[' ']).await;
                let text = h.js("return W.querySelector('.le-widget').innerText", vec![]).await;
                assert!(text.as_str().unwrap().contains(&right.feedback), "the sort answers from the keyboard");
            }
            if step.id == "force" {
                tab_to(&h, "button", "compelled", true, 30).await;
                press(&h, &[ENTER]).await;
                let open = h.js("return deepActive().getAttribute('aria-expanded')", vec![]).await;
                assert_eq!(open, "true", "a glossary term opens from the keyboard");
            }
            if step.id == "explorer" {
                tab_to(&h, "button", "Yes", false, 30).await;
                press(&h, &[ENTER]).await;
                assert_eq!(h.focused().await.0, "Was the person under 18?");
            }
            if step == content.steps.last().unwrap() {
                // The myth-or-fact check in the ending: opened, focus on its statements, answered.
                tab_to(&h, "button", &content.ui.check_again_start, false, 10).await;
                press(&h, &[ENTER]).await;
                assert_eq!(h.focused().await, (content.ui.check_again_title.clone(), "ol".to_string()));
                tab_to(&h, "button", &content.ui.check_myth, false, 3).await;
                press(&h, &[' ']).await;
                assert_eq!(h.js("return deepActive().getAttribute('aria-pressed')", vec![]).await, "true");
            }
        }
        tab_to(&h, "link", "Quick exit", true, 200).await;
        h.quit().await;
    })
}

/// Goes through every step with its disclosures open, running `check` (a script that returns a
/// list of problems) on each; returns the problems, each prefixed with its step.
async fn problems_on_every_step(h: &Harness, check: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for step in &compiler::english().steps {
        h.go_to_step(&step.title).await;
        open_all_disclosures(h).await;
        let found: Vec<String> = serde_json::from_value(h.js(check, vec![]).await).unwrap();
        problems.extend(found.into_iter().map(|p| format!("{}: {p}", step.id)));
    }
    problems
}

/// WCAG 1.4.12's text spacing, applied as a reader's style sheet would.
/// The widget's shadow root takes it beside its own sheets, as a page style sheet cannot reach in.
const TEXT_SPACING: &str = "const s = new CSSStyleSheet(); s.replaceSync(\
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } \
   p, li { margin-block-end: 2em !important; }'); W.adoptedStyleSheets = [...W.adoptedStyleSheets, s];";

/// What overflows sideways: the page itself, or a control whose text no longer fits.
const OVERFLOW: &str = r#"
const page = document.documentElement.scrollWidth > window.innerWidth
  ? [`the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`] : [];
// The skip link is clipped to nothing on purpose until it has focus.
const clipped = [...W.querySelectorAll('.le-app button, .le-app a, .le-exit-bar a:not(.le-skip:not(:focus))')]
  .filter(el => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
  .map(el => `"${el.textContent.trim().slice(0, 30)}" is clipped`);
return page.concat(clipped);
"#;

#[test]
fn every_step_reflows_at_320_pixels_with_wcag_text_spacing() {
    harness::run(async {
        let content = compiler::english();
        let h = Harness::start().await;
        // Chromium's windows are at least 500 px wide; emulate the narrow screen instead.
        let metrics = serde_json::json!({ "width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": false });
        h.driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", metrics).await.expect("emulation");
        h.open("/").await;
        h.by_role("heading", &content.steps[0].title).await;
        let width = h.js("return window.innerWidth", vec![]).await;
        assert_eq!(width, 320, "the window is 320 CSS px wide (400% zoom of 1280)");
        h.js(TEXT_SPACING, vec![]).await;
        let problems = problems_on_every_step(&h, OVERFLOW).await;
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        h.quit().await;
    })
}

#[test]
fn with_reduced_motion_nothing_animates_or_transitions() {
    harness::run(async {
        let h = Harness::start().await;
        let reduce = serde_json::json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] });
        h.driver.cdp().send_raw("Emulation.setEmulatedMedia", reduce).await.expect("media emulation");
        h.open("/").await;
        let moving = r#"
// Only what is rendered: the no-JavaScript fallback inside the element has no computed style.
return all('*').filter(el => el.getClientRects().length).filter(el => {
  const s = getComputedStyle(el);
  const long = v => v.split(',').some(d => parseFloat(d) > 0);
  return s.animationName !== 'none' || long(s.transitionDuration) || s.scrollBehavior === 'smooth';
}).map(el => `${el.tagName}.${el.className} moves`);
"#;
        let problems = problems_on_every_step(&h, moving).await;
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        h.quit().await;
    })
}
