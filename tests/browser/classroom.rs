//! The classroom: presenter and audience windows kept in step over `BroadcastChannel` (with
//! the latency measured), the clicker keys, the cover, the exit blanking both windows, the
//! printed handout (WebDriver's print and `pdftotext`) and the offline copy opened from
//! `file://` with the network off. Chromium runs all of it; Firefox and WebKit the windows
//! and the exit, and Firefox the handout (`on_engines!` at the end).

use std::process::Command;
use std::time::Duration;

use harness::{axe, dist, Engine, Harness, DEFAULT_EXIT};

use crate::engines::on_engines;
use serde_json::json;
use thirtyfour::common::print::PrintParameters;
use thirtyfour::prelude::*;
use thirtyfour::{TypingData, WindowHandle};

const TITLE: &str = "const t = W.querySelector('.le-step__title'); return t ? t.textContent : '';";

fn titles() -> Vec<String> {
    compiler::english().steps.iter().map(|s| s.title.clone()).collect()
}

/// The presenter's window on the standalone page, and the audience window it opened.
async fn presenting(engine: Engine) -> (Harness, WindowHandle, WindowHandle) {
    let h = Harness::start_on(engine).await;
    h.open("/?mode=present").await;
    h.wait_for("the speaker notes", "return W.querySelector('.le-present__notes')", vec![]).await;
    let presenter = h.driver.window().await.unwrap();
    h.by_role("button", "Open the audience window").await.click().await.unwrap();
    let audience = wait_for_other_window(&h, &presenter).await;
    h.driver.switch_to_window(audience.clone()).await.unwrap();
    // Not the first step the build rendered into the page: the audience's own.
    h.wait_for("the audience's step", "return !!W.querySelector('.le-present--audience .le-step__title')", vec![])
        .await;
    (h, presenter, audience)
}

