//! Safety in headless Chromium: the quick exit in every situation, and a visit that leaves no
//! trace. Grouped by situation, as GOV.UK Frontend's exit-this-page tests are.

use std::time::Duration;

use harness::{Harness, DEFAULT_EXIT, LEFT_SHIFT, RIGHT_SHIFT, STORED};

fn first_title() -> String {
    compiler::english().steps[0].title.clone()
}

async fn standalone() -> Harness {
    let h = Harness::start().await;
    h.open("/").await;
    h.by_role("heading", &first_title()).await;
    h
}

/// Waits long enough for an exit to have started, then says whether one did.
async fn exited_after_a_while(h: &Harness) -> bool {
    tokio::time::sleep(Duration::from_millis(800)).await;
    h.left_for_default_exit()
}

mod the_shift_shortcut {
    use super::*;

    #[test]
    fn exits_after_three_presses_with_left_and_right_shift_mixed() {
        harness::run(async {
            let h = standalone().await;
            h.press_shift(LEFT_SHIFT).await;
            h.press_shift(RIGHT_SHIFT).await;
            assert!(!h.left_for_default_exit(), "two presses are not enough");
            h.press_shift(LEFT_SHIFT).await;
            h.wait_for_default_exit().await;
            h.quit().await;
        })
    }

    #[test]
    fn announces_how_many_presses_remain() {
        harness::run(async {
            let h = standalone().await;
            h.press_shift(LEFT_SHIFT).await;
            assert!(h.status_text().await.contains("Press it 2 more times"), "{}", h.status_text().await);
            h.press_shift(RIGHT_SHIFT).await;
            assert!(h.status_text().await.contains("Press it once more"), "{}", h.status_text().await);
            h.quit().await;
        })
    }

    #[test]
    fn does_not_count_shift_used_with_another_key() {
        harness::run(async {
            let h = standalone().await;
            h.press_shift(LEFT_SHIFT).await;
            h.press_shift(LEFT_SHIFT).await;
            h.driver.action_chain().key_down(LEFT_SHIFT).send_keys("a").key_up(LEFT_SHIFT).perform().await.unwrap();
            assert!(!exited_after_a_while(&h).await, "Shift+A must not count as the third press");
            h.press_shift(LEFT_SHIFT).await;
            assert!(!exited_after_a_while(&h).await, "another key starts the count again");
            h.quit().await;
        })
    }

    #[test]
    fn a_five_second_pause_resets_the_count_and_says_so() {
        harness::run(async {
            let h = standalone().await;
            h.press_shift(LEFT_SHIFT).await;
            h.press_shift(LEFT_SHIFT).await;
            tokio::time::sleep(Duration::from_millis(5300)).await;
            assert!(h.status_text().await.contains("Quick exit cancelled"), "{}", h.status_text().await);
            h.press_shift(LEFT_SHIFT).await;
            assert!(!exited_after_a_while(&h).await, "the count started again after the pause");
            h.quit().await;
        })
    }

    #[test]
    fn typing_a_sentence_with_capitals_into_a_text_field_never_exits() {
        harness::run(async {
            let h = standalone().await;
            // A partner's form next to the widget.
            let field = h
                .driver
                .execute(
                    "const t = document.createElement('textarea'); t.setAttribute('aria-label', 'Message'); \
                 document.body.prepend(t); return t;",
                    vec![],
                )
                .await
                .unwrap()
                .element()
                .unwrap();
            field.click().await.unwrap();
            let sentence = "Hi Ann. I Met Sam And Tom In ME On Friday. OK? SEE YOU SOON, BYE!";
            let mut chain = h.driver.action_chain();
            for c in sentence.chars() {
                chain = if c.is_uppercase() {
                    chain.key_down(LEFT_SHIFT).send_keys(c.to_string()).key_up(LEFT_SHIFT)
                } else {
                    chain.send_keys(c.to_string())
                };
            }
            chain.perform().await.unwrap();
            assert_eq!(field.prop("value").await.unwrap().as_deref(), Some(sentence));
            assert!(!exited_after_a_while(&h).await, "typing must never exit");
            h.quit().await;
        })
    }
}

