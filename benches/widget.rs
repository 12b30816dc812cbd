//! `cargo xtask bench`: the widget's sizes and quick-exit speed, each beside a baseline measured
//! in the same run. Prints a table; it passes or fails nothing (the tests check behaviour).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::Harness;

const RUNS: usize = 20;
const CPU_SLOWDOWN: u32 = 4;
const LEFT_SHIFT: char = '\u{e008}';

/// Records, by beacons to the test server, when the visitor acted and when the exit overlay was
/// first painted (the task after the frame that showed it); the next page's `timeOrigin` is when
/// navigation started.
const RECORDER: &str = r#"
const [run, overlaySelector] = arguments;
const now = () => performance.timeOrigin + performance.now();
const report = (kind, time) => navigator.sendBeacon(`/fixtures/beacon?run=${run}&kind=${kind}&t=${time}`);
addEventListener('click', e => report('act', performance.timeOrigin + e.timeStamp), true);
addEventListener('keyup', e => report('act', performance.timeOrigin + e.timeStamp), true);
let seen = false;
new MutationObserver(() => {
  if (seen || !document.querySelector(overlaySelector)) return;
  seen = true;
  requestAnimationFrame(() => setTimeout(() => report('paint', now())));
}).observe(document.documentElement, { childList: true, subtree: true });
"#;

struct Subject {
    name: &'static str,
    page: &'static str,
    control: &'static str,
    overlay: &'static str,
}

/// The built page with only its exit destination changed (see [`write_bench_page`]).
const OURS: Subject =
    Subject { name: "law-explainer", page: "/bench-exit.html", control: "Quick exit", overlay: ".le-exit-overlay" };
const GOVUK: Subject = Subject {
    name: "GOV.UK exit this page",
    page: "/fixtures/bench-govuk.html",
    control: "Emergency Exit this page",
    overlay: ".govuk-exit-this-page-overlay",
};
const DEFAULT_EXIT: &str = "https://www.weather.gov/";

/// Copies the built `index.html` with the exit pointed at a loopback page that answers after a
/// delay, so both subjects leave for the same place and the old page stays up to be measured.
fn write_bench_page() -> std::path::PathBuf {
    let dist = common::dist();
    let page = std::fs::read_to_string(dist.join("index.html")).expect("a built index.html");
    assert!(page.contains(DEFAULT_EXIT), "the built page exits to {DEFAULT_EXIT}");
    let path = dist.join("bench-exit.html");
    std::fs::write(&path, page.replace(DEFAULT_EXIT, "/fixtures/slow/exit.html")).expect("dist is writable");
    path
}