async fn wait_for_other_window(h: &Harness, known: &WindowHandle) -> WindowHandle {
    for _ in 0..100 {
        if let Some(other) = h.driver.windows().await.unwrap().into_iter().find(|w| w != known) {
            return other;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no second window opened");
}

async fn title_in(h: &Harness, window: &WindowHandle) -> String {
    h.driver.switch_to_window(window.clone()).await.unwrap();
    h.js(TITLE, vec![]).await.as_str().unwrap_or_default().to_string()
}

async fn wait_for_title(h: &Harness, window: &WindowHandle, title: &str) {
    h.driver.switch_to_window(window.clone()).await.unwrap();
    let script = "const t = W.querySelector('.le-step__title'); return !!t && t.textContent === arguments[0];";
    h.wait_for(&format!("the title \"{title}\""), script, vec![title.into()]).await;
}

async fn press(h: &Harness, key: impl Into<TypingData>) {
    h.driver.action_chain().send_keys(key).perform().await.unwrap();
}

async fn the_audience_shows_every_step_in_turn_and_never_sees_the_notes(engine: Engine) {
    let (h, presenter, audience) = presenting(engine).await;
    let steps = titles();
    assert_eq!(title_in(&h, &audience).await, steps[0]);
    let hidden = h
        .js(
            "return [W.querySelector('.le-present__notes'), W.querySelector('.le-present__controls')].some(Boolean)",
            vec![],
        )
        .await;
    assert_eq!(hidden, json!(false), "the audience window shows no notes and no controls");
    let first_point = &compiler::english().steps[0].notes.points[0];
    let text = h.js("return W.textContent", vec![]).await;
    assert!(!text.as_str().unwrap().contains(first_point.as_str()));
    // The audience notes the moment each new title appears, on the clock both windows share.
    // From the title shown now: a change elsewhere in the window before the first Next
    // must not count as a new step.
    let watch = "window.seen = []; window.last = W.querySelector('.le-step__title').textContent; \
                 new MutationObserver(() => { const t = W.querySelector('.le-step__title'); \
                 if (t && t.textContent !== window.last) { window.last = t.textContent; \
                 window.seen.push([t.textContent, performance.timeOrigin + performance.now()]); } })\
                 .observe(W, { subtree: true, childList: true, characterData: true });";
    h.js(watch, vec![]).await;

    h.driver.switch_to_window(presenter.clone()).await.unwrap();
    assert!(h.js("return W.textContent", vec![]).await.as_str().unwrap().contains(first_point.as_str()));
    // Behaviour, not speed: the presenter presses Next once the projector shows the step (as a
    // presenter does), and the projector shows every step in turn. On a loaded machine a fixed
    // pace of presses outran WebKit's second window, whose watcher then missed two of the five
    // steps. The latency is printed for the record.
    let mut sent = Vec::new();
    for step in &steps[1..6] {
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        let press = "const next = all('button').find(b => b.textContent.trim() === 'Next'); \
                     const at = performance.timeOrigin + performance.now(); next.click(); return at;";
        sent.push(h.js(press, vec![]).await.as_f64().unwrap());
        wait_for_title(&h, &audience, step).await;
    }
    let seen = h.js("return window.seen", vec![]).await;
    let seen = seen.as_array().unwrap();
    assert_eq!(seen.len(), 5, "one change per Next: {seen:?}");
    let mut latencies = Vec::new();
    for (i, (change, at)) in seen.iter().zip(&sent).enumerate() {
        assert_eq!(change[0], json!(steps[i + 1]));
        latencies.push(change[1].as_f64().unwrap() - at);
    }
    println!("audience latency per step change (ms): {latencies:.1?}");
    h.quit().await;
}

#[test]
fn clicker_keys_cover_and_revealed_answers_reach_both_windows() {
    harness::run(async {
        let (h, presenter, audience) = presenting(Engine::Chromium).await;
        let steps = titles();
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.by_role("heading", "Speaker notes").await;
        press(&h, Key::PageDown).await;
        wait_for_title(&h, &audience, &steps[1]).await;
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        press(&h, Key::End).await;
        wait_for_title(&h, &audience, steps.last().unwrap()).await;
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        press(&h, Key::Home).await;
        wait_for_title(&h, &audience, &steps[0]).await;
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        press(&h, Key::Right).await;
        press(&h, Key::Right).await;
        press(&h, Key::Left).await;
        press(&h, Key::PageDown).await;
        wait_for_title(&h, &audience, &steps[2]).await;

        // Space on a focused button presses it once; it is not also a "next" key.
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        let next = h.by_role("button", "Next").await;
        h.js("arguments[0].focus()", vec![next.to_json().unwrap()]).await;
        press(&h, " ").await;
        wait_for_title(&h, &presenter, &steps[3]).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(title_in(&h, &presenter).await, steps[3]);
        wait_for_title(&h, &audience, &steps[3]).await;
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        press(&h, Key::PageUp).await;
        wait_for_title(&h, &audience, &steps[2]).await;

        // B covers the audience's screen with a plain panel, and uncovers it.
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.js("document.activeElement.blur()", vec![]).await;
        press(&h, "b").await;
        h.by_role("button", "Uncover the audience screen (B)").await;
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        h.wait_for("the cover", "return W.querySelector('.le-present__cover') && !W.querySelector('.le-step')", vec![])
            .await;
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the covered audience window");
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the presenter with the audience covered");
        press(&h, "B").await;
        wait_for_title(&h, &audience, &steps[2]).await;

        // The scenario's choices wait for the presenter; the picked answer shows on both screens.
        let story = "return all('.le-choices').length";
        assert_eq!(h.js(story, vec![]).await, json!(0), "no choices before the presenter shows them");
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.by_role("button", "Show the choices").await.click().await.unwrap();
        h.by_role("button", "Force").await.click().await.unwrap();
        h.wait_for("feedback for the presenter", "return W.querySelector('.le-feedback--right')", vec![]).await;
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the presenter with an answer shown");
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        h.wait_for("feedback for the room", "return W.querySelector('.le-feedback--right')", vec![]).await;
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the audience with an answer shown");
        h.quit().await;
    })
}

/// Off-line here, the default destination cannot load: Chromium and Firefox show an error page
/// at its address, WebKit stays on the page it was leaving. Either way the visitor sees the
/// cover ("Leaving this page.", in the title too) until the destination arrives, and the proxy
/// sees the browser set off for it.
async fn the_quick_exit_in_either_window_blanks_both(engine: Engine) {
    for from_audience in [true, false] {
        let (h, presenter, audience) = presenting(engine).await;
        let (used, other) = if from_audience { (&audience, &presenter) } else { (&presenter, &audience) };
        h.driver.switch_to_window(used.clone()).await.unwrap();
        // Firefox reports the error page a click led to as the click's error.
        let _ = h.by_role("link", "Quick exit").await.click().await;
        h.wait_for_default_exit().await;
        // Each window leaves, is covered on its way, or (the audience window the presenter
        // opened) is closed.
        for window in [used, other] {
            let mut shown = String::new();
            for _ in 0..100 {
                // (It may close between the two questions: the audience window closes itself.)
                if !h.driver.windows().await.unwrap().contains(window)
                    || h.driver.switch_to_window(window.clone()).await.is_err()
                {
                    shown = "closed".into();
                    break;
                }
                let url = h.driver.current_url().await.map(|u| u.to_string()).unwrap_or_default();
                shown = if url.starts_with(DEFAULT_EXIT) {
                    "left".into()
                } else {
                    h.driver.title().await.unwrap_or_default()
                };
                if shown == "left" || shown == "Leaving this page." {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            assert!(
                ["closed", "left", "Leaving this page."].contains(&shown.as_str()),
                "a window still shows \"{shown}\" (exit used in the {})",
                if from_audience { "audience" } else { "presenter" }
            );
        }
        h.quit().await;
    }
}

/// Issue 23: visitors are not offered the classroom controls; on the widget's own page, "For
/// educators" shows them.
#[test]
fn the_present_control_presents_in_place_and_hands_back_at_the_step_reached() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/").await;
        let steps = titles();
        h.go_to_step(&steps[2]).await;
        assert!(!h.has_role("button", "Present").await, "no classroom controls until asked for");
        // Issue 19: the classroom is its own wasm, which a visitor never downloads.
        let fetched = "return performance.getEntriesByType('resource').map(e => e.name.split('/').pop())\
                       .filter(name => /^(classroom|law-explainer)-.*(\\.js|\\.wasm)$/.test(name)).sort()";
        let visitor = h.js(fetched, vec![]).await;
        let names: Vec<&str> = visitor.as_array().unwrap().iter().filter_map(|n| n.as_str()).collect();
        assert!(names.len() == 2 && names.iter().all(|n| n.starts_with("law-explainer-")), "{visitor}");
        h.by_role("button", "For educators").await.click().await.unwrap();
        h.wait_for(
            "the classroom's controls",
            "return W.querySelector('.le-tools button')?.textContent === 'Present'",
            vec![],
        )
        .await;
        // The classroom's wasm takes over at the step reached, focus on its first control.
        let classroom = h.js(fetched, vec![]).await;
        assert_eq!(
            classroom.as_array().unwrap().iter().filter(|n| n.as_str().unwrap().starts_with("classroom-")).count(),
            2,
            "{classroom}"
        );
        assert_eq!(h.js(TITLE, vec![]).await, json!(steps[2]));
        assert_eq!(h.js("return W.activeElement?.textContent", vec![]).await, json!("Present"));
        let present = h.by_role("button", "Present").await;
        h.js("arguments[0].scrollIntoView({ block: 'center' })", vec![present.to_json().unwrap()]).await;
        present.click().await.unwrap();
        h.by_role("heading", "Speaker notes").await;
        assert_eq!(h.js(TITLE, vec![]).await, json!(steps[2]));
        let timer = h.js("return W.querySelector('.le-present__timer').textContent", vec![]).await;
        assert!(timer.as_str().unwrap().contains("of about 3 min"), "{timer}");
        let next = format!("Next: {}", steps[3]);
        assert_eq!(h.js("return W.querySelector('.le-present__next').textContent", vec![]).await, json!(next));
        h.by_role("button", "Next").await.click().await.unwrap();
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the presenter's view");
        h.by_role("button", "Leave presenter mode").await.click().await.unwrap();
        h.wait_for("the walkthrough", "return W.querySelector('.le-shell')", vec![]).await;
        assert_eq!(h.js(TITLE, vec![]).await, json!(steps[3]));
        h.quit().await;
    })
}

/// Issue 23: the audience window fits a projector: on a long step it follows the presenter
/// down, and at 1280×720 the help step shows every number without scrolling.
#[test]
fn the_audience_window_follows_the_presenter_down_a_long_step_and_fits_the_help_numbers() {
    harness::run(async {
        let (h, presenter, audience) = presenting(Engine::Chromium).await;
        h.driver.set_window_rect(0, 0, 1280, 720).await.unwrap();
        let steps = titles();
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        for _ in 0..2 {
            press(&h, Key::Right).await;
        }
        wait_for_title(&h, &audience, &steps[2]).await;
        let second = "return W.querySelectorAll('.le-question')[1].getBoundingClientRect().top";
        assert!(h.js(second, vec![]).await.as_f64().unwrap() > 720.0, "the second scenario starts below the fold");
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.js("W.querySelectorAll('.le-question')[1].scrollIntoView({ block: 'start' })", vec![]).await;
        h.driver.switch_to_window(audience.clone()).await.unwrap();
        let followed = "const top = W.querySelectorAll('.le-question')[1].getBoundingClientRect().top;\
                        return top > 0 && top < innerHeight / 2";
        h.wait_for("the audience to follow the presenter down", followed, vec![]).await;

        let help = steps.iter().position(|t| t == "Get help").unwrap();
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        for _ in 2..help {
            press(&h, Key::Right).await;
        }
        wait_for_title(&h, &audience, &steps[help]).await;
        assert_eq!(h.js("return innerHeight", vec![]).await.as_f64().map(|v| v <= 720.0), Some(true));
        let hidden = "return all('a[href^=\"tel:\"]').filter(a => a.getBoundingClientRect().bottom > innerHeight)\
                      .map(a => a.textContent)";
        assert_eq!(h.js(hidden, vec![]).await, json!([]), "every number on the projector's screen");
        h.quit().await;
    })
}

/// Prints `path` as the browser prints it (WebDriver's print) once the walkthrough has mounted,
/// and returns the PDF's text (one string per page). (Chromium's own `--print-to-pdf` could print
/// before the wasm had mounted, as the page already shows its first step.) Chromium's WebDriver
/// print fires `beforeprint` as its print dialog does; Firefox's does not, though its print
/// dialog and Ctrl+P do, so there the test fires it first, as the dialog would.
async fn printed_pages(h: &Harness, path: &str) -> Vec<String> {
    h.open(path).await;
    if h.engine != Engine::Chromium {
        h.js("dispatchEvent(new Event('beforeprint'))", vec![]).await;
        h.wait_for("the handout", "return !!W.querySelector('.le-handout')", vec![]).await;
    }
    pdf_pages(h).await
}

/// The page as WebDriver prints it, as text, page by page.
async fn pdf_pages(h: &Harness) -> Vec<String> {
    let pdf_bytes = h.driver.print_page(PrintParameters::default()).await.expect("the page prints");
    // A file per call: tests run side by side in this one process.
    static PRINTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = PRINTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let pdf = std::env::temp_dir().join(format!("le-handout-{}-{n}.pdf", std::process::id()));
    std::fs::write(&pdf, pdf_bytes).expect("the PDF is written");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext runs (poppler-utils)");
    assert!(text.status.success(), "pdftotext failed");
    // Firefox's PDF keeps the font's ligatures ("traﬃcking"), which pdftotext copies as such.
    let ligatures = [("ﬀ", "ff"), ("ﬁ", "fi"), ("ﬂ", "fl"), ("ﬃ", "ffi"), ("ﬄ", "ffl")];
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    let text = ligatures.iter().fold(text, |text, (ligature, letters)| text.replace(ligature, letters));
    // pdftotext ends each page with a form feed.
    text.split('\u{c}').filter(|page| !page.trim().is_empty()).map(String::from).collect()
}

/// Text as one line with single spaces: pdftotext breaks lines where the page did.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The teacher's handout, which the browser's own print gives: every step but the first (about
/// the screen), each question without its answer, the glossary, then every answer, and page
/// numbers (Chromium; Firefox has no `@page` margin boxes).
async fn the_printed_handout_has_every_step_answer_and_phone_number_and_no_controls(engine: Engine) {
    let h = Harness::start_on(engine).await;
    let pages = printed_pages(&h, "/?classroom=on").await;
    let text = pages.join("\n");
    let flat = flat(&text);
    let content = compiler::english();
    let ui = &content.ui;
    let glossary_end = flat.find(&content.glossary.last().unwrap().definition[..40]).expect("the glossary");
    for (i, step) in content.steps.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, step.title);
        assert_eq!(flat.contains(&heading), step.handout, "the handout and \"{heading}\":\n{text}");
        for question in &step.questions {
            let right = question.choices.iter().find(|c| c.correct).unwrap();
            let words: String = right.feedback.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            let at = flat
                .rfind(&words)
                .unwrap_or_else(|| panic!("the handout lacks the answer to {}: \"{words}\"", question.id));
            assert!(at > glossary_end, "the answer to {} comes at the end, after the glossary", question.id);
            assert!(flat.contains(&question.story[..30]), "the handout asks {}", question.id);
        }
    }
    for number in content.resources.iter().flat_map(|r| [&r.phone, &r.text]).flatten() {
        assert!(flat.contains(number.as_str()), "the handout lacks {number}");
    }
    for term in &content.glossary {
        assert!(flat.contains(&term.term), "the handout's glossary lacks {}", term.term);
    }
    // Issue 22: the myth-or-fact statements, each with its answer and why.
    for statement in &content.check {
        let verdict = if statement.fact { &ui.check_is_fact } else { &ui.check_is_myth };
        // Opening words only: a page break may fall inside a long explanation.
        let opening = |text: &str| text.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
        let printed = format!("{} {verdict} {}", opening(&statement.text), opening(&statement.explain));
        let (text_at, verdict_at) =
            (flat.find(&opening(&statement.text)), flat.find(&format!("{verdict} {}", opening(&statement.explain))));
        assert!(
            matches!((text_at, verdict_at), (Some(a), Some(b)) if a < b),
            "the handout lacks \"{printed}\":\n{text}"
        );
    }
    // Nothing about the screen: not its controls, nor how to leave it.
    for words in [ui.contents.as_str(), &ui.print, &ui.show_choices, "Skip to the walkthrough", "Quick exit", "Shift"] {
        assert!(!flat.contains(words), "the handout shows \"{words}\"");
    }
    if engine == Engine::Chromium {
        let count = pages.len();
        for (n, page) in pages.iter().enumerate() {
            assert!(page.contains(&format!("{} / {count}", n + 1)), "page {} is numbered:\n{page}", n + 1);
        }
    }
    h.quit().await;
}