mod the_exit_link {
    use super::*;

    /// Reports, in the first animation frame after a click, what the page shows, and a moment
    /// later whether the walkthrough is hidden, by beacons to the test server: the page is gone
    /// by the time the test could look at it.
    const REPORT_NEXT_FRAME: &str = r#"
document.addEventListener('click', () => requestAnimationFrame(() => {
  const overlay = all('[role=alert]')[0];
  navigator.sendBeacon('/fixtures/beacon?overlay=' + encodeURIComponent(overlay ? overlay.textContent : ''));
  // The walkthrough and the title go once that frame has been painted (embed.js, exit).
  setTimeout(() => {
    const hidden = W.querySelector('.le-app').closest('[hidden]') !== null;
    navigator.sendBeacon('/fixtures/beacon?hidden=' + hidden + '&title=' + encodeURIComponent(document.title));
  }, 100);
}), true);
"#;

    #[test]
    fn covers_the_widget_with_an_overlay_before_the_next_page_arrives() {
        harness::run(async {
            let h = Harness::start().await;
            let slow_exit = h.url("/fixtures/slow/exit.html");
            h.open(&format!("/fixtures/framed.html?exit={slow_exit}")).await;
            h.enter_widget_frame().await;
            h.by_role("heading", &first_title()).await;
            h.js(REPORT_NEXT_FRAME, vec![]).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            h.driver.enter_default_frame().await.unwrap();
            h.wait_for("the exit page", "return location.pathname === '/fixtures/slow/exit.html'", vec![]).await;
            let beacons: Vec<String> = h
                .server
                .requests()
                .into_iter()
                .map(|r| r.path)
                .filter(|path| path.starts_with("/fixtures/beacon"))
                .collect();
            assert_eq!(
                beacons,
                [
                    "/fixtures/beacon?overlay=Leaving%20this%20page.",
                    "/fixtures/beacon?hidden=true&title=Leaving%20this%20page."
                ],
                "in the frame after the click, an overlay says it is leaving; then the walkthrough is hidden and the title says it is leaving too"
            );
            h.quit().await;
        })
    }

    /// A destination that takes longer to answer than the loader waits before calling a leave
    /// refused: while the browser is on its way, the cover still says it is leaving.
    #[test]
    fn a_slow_destination_is_not_called_refused() {
        harness::run(async {
            let h = Harness::start().await;
            let slower_exit = h.url("/fixtures/slower/exit.html");
            h.open(&format!("/fixtures/framed.html?exit={slower_exit}")).await;
            h.enter_widget_frame().await;
            h.by_role("heading", &first_title()).await;
            let report = "document.addEventListener('click', () => setTimeout(() => navigator.sendBeacon(\
                '/fixtures/beacon?overlay=' + encodeURIComponent(all('[role=alert]')[0].textContent)), 2200), true)";
            h.js(report, vec![]).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            h.driver.enter_default_frame().await.unwrap();
            h.wait_for("the exit page", "return location.pathname === '/fixtures/slower/exit.html'", vec![]).await;
            let beacon = h.server.requests().into_iter().find(|r| r.path.starts_with("/fixtures/beacon"));
            assert_eq!(
                beacon.map(|r| r.path),
                Some("/fixtures/beacon?overlay=Leaving%20this%20page.".to_string()),
                "2.2 s after the click, with the destination still on its way"
            );
            h.quit().await;
        })
    }

    #[test]
    fn works_with_javascript_disabled() {
        harness::run(async {
            let h = Harness::start_with(&["--blink-settings=scriptEnabled=false"]).await;
            h.open_as_served("/").await;
            // The first step rendered into the page shows, with the page's own word on why it stays still.
            h.by_role("heading", &first_title()).await;
            let fallback = "return document.querySelector('law-explainer p').checkVisibility()";
            assert_eq!(h.js(fallback, vec![]).await, true, "the element's fallback text shows");
            let exit = h.by_role("link", "Quick exit").await;
            exit.click().await.unwrap();
            h.wait_for_default_exit().await;
            h.quit().await;
        })
    }

