//! The end-to-end harness, shared by the browser tests, `cargo xtask serve` and the bench: the
//! built widget served on loopback, the three browser engines (`engines`), lookups by role and
//! accessible name rather than by CSS class, axe, and the table of partner pages (`fixtures`).
//!
//! Starting a browser costs about a second of CPU, more than most tests spend in it, so a
//! browser is kept when a test is done with it and the next test gets it back with a new tab,
//! its other windows closed and a quiet server (Chromium's cookies, storage and logs cleared
//! too; see [`Harness::start_on`]). Every test runs on one shared runtime ([`run`]), which the
//! kept sessions' connections belong to.

pub mod axe;
pub mod budgets;
pub mod chromium;
pub mod engines;
pub mod fixtures;
pub mod server;
pub mod wordpress;

use std::future::Future;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;
use thirtyfour::prelude::*;

pub use engines::Engine;
pub use model::config::DEFAULT_EXIT;
pub use server::Server;

/// The browser reaches the default exit through the logging proxy as a tunnel to this origin
/// (off-line here, so the attempt is all there is to see).
const DEFAULT_EXIT_ORIGIN: &str = "https://www.weather.gov:443";

/// WebDriver's key codes for the left and right Shift keys.
pub const LEFT_SHIFT: char = '\u{e008}';
pub const RIGHT_SHIFT: char = '\u{e050}';

/// What a visit could leave behind in the browser, read in the page (run with
/// `execute_async`): cookies, both storages, IndexedDB, caches, service workers, the history's
/// length and the address.
pub const STORED: &str = r#"
const done = arguments[arguments.length - 1];
(async () => ({
  cookies: document.cookie,
  local: localStorage.length,
  session: sessionStorage.length,
  databases: (await indexedDB.databases()).length,
  caches: (await caches.keys()).length,
  workers: (await navigator.serviceWorker.getRegistrations()).length,
  history: history.length,
  url: location.href,
}))().then(done, e => done(String(e)));
"#;

/// How long to wait for the page to reach an expected state.
const PATIENCE: Duration = Duration::from_secs(15);

/// A browser looking at the widget, in a session no other test uses at the same time. Hand it
/// back with [`Harness::quit`]; a browser a test failed with is quit on drop.
pub struct Harness {
    pub driver: WebDriver,
    pub server: Server,
    pub engine: Engine,
    driver_port: u16,
    /// Started with the usual flags, so the next test can have it.
    keep: bool,
    /// The page's requests read so far: chromedriver hands each log entry out only once.
    requests: Mutex<Vec<String>>,
}

/// The built widget; `cargo xtask test` builds it and sets `LE_DIST`.
pub fn dist() -> PathBuf {
    PathBuf::from(
        std::env::var("LE_DIST").expect(
            "LE_DIST is not set: the browser tests run against a built dist/. Run them with `cargo xtask test`.",
        ),
    )
}

/// The project's root folder (fixtures, `node_modules/`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs a browser test on the runtime all of them share, so that a browser kept from one test
/// still answers the next (its session's connections belong to the runtime that opened them).
pub fn run<F: Future>(test: F) -> F::Output {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a runtime")
        })
        .block_on(test)
}

/// Browsers whose tests are done, each with the server that is its proxy, waiting for the next.
static KEPT: Mutex<Vec<Kept>> = Mutex::new(Vec::new());

/// A browser between tests: its engine, its WebDriver server's port, its session and its proxy.
type Kept = (Engine, u16, WebDriver, Server);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// A new, empty folder for a Chromium profile (the other engines' drivers make their own).
fn profile_dir() -> PathBuf {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "le-chromium-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a profile directory");
    dir
}

impl Harness {
    /// A headless Chromium whose every request goes through the harness's server (see
    /// [`Harness::start_on`]).
    pub async fn start() -> Harness {
        Harness::start_on(Engine::Chromium).await
    }