/// Issue 19: a visitor's page has no handout (the classroom's wasm makes them): printing it
/// gives the step being read, with its words and the notice, and none of the controls.
#[test]
fn a_visitor_prints_the_step_being_read() {
    harness::run(async {
        let h = Harness::start().await;
        let content = compiler::english();
        let ui = &content.ui;
        h.open("/").await;
        let step = &content.steps[2];
        h.go_to_step(&step.title).await;
        let flat = flat(&pdf_pages(&h).await.join("\n"));
        let opening =
            h.js("return W.querySelector('.le-step p').textContent.split(' ').slice(0, 8).join(' ')", vec![]).await;
        for words in [step.title.as_str(), opening.as_str().unwrap(), &ui.not_legal_advice] {
            assert!(flat.contains(words), "the printed step lacks \"{words}\": {flat}");
        }
        for words in [ui.contents.as_str(), "Quick exit", "Shift"] {
            assert!(!flat.contains(words), "the printed step shows \"{words}\": {flat}");
        }
        // Nor the list of steps: no other step's title that the step itself does not say.
        let own = h.js("return W.querySelector('.le-step').textContent", vec![]).await;
        let others: Vec<&str> =
            content.steps.iter().map(|s| s.title.as_str()).filter(|t| !own.as_str().unwrap().contains(t)).collect();
        assert!(others.len() > 5, "{others:?}");
        for title in others {
            assert!(!flat.contains(title), "the printed step lists \"{title}\": {flat}");
        }
        h.quit().await;
    })
}