    #[test]
    fn works_when_the_webassembly_fails_to_load() {
        harness::run(async {
            let h = Harness::start().await;
            h.server.block_wasm();
            h.open("/").await;
            let failed = "The walkthrough could not load. Try reloading the page. The Quick exit button still works.";
            h.wait_for("the failure message", "return W.querySelector('.le-widget').innerText", vec![]).await;
            h.by_role("status", failed).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            h.wait_for_default_exit().await;
            let wasm: Vec<_> = h.server.requests().into_iter().filter(|r| r.path.ends_with(".wasm")).collect();
            assert!(!wasm.is_empty(), "the page did try to load the wasm");
            h.quit().await;
        })
    }

    #[test]
    fn falls_back_to_the_default_for_unsafe_or_broken_destinations() {
        harness::run(async {
            let h = Harness::start().await;
            for planted in ["javascript:alert(1)", "data:text/html,<h1>hi</h1>", "not a url", "ftp://example.org/"] {
                let encoded: String = url_encode(planted);
                h.open(&format!("/fixtures/framed.html?exit={encoded}")).await;
                h.enter_widget_frame().await;
                let exit = h.by_role("link", "Quick exit").await;
                assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some(DEFAULT_EXIT), "for {planted}");
                h.driver.enter_default_frame().await.unwrap();
            }
            h.quit().await;
        })
    }

    #[test]
    fn ignores_a_destination_in_the_standalone_pages_own_url() {
        harness::run(async {
            let h = Harness::start().await;
            h.open(&format!("/?exit-url={}", url_encode(&h.url("/fixtures/exit.html")))).await;
            h.by_role("heading", &first_title()).await;
            let exit = h.by_role("link", "Quick exit").await;
            assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some(DEFAULT_EXIT));
            h.quit().await;
        })
    }
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

mod no_trace {
    use super::*;

    #[test]
    fn a_full_walkthrough_stores_nothing_and_asks_no_other_origin() {
        harness::run(async {
            let h = Harness::start().await;
            h.open("/").await;
            let steps = compiler::english().steps;
            h.by_role("heading", &steps[0].title).await;
            let before = h.driver.execute_async(STORED, vec![]).await.unwrap().json().clone();
            for step in &steps[1..] {
                h.by_role("button", "Next").await.click().await.unwrap();
                h.by_role("heading", &step.title).await;
                // Open every glossary term and give every answer to every scenario on the way.
                h.js(
                    "W.querySelectorAll('button[aria-expanded=false], button[aria-pressed]').forEach(b => b.click())",
                    vec![],
                )
                .await;
                if step.id == "explorer" {
                    h.by_role("button", "Yes").await.click().await.unwrap();
                    h.by_role("button", "Yes").await.click().await.unwrap();
                }
            }
            let after = h.driver.execute_async(STORED, vec![]).await.unwrap().json().clone();
            let expected = serde_json::json!({
                "cookies": "", "local": 0, "session": 0, "databases": 0, "caches": 0, "workers": 0,
                "history": before["history"], "url": h.url("/"),
            });
            assert_eq!(after, expected);
            assert!(!h.has_role("button", "Next").await, "the walk reached the last step");
            let requests = h.page_requests().await;
            assert!(
                requests.iter().any(|url| url.ends_with(".wasm")),
                "the page's log saw the wasm load: {requests:?}"
            );
            assert_eq!(h.foreign_requests().await, Vec::<String>::new(), "requests to other origins");
            h.quit().await;
        })
    }
}

mod in_a_partners_frame {
    use super::*;