    /// A browser of `engine` whose every request goes through the harness's server: one a
    /// finished test left (in a new tab, its other windows closed, its data and logs cleared,
    /// the server's log and settings reset), or a new one.
    pub async fn start_on(engine: Engine) -> Harness {
        loop {
            let kept = {
                let mut kept = KEPT.lock().expect("the kept browsers");
                kept.iter().position(|(e, _, _, _)| *e == engine).map(|at| kept.swap_remove(at))
            };
            let Some((_, port, driver, server)) = kept else { break };
            if let Some(harness) = Harness::renew(engine, port, driver, server).await {
                return harness;
            }
        }
        Harness::launch(engine, &[]).await
    }

    /// A new Chromium with extra flags, not kept after.
    pub async fn start_with(extra_args: &[&str]) -> Harness {
        Harness::launch(Engine::Chromium, extra_args).await
    }

    async fn launch(engine: Engine, extra_args: &[&str]) -> Harness {
        let server = Server::start(&dist(), &project_root(), 0).expect("the test server starts");
        let port = engine.driver_port();
        let proxy = server.origin.trim_start_matches("http://").to_string();
        let caps = engine.capabilities(&proxy, &profile_dir(), extra_args);
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps)
            .await
            .unwrap_or_else(|e| panic!("no {} session: {e}", engine.name()));
        let keep = extra_args.is_empty();
        Harness { driver, server, engine, driver_port: port, keep, requests: Default::default() }
    }

    /// A kept browser made as good as new, or `None` if it no longer answers as it should.
    async fn renew(engine: Engine, driver_port: u16, driver: WebDriver, server: Server) -> Option<Harness> {
        let old = driver.windows().await.ok()?;
        // From the test's first window: Firefox never answers a new tab asked for from a popup
        // (an audience window), which has no tabs.
        driver.switch_to_window(old.first()?.clone()).await.ok()?;
        let tab = driver.new_tab().await.ok()?;
        for window in old {
            driver.switch_to_window(window).await.ok()?;
            driver.close_window().await.ok()?;
        }
        driver.switch_to_window(tab).await.ok()?;
        server.reset();
        let harness = Harness { driver, server, engine, driver_port, keep: true, requests: Default::default() };
        if engine == Engine::Chromium {
            // Nothing the widget does is stored, but a test may have planted something to look for.
            let devtools = harness.driver.cdp();
            devtools.send_raw("Network.clearBrowserCookies", serde_json::json!({})).await.ok()?;
            for origin in [&harness.server.origin, &harness.server.widget_host] {
                let clear = serde_json::json!({ "origin": origin, "storageTypes": "all" });
                devtools.send_raw("Storage.clearDataForOrigin", clear).await.ok()?;
            }
            // chromedriver hands each log entry out once: take the last test's now.
            harness.chromium_log("performance").await;
            harness.chromium_log("browser").await;
        }
        Some(harness)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.origin)
    }

    /// Opens a page of the server and waits until it has loaded, and until every widget near the
    /// window shows its live walkthrough (a first step the build rendered, `data-le-first`, taken
    /// over), so a test never clicks a button as it is replaced.
    pub async fn open(&self, path: &str) {
        self.open_as_served(path).await;
        self.wait_for("the rendered first step to be taken over", SETTLED, vec![]).await;
    }

    /// Enters the partner's frame `#widget` and waits, as [`Harness::open`] does, until a first
    /// step rendered into its page has been taken over by the live walkthrough.
    pub async fn enter_widget_frame(&self) {
        let frame = self.driver.find(By::Id("widget")).await.expect("the page has a frame #widget");
        frame.enter_frame().await.expect("the frame can be entered");
        self.wait_for("the frame's first step to be taken over", SETTLED, vec![]).await;
    }

    /// Opens a page of the server and waits only until it has loaded.
    pub async fn open_as_served(&self, path: &str) {
        self.driver.goto(self.url(path)).await.expect("the page opens");
    }

    /// Runs `script` in the page after [`WIDGET_JS`], so it can use `W`, `all()` and `deepActive()`.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.js_element(script, args).await.json().clone()
    }

    /// Like [`Harness::js`], with the driver's own result (which can hold an element).
    pub async fn js_element(&self, script: &str, args: Vec<Value>) -> thirtyfour::prelude::ScriptRet {
        let script = format!("{WIDGET_JS}\n{script}");
        self.driver.execute(&script, args).await.expect("the script runs")
    }

    /// Waits until `script` returns a truthy value, and returns it.
    /// A script that fails (Firefox refuses one while the page is being replaced) counts as
    /// not yet.
    pub async fn wait_for(&self, what: &str, script: &str, args: Vec<Value>) -> Value {
        let started = Instant::now();
        let script = format!("{WIDGET_JS}\n{script}");
        loop {
            let result = self.driver.execute(&script, args.clone()).await;
            let value = result.as_ref().map_or(Value::Null, |r| r.json().clone());
            if !matches!(value, Value::Null | Value::Bool(false)) && value != Value::String(String::new()) {
                return value;
            }
            assert!(started.elapsed() < PATIENCE, "timed out waiting for {what} ({:?})", result.err());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the page (the current frame's) is at `path`.
    pub async fn wait_for_path(&self, path: &str) {
        let script = "return location.pathname === arguments[0]";
        self.wait_for(&format!("the page {path}"), script, vec![path.into()]).await;
    }

    /// Presses Shift alone, once.
    pub async fn press_shift(&self, shift: char) {
        self.driver.action_chain().key_down(shift).key_up(shift).perform().await.expect("the key is pressed");
    }

    /// The quick exit's shortcut: Shift three times, left and right mixed.
    pub async fn press_shift_three_times(&self) {
        for shift in [LEFT_SHIFT, RIGHT_SHIFT, LEFT_SHIFT] {
            self.press_shift(shift).await;
        }
    }

    /// The element with `role` and accessible `name`, waiting for it to appear.
    pub async fn by_role(&self, role: &str, name: &str) -> WebElement {
        let what = format!("{role} \"{name}\"");
        self.wait_for(&what, FIND_BY_ROLE, vec![role.into(), name.into()]).await;
        let found = self.js_element(FIND_BY_ROLE, vec![role.into(), name.into()]).await;
        let element = found.element().unwrap_or_else(|e| panic!("{what} went away: {e}"));
        if self.engine == Engine::WebKit {
            // WebKitGTK's driver clicks some elements below the fold without scrolling to them
            // first, and reports them "not interactable" (seen on the widget's Next button; a
            // visitor's own scrolling, and focus, which scrolls them into view, are unaffected).
            let scroll = "arguments[0].scrollIntoView({ block: 'nearest' })";
            let _ = self.driver.execute(scroll, vec![element.to_json().expect("an element reference")]).await;
        }
        element
    }

    /// Like [`Harness::by_role`], looking only inside `root`.
    pub async fn by_role_within(&self, root: &WebElement, role: &str, name: &str) -> WebElement {
        let args = vec![role.into(), name.into(), root.to_json().expect("an element reference")];
        let what = format!("{role} \"{name}\" inside an element");
        self.wait_for(&what, FIND_BY_ROLE, args.clone()).await;
        let found = self.js_element(FIND_BY_ROLE, args).await;
        found.element().unwrap_or_else(|e| panic!("{what} went away: {e}"))
    }

    /// Whether an element with `role` and `name` is on the page now.
    pub async fn has_role(&self, role: &str, name: &str) -> bool {
        !self.js(FIND_BY_ROLE, vec![role.into(), name.into()]).await.is_null()
    }

    /// The accessible name of the focused element and its role.
    pub async fn focused(&self) -> (String, String) {
        let value = self.js(DESCRIBE_FOCUS, vec![]).await;
        (value[0].as_str().unwrap_or("").to_string(), value[1].as_str().unwrap_or("").to_string())
    }

    /// Waits until focus is on an element named `name`: a component moves focus in an effect
    /// after its render, which WebKit's driver can answer a click before.
    pub async fn wait_for_focus(&self, name: &str, why: &str) {
        let started = Instant::now();
        loop {
            let (focused, _) = self.focused().await;
            if focused == name {
                return;
            }
            assert!(started.elapsed() < PATIENCE, "{why}: focus is on {focused:?}, not {name:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Moves through the walkthrough with Next until the step titled `title` shows. The step's
    /// own heading is compared, not any heading: "Sources" also heads each step's source list.
    pub async fn go_to_step(&self, title: &str) {
        self.wait_for("the walkthrough to load", "return W.querySelector('.le-shell')", vec![]).await;
        let shown = "return W.querySelector('.le-step__title')?.textContent === arguments[0]";
        let current = "return W.querySelector('.le-step__title')?.textContent";
        while self.js(shown, vec![title.into()]).await != Value::Bool(true) {
            let before = self.js(current, vec![]).await;
            let next = self.by_role("button", "Next").await;
            // Centred: scrolled only just into view, it can sit under the sticky exit bar.
            let centre = "arguments[0].scrollIntoView({ block: 'center' })";
            self.js(centre, vec![next.to_json().expect("an element reference")]).await;
            next.click().await.expect("Next works");
            // Each press moves one step: wait for it, or a busy browser takes the next press on
            // the same step and the walk overshoots.
            let moved = "return W.querySelector('.le-step__title')?.textContent !== arguments[0]";
            self.wait_for("the next step", moved, vec![before]).await;
        }
        self.by_role("heading", title).await;
    }

    /// Text of the live region(s) with `role="status"`, joined.
    pub async fn status_text(&self) -> String {
        self.js("return all('[role=status]').map(e => e.textContent.trim()).join(' | ')", vec![])
            .await
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Every URL the page (and its frames) asked the network for so far, from Chromium's
    /// performance log. Unlike the proxy's log, this leaves out the browser's own traffic.
    pub async fn page_requests(&self) -> Vec<String> {
        let log = self.chromium_log("performance").await;
        let new = log["value"]
            .as_array()
            .expect("log entries")
            .iter()
            .filter_map(|entry| serde_json::from_str::<Value>(entry["message"].as_str()?).ok())
            .filter(|event| event["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|event| event["message"]["params"]["request"]["url"].as_str().map(str::to_string));
        let mut requests = self.requests.lock().expect("the request list");
        requests.extend(new);
        requests.clone()
    }

    /// Whether the browser set off for the default exit destination.
    pub fn left_for_default_exit(&self) -> bool {
        self.server.requests().iter().any(|r| r.origin == DEFAULT_EXIT_ORIGIN)
    }

    /// Waits until the browser sets off for the default exit destination.
    pub async fn wait_for_default_exit(&self) {
        for _ in 0..100 {
            if self.left_for_default_exit() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the page did not leave for {DEFAULT_EXIT}; requests: {:?}", self.server.requests());
    }

    /// The console errors (and the browser's own errors, such as CSP refusals) since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let log = self.chromium_log("browser").await;
        let entries = log["value"].as_array().expect("log entries");
        entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// One of chromedriver's logs; each entry is handed out once.
    async fn chromium_log(&self, kind: &str) -> Value {
        assert_eq!(self.engine, Engine::Chromium, "only chromedriver keeps the page's logs");
        let url = format!("http://127.0.0.1:{}/session/{}/se/log", self.driver_port, self.driver.session_id());
        let body = reqwest::Client::new()
            .post(url)
            .header("Content-Type", "application/json")
            .body(format!(r#"{{"type":"{kind}"}}"#))
            .send()
            .await
            .expect("chromedriver answers")
            .text()
            .await
            .expect("a log");
        serde_json::from_str(&body).expect("the log is JSON")
    }

    /// The page's requests that went to an origin other than the widget's. In Chromium, from
    /// the page's own network log; elsewhere, from the proxy's, which every request of the
    /// browser goes through, less the browser's own services ([`engines::BROWSER_SERVICES`]).
    pub async fn foreign_requests(&self) -> Vec<String> {
        if self.engine != Engine::Chromium {
            let own = |r: &server::Request| r.origin == self.server.origin;
            let browsers = |r: &server::Request| engines::BROWSER_SERVICES.contains(&r.origin.as_str());
            let requests = self.server.requests().into_iter().filter(|r| !own(r) && !browsers(r));
            return requests.map(|r| format!("{}{}", r.origin, r.path)).collect();
        }
        let own = format!("{}/", self.server.origin);
        // Only these schemes reach the network; chrome:// and data: do not.
        let network = |url: &str| ["http:", "https:", "ws:", "wss:"].iter().any(|s| url.starts_with(s));
        self.page_requests().await.into_iter().filter(|url| network(url) && !url.starts_with(&own)).collect()
    }

    /// Done with the browser: a kept one waits for the next test, another quits.
    pub async fn quit(self) {
        if !self.keep {
            let _ = self.driver.clone().quit().await;
        }
    }
}

impl Drop for Harness {
    /// Keeps the browser for the next test, unless this one failed with it (its state is
    /// unknown) or it was started with flags of its own.
    fn drop(&mut self) {
        if self.keep && !std::thread::panicking() {
            let kept = (self.engine, self.driver_port, self.driver.clone(), self.server.clone());
            KEPT.lock().expect("the kept browsers").push(kept);
        }
    }
}

/// True once every widget near the window (where the loader loads it) shows its live walkthrough:
/// not the first step the build rendered (`data-le-first`, until the walkthrough takes it over),
/// nor a region still holding only the "Loading" line (the first step may be on its way). A test
/// that expects the load to fail opens the page with [`Harness::open_as_served`].
const SETTLED: &str = "return [...document.querySelectorAll('law-explainer')].every(e => {\
                         const root = e.shadowRoot, box = e.getBoundingClientRect();\
                         const far = box.top > innerHeight + 300 || box.bottom < -300;\
                         return root && !root.querySelector('[data-le-first]')\
                           && (far || root.querySelector('.le-app > :not(.le-app__loading)')); })";

/// Defined before every script the tests run: the widget lives in the open shadow root of each
/// `<law-explainer>`, so `W` is the first one's shadow root (or the document when there is none),
/// `all(selector, root)` queries the document, every widget and the exit cover (or only `root`,
/// inside its shadow root if it has one), and
/// `deepActive()` is the focused element, inside a shadow root if it is there. Lookups skip what
/// is not rendered, such as the no-JavaScript fallback inside an upgraded `<law-explainer>`.
pub const WIDGET_JS: &str = r#"
const W = (document.querySelector('law-explainer') || {}).shadowRoot || document;
const all = (selector, root) => (root ? [root.shadowRoot || root] : [document, ...[...document.querySelectorAll('law-explainer, .le-overlay-host')].map(e => e.shadowRoot).filter(Boolean)])
  .flatMap(r => [...r.querySelectorAll(selector)]);
const deepActive = () => { let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; return el; };
"#;

/// Prefixes `$body` with a small accessible-name lookup: role by element or `role`, name from
/// `aria-label`, `aria-labelledby` or the text, as Testing Library's `getByRole` does for these
/// cases. Names are compared with their white space collapsed (French puts no-break spaces
/// before its colons), as a screen reader hears them.
macro_rules! accessible_js {
    ($body:literal) => {
        concat!(
            r#"
const ROLES = {
  button: 'button, [role=button]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  navigation: 'nav, [role=navigation]',
  status: '[role=status]',
  alert: '[role=alert]',
  group: 'fieldset, [role=group]',
};
const clean = s => (s || '').replace(/\s+/g, ' ').trim();
// Rendered and not inside a closed <details> (whose content Firefox still lays out).
const shown = el => el.getClientRects().length > 0 && (!el.checkVisibility || el.checkVisibility());
const nameOf = el => clean(el.getAttribute('aria-label'))
  || clean((el.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => (el.getRootNode().getElementById(id) || {}).textContent || '').join(' '))
  || clean(el.textContent);
const roleOf = el => el.getAttribute('role') || Object.keys(ROLES).find(r => el.matches(ROLES[r])) || el.tagName.toLowerCase();
"#,
            $body
        )
    };
}

const FIND_BY_ROLE: &str = accessible_js!(
    r#"
const [role, name, root] = arguments;
return all(ROLES[role] || `[role=${role}]`, root)
  .find(el => !el.closest('[hidden]') && shown(el) && nameOf(el) === clean(name)) || null;
"#
);

const DESCRIBE_FOCUS: &str = accessible_js!(
    r#"
const el = deepActive();
return el ? [nameOf(el), roleOf(el)] : ['', ''];
"#
);