/// Issue 23: the student sheet: one sheet of paper (two sides at most) with the definitions, the
/// law in plain words and the help numbers; no answers and nothing about the screen.
#[test]
fn the_student_sheet_fits_one_sheet_with_the_definitions_the_law_and_the_help_numbers() {
    harness::run(async {
        let h = Harness::start().await;
        let content = compiler::english();
        let ui = &content.ui;
        h.open("/?classroom=on").await;
        // The button opens the print dialog, which a driven browser cannot close; WebDriver's
        // print (which fires `beforeprint` as the dialog does) prints what the button chose.
        h.js("window.print = () => {}", vec![]).await;
        h.by_role("button", &ui.print_sheet).await.click().await.unwrap();
        let pages = pdf_pages(&h).await;
        assert!(pages.len() <= 2, "{} pages", pages.len());
        let flat = flat(&pages.join("\n"));
        for step in content.steps.iter().filter(|s| !s.sheet.is_empty()) {
            assert!(flat.contains(&step.title), "the sheet has \"{}\"", step.title);
        }
        assert!(flat.contains("Force means hurting a person's body"), "the definitions: {flat}");
        for number in content.resources.iter().flat_map(|r| [&r.phone, &r.text]).flatten() {
            assert!(flat.contains(number.as_str()), "the sheet lacks {number}");
        }
        let answer = ui.answer.split('{').next().unwrap();
        for words in [answer, "Quick exit", "Shift", &ui.print_sheet] {
            assert!(!flat.contains(words), "the sheet shows \"{words}\"");
        }
        for question in content.steps.iter().flat_map(|s| &s.questions) {
            assert!(!flat.contains(&question.story[..30]), "the sheet asks no questions ({})", question.id);
        }
        h.quit().await;
    })
}