/// One exit; returns milliseconds from the action to the overlay painted and to navigation start.
async fn exit_once(h: &Harness, subject: &Subject, run: usize, by_shift: bool) -> (f64, f64) {
    h.open(subject.page).await;
    h.driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": CPU_SLOWDOWN }))
        .await
        .unwrap();
    let control = h.by_role("link", subject.control).await;
    let started = "return document.readyState === 'complete' && !!document.querySelector('h1, h2')";
    h.wait_for("the page's scripts", started, vec![]).await;
    h.js(RECORDER, vec![run.into(), subject.overlay.into()]).await;
    if by_shift {
        // Keys go to the focused document: put focus in the one with the exit control.
        h.js("window.focus(); document.querySelector('h1, h2').focus()", vec![]).await;
        let mut chain = h.driver.action_chain();
        for _ in 0..3 {
            chain = chain.key_down(LEFT_SHIFT).key_up(LEFT_SHIFT);
        }
        chain.perform().await.unwrap();
    } else {
        control.click().await.unwrap();
    }
    h.wait_for("the exit page", "return location.pathname === '/fixtures/slow/exit.html'", vec![]).await;
    let navigation = h.js("return performance.timeOrigin", vec![]).await.as_f64().unwrap();
    h.driver.cdp().send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 })).await.unwrap();
    let mut beacons = Vec::new();
    for _ in 0..40 {
        beacons = h
            .server
            .requests()
            .into_iter()
            .filter(|r| r.path.starts_with(&format!("/fixtures/beacon?run={run}&")))
            .map(|r| r.path)
            .collect();
        if beacons.iter().any(|b| b.contains("kind=paint")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let time = |kind: &str| {
        beacons
            .iter()
            .filter(|b| b.contains(&format!("kind={kind}&")))
            .filter_map(|b| b.rsplit("t=").next()?.parse::<f64>().ok())
            .fold(f64::NAN, f64::max)
    };
    let act = time("act");
    (time("paint") - act, navigation - act)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    if values.is_empty() {
        f64::NAN
    } else {
        values[values.len() / 2]
    }
}

async fn exit_medians(subject: &Subject, by_shift: bool, first_run: usize) -> (f64, f64) {
    let h = Harness::start().await;
    let mut paints = Vec::new();
    let mut navigations = Vec::new();
    for run in 0..RUNS {
        let (paint, navigation) = exit_once(&h, subject, first_run + run, by_shift).await;
        paints.push(paint);
        navigations.push(navigation);
    }
    h.quit().await;
    (median(paints), median(navigations))
}

fn compressed(program: &str, args: &[&str], file: &Path) -> Option<usize> {
    let out = Command::new(program).args(args).arg(file).output().ok()?;
    out.status.success().then_some(out.stdout.len())
}

fn sizes() {
    let dist = common::dist();
    println!("\n## Sizes of the built widget (bytes)\n");
    println!("| file | raw | gzip -9 | brotli -q 11 |\n|---|---:|---:|---:|");
    let mut files: Vec<_> = std::fs::read_dir(&dist).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    let shipped =
        |f: &&std::path::PathBuf| f.is_file() && !f.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
    for file in files.iter().filter(shipped) {
        let r = std::fs::metadata(file).unwrap().len() as usize;
        let g = compressed("gzip", &["-9c"], file).unwrap_or(0);
        let b = compressed("brotli", &["-c", "-q", "11"], file).unwrap_or(0);
        (raw, gz, br) = (raw + r, gz + g, br + b);
        println!("| {} | {r} | {g} | {b} |", file.file_name().unwrap().to_string_lossy());
    }
    println!("| **total** | {raw} | {gz} | {br} |");
    let govuk =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js");
    if let (Some(g), Some(b)) =
        (compressed("gzip", &["-9c"], &govuk), compressed("brotli", &["-c", "-q", "11"], &govuk))
    {
        let r = std::fs::metadata(&govuk).unwrap().len();
        println!("| baseline: GOV.UK Frontend JS (all components) | {r} | {g} | {b} |");
    }
}

/// Watches, from before the page's first byte, for the first step's heading and records when
/// it was first painted (the task after the frame that showed it).
const WATCH_FIRST_STEP: &str = r#"
new MutationObserver((_, observer) => {
  if (!document.querySelector('#le-app h2')) return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => { window.leFirstStepPainted = performance.now(); }));
}).observe(document, { childList: true, subtree: true });
"#;

/// Clicks Next (or Back) and waits until the new step's heading has been painted; milliseconds.
const TIME_STEP_CHANGE: &str = r#"
const [label] = arguments;
const done = arguments[arguments.length - 1];
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));
const before = document.querySelector('#le-app h2').textContent;
const button = [...document.querySelectorAll('#le-app nav button')].find(b => b.textContent.trim() === label);
const start = performance.now();
button.click();
(async () => {
  while (document.querySelector('#le-app h2').textContent === before) await new Promise(requestAnimationFrame);
  await frame();
  done(performance.now() - start);
})();
"#;

/// The first screen as plain HTML: the built page with Yew's server-side rendering of the shell
/// in place of the loading text, and no scripts.
async fn write_static_page() -> std::path::PathBuf {
    let props = law_explainer::view::AppProps {
        content: std::rc::Rc::new(law_explainer::model::english()),
        onready: None,
        start: 0,
        outline: law_explainer::view::Outline(1),
    };
    let shell =
        yew::LocalServerRenderer::<law_explainer::view::App>::with_props(props).hydratable(false).render().await;
    let dist = common::dist();
    let page = std::fs::read_to_string(dist.join("index.html")).expect("a built index.html");
    let (head, rest) = page.split_once("<script type=\"module\">").expect("Trunk's start-up script");
    let rest = &rest[rest.find("</script>").expect("its end") + "</script>".len()..];
    let page = format!("{head}{rest}");
    let (before, main) = page.split_once("<main ").expect("the main element");
    let (main_open, after) = main.split_once('>').expect("its tag");
    let after = &after[after.find("</main>").expect("its end")..];
    let path = dist.join("bench-static.html");
    std::fs::write(&path, format!("{before}<main {main_open}>{shell}{after}")).expect("dist is writable");
    path
}

