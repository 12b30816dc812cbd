//! The widget shell in headless Chromium, against the built `dist/` on loopback.

use harness::{axe, Harness};

fn step_title(n: usize) -> String {
    compiler::english().steps[n].title.clone()
}

fn step_count() -> usize {
    compiler::english().steps.len()
}

#[test]
fn the_first_step_renders_with_its_heading_and_the_quick_exit() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/").await;
        h.by_role("heading", &step_title(0)).await;
        let caption = h.js("return W.querySelector('.le-caption__title').textContent", vec![]).await;
        assert_eq!(caption, compiler::english().ui.title, "the widget's name, as a caption over the step's heading");
        let exit = h.by_role("link", "Quick exit").await;
        assert_eq!(exit.attr("rel").await.unwrap().as_deref(), Some("nofollow noreferrer"));
        assert_eq!(exit.attr("href").await.unwrap().as_deref(), Some("https://www.weather.gov/"));
        let progress = h.js("return W.querySelector('.le-caption__progress').textContent", vec![]).await;
        assert_eq!(progress, format!("Step 1 of {}", step_count()));
        assert!(!h.has_role("button", "Back").await, "there is no Back on the first step");
        h.quit().await;
    })
}

#[test]
fn next_moves_to_step_two_focuses_its_heading_and_announces_it_and_back_returns() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/").await;
        let history = h.js("return history.length", vec![]).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", &step_title(1)).await;
        assert_eq!(h.focused().await, (step_title(1), "heading".to_string()));
        let announced = format!("Step 2 of {}: {}", step_count(), step_title(1));
        assert!(h.status_text().await.contains(&announced), "live region says: {}", h.status_text().await);

        h.by_role("button", "Back").await.click().await.unwrap();
        h.by_role("heading", &step_title(0)).await;
        assert_eq!(h.focused().await, (step_title(0), "heading".to_string()));
        assert_eq!(h.js("return history.length", vec![]).await, history, "stepping never adds history entries");
        assert_eq!(h.driver.current_url().await.unwrap().as_str(), h.url("/"), "the URL never changes");
        h.quit().await;
    })
}

#[test]
fn the_quick_exit_replaces_the_page_so_back_does_not_return_to_the_widget() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/fixtures/start.html").await;
        h.open("/fixtures/framed.html").await;
        let history = h.js("return history.length", vec![]).await;
        let frame = h.driver.find(thirtyfour::By::Id("widget")).await.unwrap();
        frame.enter_frame().await.unwrap();
        h.by_role("heading", &step_title(0)).await;
        h.by_role("link", "Quick exit").await.click().await.unwrap();
        h.driver.enter_default_frame().await.unwrap();
        h.wait_for("the exit page", "return location.pathname === '/fixtures/exit.html'", vec![]).await;
        assert_eq!(h.js("return history.length", vec![]).await, history, "the exit replaced the page's history entry");

        h.driver.back().await.unwrap();
        h.wait_for("going back", "return document.readyState === 'complete' && location.pathname", vec![]).await;
        let path = h.js("return location.pathname", vec![]).await;
        assert_eq!(path, "/fixtures/start.html", "Back skips the widget's page");
        h.quit().await;
    })
}

#[test]
fn each_step_change_is_announced_exactly_once() {
    harness::run(async {
        let h = Harness::start().await;
        h.open("/").await;
        h.by_role("heading", &step_title(0)).await;
        let listen = "window.leSaid = [];
        const region = W.querySelector('.le-shell > [role=status]');
        new MutationObserver(() => { const t = region.textContent.trim(); if (t) window.leSaid.push(t); })
          .observe(region, { subtree: true, childList: true, characterData: true });";
        h.js(listen, vec![]).await;
        for n in 1..4 {
            h.by_role("button", "Next").await.click().await.unwrap();
            h.by_role("heading", &step_title(n)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let said: Vec<String> = serde_json::from_value(h.js("return window.leSaid", vec![]).await).unwrap();
        let expected: Vec<String> =
            (1..4).map(|n| format!("Step {} of {}: {}", n + 1, step_count(), step_title(n))).collect();
        assert_eq!(said, expected, "one announcement per change, in order");
        h.quit().await;
    })
}

/// The standalone page arrives with its first step rendered at build time (xtask/src/prerender.rs),
/// so it is readable while the wasm is still on its way; a press on its Next counts once the
/// walkthrough takes over.
#[test]
fn the_standalone_page_shows_its_first_step_before_the_webassembly_and_takes_over() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.slow_wasm();
        h.open_as_served("/").await;
        h.by_role("heading", &step_title(0)).await;
        h.by_role("link", "Quick exit").await;
        let waiting = "return !!W.querySelector('[data-le-first]') && W.querySelectorAll('style').length";
        assert_eq!(h.js(waiting, vec![]).await, 1, "still the rendered step, styled by its inline style");
        assert_eq!(axe::violations(&h).await, Vec::<String>::new(), "the rendered step, before the walkthrough");
        h.by_role("button", "Next").await.click().await.unwrap();

        h.by_role("heading", &step_title(1)).await;
        assert_eq!(h.focused().await, (step_title(1), "heading".to_string()), "the early press moved on once");
        let taken_over =
            "return [W.querySelectorAll('.le-step__title').length, W.querySelectorAll('style, noscript').length, \
                      W.querySelectorAll('[data-le-first]').length, W.adoptedStyleSheets.length]";
        assert_eq!(h.js(taken_over, vec![]).await, serde_json::json!([1, 0, 0, 3]), "shell, loader and widget sheets");
        h.quit().await;
    })
}

/// The page's rendered step is English at the default place. When the address asks for another
/// language, the loader drops it for that language's first screen, which the build rendered too;
/// when it asks for another step, for the "Loading" line, rather than show the wrong one until
/// the wasm arrives.
#[test]
fn the_rendered_first_step_gives_way_when_the_address_asks_for_another() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.slow_wasm();
        let english = format!("return W.textContent.includes({:?})", step_title(0));
        h.open_as_served("/?lang=es").await;
        h.by_role("heading", &compiler::locale("es").content.steps[0].title).await;
        assert_eq!(h.js(&english, vec![]).await, false, "no English step");
        assert_eq!(h.js("return W.querySelectorAll('[data-le-first]').length", vec![]).await, 1, "before the wasm");
        h.open_as_served("/?start=fraud").await;
        h.by_role("status", "Loading the walkthrough…").await;
        assert_eq!(h.js(&english, vec![]).await, false, "?start=fraud");
        h.quit().await;
    })
}

/// The page's and the rendered step's styles are inline; a widget host that sends the page with a
/// strict policy allows them by the hashes the build writes (`page_styles` in dist/embed.json), as
/// docs/EMBEDDING.md says: the step is styled before the wasm, and nothing is refused.
#[test]
fn the_rendered_first_step_is_styled_under_a_strict_policy_that_allows_its_styles_hashes() {
    harness::run(async {
        let h = Harness::start().await;
        h.server.page_policy();
        h.server.slow_wasm();
        h.open_as_served("/").await;
        h.by_role("heading", &step_title(0)).await;
        // shell.css gives the exit its 44 px target; unstyled, a link is as tall as its line.
        let exit_height =
            "return [!!W.querySelector('[data-le-first]'), getComputedStyle(W.querySelector('.le-exit')).minHeight]";
        assert_eq!(h.js(exit_height, vec![]).await, serde_json::json!([true, "44px"]));
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", &step_title(1)).await;
        assert_eq!(h.console_errors().await, Vec::<String>::new(), "no refusal under the policy");
        h.quit().await;
    })
}