#[test]
fn the_offline_copy_runs_from_a_file_with_the_network_off() {
    harness::run(async {
        let file = dist().join("law-explainer-offline.html");
        assert!(file.exists(), "cargo xtask build writes {}", file.display());
        let h = Harness::start().await;
        let offline = json!({ "offline": true, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0 });
        h.driver.cdp().send_raw("Network.enable", json!({})).await.expect("network domain");
        h.driver.cdp().send_raw("Network.emulateNetworkConditions", offline).await.expect("network off");
        h.driver.goto(format!("file://{}", file.display())).await.unwrap();
        let steps = titles();
        h.by_role("heading", &steps[0]).await;
        for step in &steps[1..3] {
            h.by_role("button", "Next").await.click().await.unwrap();
            h.by_role("heading", step).await;
        }
        // It carries the classroom's wasm (its only wasm): the controls are there offline too.
        h.by_role("button", "For educators").await.click().await.unwrap();
        h.by_role("button", "Present").await;
        let network = h.page_requests().await.into_iter().filter(|u| u.starts_with("http")).collect::<Vec<_>>();
        assert_eq!(network, Vec::<String>::new(), "the offline copy asked the network");
        assert_eq!(h.console_errors().await, Vec::<String>::new());
        h.quit().await;
    })
}