/// Loads `path` with the CPU 4x slower and a slow 4G network; milliseconds to the first step painted.
async fn first_step_painted(h: &Harness, path: &str) -> f64 {
    let cdp = h.driver.cdp();
    cdp.send_raw("Network.enable", serde_json::json!({})).await.unwrap();
    // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
    let network = serde_json::json!({
        "offline": false, "latency": 150, "downloadThroughput": 1_638_400 / 8, "uploadThroughput": 750_000 / 8,
    });
    cdp.send_raw("Network.emulateNetworkConditions", network).await.unwrap();
    cdp.send_raw("Network.setCacheDisabled", serde_json::json!({ "cacheDisabled": true })).await.unwrap();
    cdp.send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": CPU_SLOWDOWN })).await.unwrap();
    h.open(path).await;
    let painted = h.wait_for("the first step", "return window.leFirstStepPainted", vec![]).await.as_f64().unwrap();
    cdp.send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 })).await.unwrap();
    cdp.send_raw(
        "Network.emulateNetworkConditions",
        serde_json::json!({
            "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1,
        }),
    )
    .await
    .unwrap();
    painted
}

async fn first_screen() {
    let static_page = write_static_page().await;
    let h = Harness::start().await;
    h.driver
        .cdp()
        .send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": WATCH_FIRST_STEP }))
        .await
        .unwrap();
    let (mut ours, mut baseline) = (Vec::new(), Vec::new());
    for _ in 0..(RUNS / 2) {
        ours.push(first_step_painted(&h, "/").await);
        baseline.push(first_step_painted(&h, "/bench-static.html").await);
    }
    h.quit().await;
    std::fs::remove_file(static_page).expect("the static page is removed");
    let (ours, baseline) = (median(ours), median(baseline));
    println!("\n## First screen, {CPU_SLOWDOWN}x CPU slowdown and slow 4G, median of {} (milliseconds)\n", RUNS / 2);
    println!("| to | law-explainer | static HTML of the same step | ratio |\n|---|---:|---:|---:|");
    println!("| first step painted (and interactive) | {ours:.0} | {baseline:.0} | {:.2} |", ours / baseline);
}

async fn step_changes() {
    let h = Harness::start().await;
    h.open("/").await;
    h.by_role("heading", &law_explainer::model::english().steps[0].title).await;
    h.driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": CPU_SLOWDOWN }))
        .await
        .unwrap();
    let steps = law_explainer::model::english().steps.len();
    let mut times = Vec::new();
    for _ in 0..2 {
        for label in ["Next", "Back"] {
            for _ in 1..steps {
                let ms = h.driver.execute_async(TIME_STEP_CHANGE, vec![label.into()]).await.unwrap();
                times.push(ms.json().as_f64().unwrap());
            }
        }
    }
    h.quit().await;
    times.sort_by(f64::total_cmp);
    let p95 = times[(times.len() * 95).div_ceil(100) - 1];
    println!(
        "\n## Step change, {CPU_SLOWDOWN}x CPU slowdown, {} changes (milliseconds, click to painted)\n",
        times.len()
    );
    println!("| p50 | p95 | budget (p95) |\n|---:|---:|---:|\n| {:.1} | {p95:.1} | 16 |", median(times.clone()));
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    sizes();
    first_screen().await;
    step_changes().await;
    let bench_page = write_bench_page();
    println!("\n## Quick exit, {CPU_SLOWDOWN}x CPU slowdown, median of {RUNS} (milliseconds)\n");
    println!("| from | to | law-explainer | GOV.UK | ratio |\n|---|---|---:|---:|---:|");
    for (n, (label, by_shift)) in [("click", false), ("third Shift", true)].into_iter().enumerate() {
        let ours = exit_medians(&OURS, by_shift, n * 1000).await;
        let theirs = exit_medians(&GOVUK, by_shift, n * 1000 + 500).await;
        println!("| {label} | overlay painted | {:.1} | {:.1} | {:.2} |", ours.0, theirs.0, ours.0 / theirs.0);
        println!("| {label} | navigation start | {:.1} | {:.1} | {:.2} |", ours.1, theirs.1, ours.1 / theirs.1);
    }
    std::fs::remove_file(bench_page).expect("the bench page is removed");
    println!("\nThe subjects: {} (its built page) and {} (npm govuk-frontend 6.6.0).", OURS.name, GOVUK.name);
}