    #[test]
    fn a_sandbox_that_refuses_top_navigation_still_blanks_the_widget_and_says_so() {
        harness::run(async {
            let h = Harness::start().await;
            h.open("/fixtures/sandboxed.html").await;
            h.enter_widget_frame().await;
            h.by_role("heading", &first_title()).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            h.by_role("alert", "This page is hidden. To leave, close this tab or window.").await;
            let hidden = h.js("return W.querySelector('.le-app').closest('[hidden]') !== null", vec![]).await;
            assert_eq!(hidden, serde_json::Value::Bool(true), "the walkthrough is hidden");
            h.driver.enter_default_frame().await.unwrap();
            assert_eq!(h.js("return location.pathname", vec![]).await, "/fixtures/sandboxed.html");
            h.quit().await;
        })
    }
}

mod coming_back {
    use super::*;

    /// Chromium keeps `no-store` pages, and pages under WebDriver, out of its back-forward
    /// cache, so the test sends the event the browser sends when it restores one.
    const RESTORED_FROM_CACHE: &str = "window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))";

    #[test]
    fn a_page_restored_from_the_back_forward_cache_shows_a_neutral_first_step() {
        harness::run(async {
            let content = compiler::english();
            let h = Harness::start().await;
            h.open("/fixtures/sandboxed.html").await;
            h.enter_widget_frame().await;
            h.by_role("heading", &first_title()).await;
            h.go_to_step(&content.steps[3].title).await;
            let title = h.js("return document.title", vec![]).await;
            h.by_role("link", "Quick exit").await.click().await.unwrap();
            h.by_role("alert", "This page is hidden. To leave, close this tab or window.").await;
            // The title goes with the content, once the cover has been painted.
            h.wait_for("the title to go with the content", "return document.title === 'Leaving this page.'", vec![])
                .await;

            h.js(RESTORED_FROM_CACHE, vec![]).await;
            assert_eq!(h.js("return document.title", vec![]).await, title, "and comes back with the page");
            h.by_role("heading", &first_title()).await;
            assert!(!h.has_role("heading", &content.steps[3].title).await, "not the step the visitor was on");
            assert!(!h.has_role("alert", "This page is hidden. To leave, close this tab or window.").await);
            h.by_role("link", "Quick exit").await;
            h.quit().await;
        })
    }
}

mod the_exit_control {
    use super::*;

    #[test]
    fn is_at_least_44_pixels_square_and_stays_in_view_when_the_page_scrolls() {
        harness::run(async {
            let content = compiler::english();
            let h = standalone().await;
            h.go_to_step(&content.steps.iter().find(|s| s.id == "sources").unwrap().title).await;
            h.js("window.scrollTo(0, document.body.scrollHeight)", vec![]).await;
            let scrolled = h.js("return window.scrollY", vec![]).await.as_f64().unwrap();
            assert!(scrolled > 200.0, "the step is long enough to scroll ({scrolled})");
            let exit = h.by_role("link", "Quick exit").await;
            let rect = exit.rect().await.unwrap();
            assert!(rect.width >= 44.0 && rect.height >= 44.0, "{rect:?}");
            let top = h.js("return arguments[0].getBoundingClientRect().top", vec![exit.to_json().unwrap()]).await;
            let top = top.as_f64().unwrap();
            assert!((0.0..100.0).contains(&top), "the exit stays at the top of the viewport: {top}");
            h.quit().await;
        })
    }
}

mod the_request_log {
    use super::*;

    #[test]
    fn does_see_a_planted_request_to_another_origin() {
        harness::run(async {
            let h = standalone().await;
            let before = h.page_requests().await.len();
            h.js("fetch('https://tracker.example/pixel').catch(() => {})", vec![]).await;
            h.wait_for("the planted request", "return new Promise(r => setTimeout(() => r(true), 300))", vec![]).await;
            assert!(h.page_requests().await.len() > before, "the log keeps what it read before");
            assert_eq!(h.foreign_requests().await, vec!["https://tracker.example/pixel".to_string()]);
            h.quit().await;
        })
    }
}