/// Issue 24: any page of the widget's origin can open the presenter's channel. Messages
/// without the presentation's secret (the audience window has it in its address's fragment,
/// the presenter made it) are ignored: another page can neither move nor blank the windows.
#[test]
fn another_page_of_the_origin_cannot_drive_or_blank_the_presentation() {
    harness::run(async {
        let (h, presenter, audience) = presenting(Engine::Chromium).await;
        let fragment = h.js("return location.hash.length", vec![]).await;
        assert_eq!(fragment, 33, "the audience's address carries a 128-bit secret");
        let first = titles()[0].clone();
        let intruder = h.driver.new_tab().await.unwrap();
        h.driver.switch_to_window(intruder).await.unwrap();
        h.open_as_served("/fixtures/start.html").await;
        let forge = "const c = new BroadcastChannel('law-explainer-present');\
                     for (const m of ['state|5|1||', 'exit', 'guess|state|5|1||', 'guess|exit', '|exit']) c.postMessage(m);";
        h.js(forge, vec![]).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        for window in [&presenter, &audience] {
            assert_eq!(title_in(&h, window).await, first, "the forged state moved no window");
            let blanked = "return !!all('.le-exit-overlay').length || location.pathname !== '/'";
            assert_eq!(h.js(blanked, vec![]).await, false, "the forged exit blanked no window");
        }
        // The presenter still drives the audience.
        h.driver.switch_to_window(presenter.clone()).await.unwrap();
        h.by_role("button", "Next").await.click().await.unwrap();
        wait_for_title(&h, &audience, &titles()[1]).await;
        h.quit().await;
    })
}

/// Issue 24: Present on a partner's page from another origin opens the widget's own page in a
/// new tab, whose address (kept in history) does not say which step the visitor was on; and
/// the quick exit in the partner's tab closes that tab too.
async fn a_presenter_tab_opened_from_a_partners_page_closes_with_its_exit_and_records_no_step(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/cross-origin.html").await;
    let partner = h.driver.window().await.unwrap();
    h.go_to_step(&titles()[3]).await;
    h.by_role("button", "Present").await.click().await.unwrap();
    let presenter = wait_for_other_window(&h, &partner).await;
    h.driver.switch_to_window(presenter.clone()).await.unwrap();
    h.wait_for("the presenter's page", "return document.readyState === 'complete' && location.search", vec![]).await;
    let address = h.js("return location.search", vec![]).await;
    assert!(address.as_str().unwrap().contains("mode=present"), "{address}");
    assert!(!address.as_str().unwrap().contains("start="), "the address records no step: {address}");
    h.driver.switch_to_window(partner.clone()).await.unwrap();
    h.by_role("link", "Quick exit").await.click().await.unwrap();
    for _ in 0..100 {
        if h.driver.windows().await.unwrap() == vec![partner.clone()] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(h.driver.windows().await.unwrap(), vec![partner], "the presenter tab closed with the exit");
    h.quit().await;
}

/// Issue 24: the quick exit pressed in a presenter tab opened from a partner's page, even
/// before its walkthrough has loaded, makes the partner's tab leave too, through the partner's
/// exit address, and the presenter tab closes.
async fn the_exit_in_a_presenter_tab_makes_the_partners_tab_leave_for_its_exit_address(engine: Engine) {
    let h = Harness::start_on(engine).await;
    h.open("/fixtures/cross-origin.html").await;
    let partner = h.driver.window().await.unwrap();
    h.by_role("button", "Present").await.click().await.unwrap();
    // The exit is pressed in the new tab before its walkthrough has loaded: it still reaches.
    h.server.slow_wasm();
    let presenter = wait_for_other_window(&h, &partner).await;
    h.driver.switch_to_window(presenter).await.unwrap();
    h.wait_for("the presenter's page", "return document.readyState === 'complete' && location.search", vec![]).await;
    // (WebKit serves the wasm from its memory cache, which the partner's tab filled.)
    if engine != Engine::WebKit {
        assert_eq!(h.js("return !W.querySelector('.le-present')", vec![]).await, true, "not loaded yet");
    }
    // Firefox reports the error page the presenter tab lands on (off-line here) as the click's error.
    let _ = h.by_role("link", "Quick exit").await.click().await;
    h.driver.switch_to_window(partner.clone()).await.unwrap();
    h.wait_for_path("/fixtures/exit.html").await;
    for _ in 0..100 {
        if h.driver.windows().await.unwrap() == vec![partner.clone()] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(h.driver.windows().await.unwrap(), vec![partner], "the presenter tab closed");
    h.quit().await;
}

/// Issue 24: `mode="present"` on a partner's page of another origin is refused with a warning
/// (an audience window there could never hear it); the walkthrough shows, and its Present
/// button opens the widget's own page.
#[test]
fn presenting_on_a_partners_page_of_another_origin_falls_back_to_the_walkthrough() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/cross-origin.html").await;
        h.by_role("heading", &titles()[0]).await;
        let present = "const el = document.querySelector('law-explainer').cloneNode();\
                       el.setAttribute('mode', 'present'); document.querySelector('law-explainer').replaceWith(el)";
        h.js(present, vec![]).await;
        let warned = "return leWarnings.filter(w => w.includes('mode=\\\"present\\\" works only'))";
        h.wait_for("the warning", &format!("{warned}.length === 1"), vec![]).await;
        h.by_role("heading", &titles()[0]).await;
        h.by_role("button", "Present").await;
        assert!(!h.has_role("button", "Open the audience window").await, "no presenter in place");
        h.quit().await;
    })
}

on_engines! {
    the_audience_shows_every_step_in_turn_and_never_sees_the_notes: Chromium, Firefox, WebKit;
    the_quick_exit_in_either_window_blanks_both: Chromium, Firefox, WebKit;
    // WebKitWebDriver 2.50 has no print command ("Unknown command: /session/…/print").
    the_printed_handout_has_every_step_answer_and_phone_number_and_no_controls: Chromium, Firefox;
    a_presenter_tab_opened_from_a_partners_page_closes_with_its_exit_and_records_no_step: Chromium, Firefox, WebKit;
    the_exit_in_a_presenter_tab_makes_the_partners_tab_leave_for_its_exit_address: Chromium, Firefox, WebKit;
}
