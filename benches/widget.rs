//! `cargo xtask bench`: the widget's sizes and quick-exit speed, each beside a baseline measured
//! in the same run. Prints a table; it passes or fails nothing (the tests check behaviour).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use harness::budgets::{initial_load, INITIAL_LOAD, LOADER, OVER_BARE_YEW};
use harness::Harness;

const RUNS: usize = 20;
const CPU_SLOWDOWN: u32 = 4;
const LEFT_SHIFT: char = '\u{e008}';

/// Records, by beacons to the test server, when the visitor acted and when the next frame after
/// it was painted, as the browser reports it (Event Timing: the action's time plus its
/// `duration`, "until the next paint", which the API rounds to 8 ms). That frame must hold the
/// overlay. A timer after the frame would count whatever else the page runs after painting; the
/// next page's `timeOrigin` is when navigation started.
const RECORDER: &str = r#"
const [run, overlaySelector] = arguments;
const report = (kind, time) => navigator.sendBeacon(`/fixtures/beacon?run=${run}&kind=${kind}&t=${time}`);
let act = NaN;
addEventListener('click', e => { act = e.timeStamp; report('act', performance.timeOrigin + act); }, true);
addEventListener('keyup', e => { act = e.timeStamp; report('act', performance.timeOrigin + act); }, true);
// When the overlay was put in the page: it counts only if that was while the action's handlers ran.
let covered = Infinity;
new MutationObserver(() => {
  if (covered === Infinity && document.querySelector(overlaySelector)) covered = performance.now();
}).observe(document.documentElement, { childList: true, subtree: true });
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    if (Math.abs(e.startTime - act) < 1 && covered <= e.processingEnd) report('paint', performance.timeOrigin + e.startTime + e.duration);
  }
}).observe({ type: 'event', durationThreshold: 16 });
"#;

struct Subject {
    name: &'static str,
    page: &'static str,
    control: &'static str,
    overlay: &'static str,
}

/// The built page with only its exit destination changed (see [`write_bench_page`]). The
/// overlay's host is what the page adds; the overlay itself is in the host's shadow root.
const OURS: Subject = Subject {
    name: "law-explainer",
    page: "/fixtures/bench-exit.html",
    control: "Quick exit",
    overlay: ".le-overlay-host",
};
const GOVUK: Subject = Subject {
    name: "GOV.UK exit this page",
    page: "/fixtures/bench-govuk.html",
    control: "Emergency Exit this page",
    overlay: ".govuk-exit-this-page-overlay",
};
/// GOV.UK's component on a page that holds what ours holds when the visitor leaves: the
/// walkthrough's first step (the build's, as the static copy holds it) under the exit. On its
/// own documentation page the component hides one heading and one paragraph; here it hides
/// (and the browser reflows) as much as the widget's page has.
const GOVUK_ON_OUR_PAGE: Subject = Subject {
    name: "GOV.UK exit this page on a page with the walkthrough's first step",
    page: "/fixtures/bench-govuk-step.html",
    control: "Emergency Exit this page",
    overlay: ".govuk-exit-this-page-overlay",
};

/// Writes [`GOVUK_ON_OUR_PAGE`]'s page: GOV.UK's fixture with the first step at the end of its main.
fn write_govuk_step_page() -> std::path::PathBuf {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let page = std::fs::read_to_string(fixtures.join("bench-govuk.html")).expect("GOV.UK's fixture");
    let paragraph = "</p>
  </main>";
    assert!(page.contains(paragraph), "GOV.UK's fixture ends its main with a paragraph");
    let step = format!(
        "</p>
    <div data-le-static>{}</div>
  </main>",
        built_first_screen()
    );
    let path = fixtures.join("bench-govuk-step.html");
    std::fs::write(&path, page.replace(paragraph, &step)).expect("the fixtures are writable");
    path
}

/// Copies the built `index.html` with the exit pointed at a loopback page that answers after a
/// delay, so both subjects leave for the same place and the old page stays up to be measured.
fn write_bench_page() -> std::path::PathBuf {
    let dist = harness::dist();
    let page = std::fs::read_to_string(dist.join("index.html")).expect("a built index.html");
    let (element, loader) = ("<law-explainer ", "src=embed.js");
    assert!(page.contains(element) && page.contains(loader), "the built page holds {element} and {loader}");
    // Among the fixtures, where the test server writes in its own origin for {{ORIGIN}}.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bench-exit.html");
    let page = page
        .replace(element, "<law-explainer exit-url=\"{{ORIGIN}}/fixtures/slow/exit.html\" ")
        .replace(loader, "src=/embed.js");
    std::fs::write(&path, page).expect("the fixtures are writable");
    path
}

/// Writes a page the bench serves, with the brotli copy the test server sends, as it does for
/// the built pages (`xtask/src/bundle.rs`), so every page travels as a compressing host sends it.
fn write_page(path: &Path, html: &str) {
    std::fs::write(path, html).expect("the page is writable");
    let compressed = Command::new("brotli")
        .args(["-f", "-q", "11", "-o"])
        .arg(format!("{}.br", path.display()))
        .arg(path)
        .status()
        .unwrap_or_else(|e| panic!("cannot run brotli (cargo xtask setup installs it): {e}"));
    assert!(compressed.success(), "brotli failed on {}", path.display());
}

fn remove_page(path: &Path) {
    for file in [path.to_path_buf(), std::path::PathBuf::from(format!("{}.br", path.display()))] {
        std::fs::remove_file(&file).unwrap_or_else(|e| panic!("cannot remove {}: {e}", file.display()));
    }
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
    let started = "return document.readyState === 'complete' && !!(W.querySelector('.le-step__title') || document.querySelector('h1'))";
    h.wait_for("the page's scripts", started, vec![]).await;
    h.js(RECORDER, vec![run.into(), subject.overlay.into()]).await;
    if by_shift {
        // Keys go to the focused document: put focus in the one with the exit control.
        h.js("window.focus(); (W.querySelector('.le-step__title') || document.querySelector('h1')).focus()", vec![])
            .await;
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

fn mean(values: &[f64]) -> f64 {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    finite.iter().sum::<f64>() / finite.len() as f64
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

/// Each subject's overlay painted (median and mean) and navigation start (median), the subjects
/// taking turns exit by exit in one browser, so a machine that slows down or speeds up mid-run
/// does so for all.
async fn exit_figures(subjects: &[&Subject], by_shift: bool, first_run: usize) -> Vec<(f64, f64, f64)> {
    let h = Harness::start().await;
    let mut times = vec![(Vec::new(), Vec::new()); subjects.len()];
    for run in 0..RUNS {
        for (n, subject) in subjects.iter().enumerate() {
            let (paint, navigation) = exit_once(&h, subject, first_run + run * subjects.len() + n, by_shift).await;
            times[n].0.push(paint);
            times[n].1.push(navigation);
        }
    }
    h.quit().await;
    times
        .into_iter()
        .map(|(paints, navigations)| (median(paints.clone()), mean(&paints), median(navigations)))
        .collect()
}

/// The size of `file` compressed by `program`. A missing tool stops the bench: a size of 0
/// would read as a budget met.
fn compressed(program: &str, args: &[&str], file: &Path) -> usize {
    let out = Command::new(program)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} (cargo xtask setup installs it): {e}"));
    assert!(out.status.success(), "{program} failed on {}", file.display());
    out.stdout.len()
}

fn sizes() {
    let dist = harness::dist();
    println!("\n## Sizes of the built widget (bytes)\n");
    println!("| file | raw | gzip -9 | brotli -q 11 |\n|---|---:|---:|---:|");
    let mut files: Vec<_> = std::fs::read_dir(&dist).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let row = |file: &Path| {
        let r = std::fs::metadata(file).unwrap().len() as usize;
        let g = compressed("gzip", &["-9c"], file);
        let b = compressed("brotli", &["-c", "-q", "11"], file);
        (r, g, b)
    };
    let name = |f: &Path| f.file_name().unwrap().to_string_lossy().to_string();
    let (mut raw, mut gz, mut br) = (0, 0, 0);
    for file in files.iter().filter(|f| initial_load(&name(f))) {
        let (r, g, b) = row(file);
        let budget = if name(file) == "embed.js" { format!(" (budget {})", LOADER.issue) } else { String::new() };
        (raw, gz, br) = (raw + r, gz + g, br + b);
        println!("| {}{budget} | {r} | {g} | {b} |", name(file));
    }
    println!("| **initial widget load** (budget {} brotli) | **{raw}** | **{gz}** | **{br}** |", INITIAL_LOAD.issue);
    let others = files
        .iter()
        .filter(|f| f.is_file() && !initial_load(&name(f)) && !name(f).starts_with('.') && !name(f).ends_with(".br"));
    for file in others {
        let (r, g, b) = row(file);
        println!("| {} (not part of the widget's load) | {r} | {g} | {b} |", name(file));
    }
    if let Ok(floor) = std::env::var("LE_YEW_HELLO") {
        let (mut fr, mut fg, mut fb) = (0, 0, 0);
        for file in std::fs::read_dir(floor).unwrap().filter_map(|e| e.ok().map(|e| e.path())) {
            let n = name(&file);
            if n.ends_with(".wasm") || n.ends_with(".js") {
                let (r, g, b) = row(&file);
                (fr, fg, fb) = (fr + r, fg + g, fb + b);
            }
        }
        println!(
            "| baseline: bare Yew 0.23 \"hello\" (wasm + glue, same toolchain and profile) | {fr} | {fg} | {fb} |"
        );
        println!(
            "| ratio, initial widget load / bare Yew (budget {}) | | | {:.2} |",
            OVER_BARE_YEW.issue,
            br as f64 / fb as f64
        );
    }
    let govuk =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js");
    let r = std::fs::metadata(&govuk).expect("govuk-frontend from npm (cargo xtask setup)").len();
    let (g, b) = (compressed("gzip", &["-9c"], &govuk), compressed("brotli", &["-c", "-q", "11"], &govuk));
    println!("| baseline: GOV.UK Frontend JS (all components) | {r} | {g} | {b} |");
}

/// Watches, from before the page's first byte, for the first step's heading (in the widget's
/// shadow root, which a MutationObserver on the document cannot see into, so every frame), and
/// records when it was first painted (the task after the frame that showed it), then when the
/// walkthrough was interactive (mounted: the standalone page's rendered first step is marked
/// `data-le-first` until then; a static page has no such mark).
const WATCH_FIRST_STEP: &str = r#"
let seen = false;
const look = () => {
  const root = (document.querySelector('law-explainer, [data-le-static]') || {}).shadowRoot;
  const title = root && root.querySelector('.le-step__title');
  const at = name => requestAnimationFrame(() => setTimeout(() => { window[name] = performance.now(); }));
  if (title && !seen) {
    seen = true;
    at('leFirstStepPainted');
  }
  if (seen && !root.querySelector('[data-le-first]')) return at('leInteractive');
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
"#;

/// Clicks Next (or Back); milliseconds until the new step's heading has been painted (`until`
/// "painted") or rendered and laid out ("laid out"), or null if it did not render at once.
const TIME_STEP_CHANGE: &str = r#"
const [label, until] = arguments;
const done = arguments[arguments.length - 1];
const title = () => W.querySelector('.le-step__title').textContent;
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));
const before = title();
const button = [...W.querySelectorAll('.le-nav button')].find(b => b.textContent.trim() === label);
const start = performance.now();
button.click();
(async () => {
  if (until === 'laid out') {
    // Yew renders in a microtask after the click: wait for it without letting a frame pass,
    // then force style and layout, so the figure is the change's own main-thread work.
    for (let turn = 0; turn < 1000 && title() === before; turn++) await Promise.resolve();
    if (title() === before) return done(null);
    W.querySelector('.le-step__title').getBoundingClientRect();
  } else {
    while (title() === before) await new Promise(requestAnimationFrame);
    await frame();
  }
  done(performance.now() - start);
})();
"#;

/// The same run's baseline for a step change: the browser's own work for the new step, without
/// any of the widget's script. The step just rendered is taken out, and a static copy of it is
/// inserted where it was and laid out (timed); then the rendered one goes back.
const TIME_STATIC_STEP: &str = r#"
const done = arguments[arguments.length - 1];
const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r)));
(async () => {
  await frame();
  const step = W.querySelector('.le-step'), parent = step.parentNode, next = step.nextSibling;
  const copy = step.cloneNode(true);
  step.remove();
  parent.getBoundingClientRect();
  await frame();
  const start = performance.now();
  parent.insertBefore(copy, next);
  copy.querySelector('.le-step__title').getBoundingClientRect();
  const ms = performance.now() - start;
  copy.remove();
  parent.insertBefore(step, next);
  step.getBoundingClientRect();
  await frame();
  done(ms);
})();
"#;

/// The build's first screen: the standalone page's own (`dist/index.html`, rendered by the build
/// with the widget's styles, in a declarative shadow root), as a static page holds it.
fn built_first_screen() -> String {
    let built = std::fs::read_to_string(harness::dist().join("index.html")).expect("a built index.html");
    let start = built.find("<template shadowrootmode=\"open\">").expect("the built first screen");
    let end = built[start..].find("</template>").map(|end| start + end + "</template>".len()).unwrap();
    // Without its mark: a static page has nothing to take over (see WATCH_FIRST_STEP).
    let first = &built[start..end];
    let mark = first.find(" data-le-first=\"").expect("the rendered step's mark");
    let mark_end = first[mark + 16..].find('"').map(|end| mark + 16 + end + 1).unwrap();
    format!("{}{}", &first[..mark], &first[mark_end..])
}

/// Writes the bench's pages into dist/: the first screen as plain HTML with no scripts; a
/// partner's page with the widget (its first screen comes with the loader's second part); and
/// that partner's page as a static copy, the step inline and no script.
fn write_first_screen_pages() -> Vec<std::path::PathBuf> {
    let first = built_first_screen();
    let page = |title: &str, head: &str, body: &str| {
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>{head}</head>\
             <body>{body}</body></html>"
        )
    };
    let partner = |widget: &str| {
        format!(
            "<header><p>Midcoast Community Library</p></header><main><h1>Learn about Maine's trafficking law</h1>\
             <p>Our library offers this walkthrough with our local help line.</p>{widget}</main>"
        )
    };
    let pages = [
        ("bench-static.html", page("static", "", &format!("<main><div data-le-static>{first}</div></main>"))),
        (
            "bench-partner.html",
            page(
                "partner",
                "<script src=\"/embed.js\" defer></script>",
                &partner("<law-explainer lang=\"en\"></law-explainer>"),
            ),
        ),
        (
            "bench-partner-static.html",
            page("partner, static", "", &partner(&format!("<div data-le-static>{first}</div>"))),
        ),
    ];
    pages
        .into_iter()
        .map(|(name, html)| {
            let path = harness::dist().join(name);
            write_page(&path, &html);
            path
        })
        .collect()
}

/// Loads `path` with the CPU 4x slower and a slow 4G network; milliseconds to the first step
/// painted, and to the walkthrough interactive.
async fn first_step_painted(h: &Harness, path: &str) -> (f64, f64, f64) {
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
    let interactive = h.wait_for("the walkthrough", "return window.leInteractive", vec![]).await.as_f64().unwrap();
    // The floor for anything a script shows: the loader's first part has arrived.
    let loader = "return performance.getEntriesByType('resource').find(e => e.name.endsWith('/embed.js'))?.responseEnd";
    let loader = h.js(loader, vec![]).await.as_f64().unwrap_or(f64::NAN);
    cdp.send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 })).await.unwrap();
    cdp.send_raw(
        "Network.emulateNetworkConditions",
        serde_json::json!({
            "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1,
        }),
    )
    .await
    .unwrap();
    (painted, interactive, loader)
}

async fn first_screen() {
    let pages = write_first_screen_pages();
    let h = Harness::start().await;
    h.driver
        .cdp()
        .send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": WATCH_FIRST_STEP }))
        .await
        .unwrap();
    let subjects = [
        ("the standalone page", "/", "/bench-static.html"),
        ("a partner's page", "/bench-partner.html", "/bench-partner-static.html"),
    ];
    println!("\n## First screen, {CPU_SLOWDOWN}x CPU slowdown and slow 4G, median of {} (milliseconds)\n", RUNS / 2);
    println!("| page | to | law-explainer | static HTML of the same page and step (painted) | ratio |");
    println!("|---|---|---:|---:|---:|");
    for (label, page, static_copy) in subjects {
        let (mut ours, mut baseline) = (Vec::new(), Vec::new());
        for _ in 0..(RUNS / 2) {
            ours.push(first_step_painted(&h, page).await);
            baseline.push(first_step_painted(&h, static_copy).await);
        }
        // The static page is interactive (it has nothing to run) once it is painted.
        let baseline = median(baseline.into_iter().map(|(painted, _, _)| painted).collect());
        let loader = median(ours.iter().map(|(_, _, loader)| *loader).collect());
        let (painted, interactive): (Vec<f64>, Vec<f64>) = ours.into_iter().map(|(p, i, _)| (p, i)).unzip();
        let (painted, interactive) = (median(painted), median(interactive));
        println!(
            "| {label} | `embed.js` arrived (the earliest a script can show anything) | {loader:.0} | {baseline:.0} | {:.2} |",
            loader / baseline
        );
        println!("| {label} | first step painted | {painted:.0} | {baseline:.0} | {:.2} |", painted / baseline);
        println!(
            "| {label} | walkthrough interactive | {interactive:.0} | {baseline:.0} | {:.2} |",
            interactive / baseline
        );
    }
    h.quit().await;
    for page in pages {
        remove_page(&page);
    }
}

async fn step_changes() {
    let h = Harness::start().await;
    h.open("/").await;
    h.by_role("heading", &compiler::english().steps[0].title).await;
    h.driver
        .cdp()
        .send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": CPU_SLOWDOWN }))
        .await
        .unwrap();
    let steps = compiler::english().steps.len();
    let script = format!("{}\n{TIME_STEP_CHANGE}", harness::WIDGET_JS);
    let static_step = format!("{}\n{TIME_STATIC_STEP}", harness::WIDGET_JS);
    let summary = |mut times: Vec<f64>| {
        times.sort_by(f64::total_cmp);
        let p95 = times[(times.len() * 95).div_ceil(100) - 1];
        (times.len(), median(times), p95)
    };
    let mut rows = Vec::new();
    let mut baseline = Vec::new();
    for until in ["painted", "laid out"] {
        let mut times = Vec::new();
        for _ in 0..2 {
            for label in ["Next", "Back"] {
                for _ in 1..steps {
                    let ms = h.driver.execute_async(&script, vec![label.into(), until.into()]).await.unwrap();
                    let ms = ms.json().as_f64();
                    times.push(ms.unwrap_or_else(|| panic!("the step did not change within the click's microtasks")));
                    if until == "laid out" {
                        let ms = h.driver.execute_async(&static_step, vec![]).await.unwrap();
                        baseline.push(ms.json().as_f64().expect("the static copy's time"));
                    }
                }
            }
        }
        rows.push((until, summary(times)));
    }
    h.quit().await;
    let (count, base50, base95) = summary(baseline);
    println!("\n## Step change, {CPU_SLOWDOWN}x CPU slowdown (milliseconds from the click)\n");
    println!(
        "| to the new step | changes | p50 | p95 | budget (p95) | p95 / baseline's |\n|---|---:|---:|---:|---:|---:|"
    );
    for (until, (count, p50, p95)) in rows {
        println!("| {until} | {count} | {p50:.1} | {p95:.1} | 16 | {:.2} |", p95 / base95);
    }
    println!(
        "| baseline: a static copy of the new step inserted and laid out | {count} | {base50:.1} | {base95:.1} | | |"
    );
}

/// Records every long task (over 50 ms) from before the page's first byte.
const WATCH_LONG_TASKS: &str = r#"
window.leLongTasks = [];
new PerformanceObserver(list => list.getEntries().forEach(e => window.leLongTasks.push(e.duration)))
  .observe({ type: 'longtask', buffered: true });
"#;

/// Loads `path` with the CPU 4x slower, leaves it idle for 2 s (no interaction), and returns
/// (bytes of response bodies, main-thread task ms, script ms, long tasks).
async fn idle_cost(h: &Harness, path: &str) -> (f64, f64, f64, f64) {
    let cdp = h.driver.cdp();
    cdp.send_raw("Performance.enable", serde_json::json!({})).await.unwrap();
    cdp.send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": CPU_SLOWDOWN })).await.unwrap();
    h.open(path).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let bytes = h
        .js(
            "return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
               .reduce((sum, e) => sum + e.encodedBodySize, 0)",
            vec![],
        )
        .await;
    let long = h.js("return window.leLongTasks.length", vec![]).await;
    let metrics = cdp.send_raw("Performance.getMetrics", serde_json::json!({})).await.unwrap();
    cdp.send_raw("Emulation.setCPUThrottlingRate", serde_json::json!({ "rate": 1 })).await.unwrap();
    cdp.send_raw("Performance.disable", serde_json::json!({})).await.unwrap();
    let metric = |name: &str| {
        metrics["metrics"].as_array().unwrap().iter().find(|m| m["name"] == name).and_then(|m| m["value"].as_f64())
    };
    let ms = |name: &str| metric(name).unwrap_or(f64::NAN) * 1000.0;
    (bytes.as_f64().unwrap(), ms("TaskDuration"), ms("ScriptDuration"), long.as_f64().unwrap())
}

/// What a partner's page pays before the visitor interacts, beside the same page without the
/// widget: with the widget far below the fold (only the loader loads) and at the top (the
/// walkthrough loads at once).
async fn host_page_cost() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let page = std::fs::read_to_string(fixtures.join("below-the-fold.html")).unwrap();
    let script = "  <script src=\"/embed.js\" defer></script>\n";
    assert!(page.contains(script));
    let bare = page
        .replace(script, "")
        .replace("<law-explainer exit-url=\"{{ORIGIN}}/fixtures/exit.html\"></law-explainer>", "");
    let bare_path = harness::dist().join("bench-no-widget.html");
    write_page(&bare_path, &bare);
    let h = Harness::start().await;
    h.driver
        .cdp()
        .send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": WATCH_LONG_TASKS }))
        .await
        .unwrap();
    let subjects = [
        ("the same page without the widget (baseline)", "/bench-no-widget.html"),
        ("widget below the fold", "/fixtures/below-the-fold.html"),
        ("widget at the top (loads at once)", "/fixtures/plain.html"),
    ];
    println!("\n## Host page cost before any interaction, {CPU_SLOWDOWN}x CPU slowdown, median of 5\n");
    println!(
        "| page | bytes fetched (as sent, brotli) | main-thread tasks (ms) | of which script (ms) | long tasks > 50 ms |"
    );
    println!("|---|---:|---:|---:|---:|");
    let mut baseline = None;
    for (label, path) in subjects {
        let mut runs = Vec::new();
        for _ in 0..5 {
            runs.push(idle_cost(&h, path).await);
        }
        let m = |f: fn(&(f64, f64, f64, f64)) -> f64| median(runs.iter().map(f).collect());
        let cost = (m(|r| r.0), m(|r| r.1), m(|r| r.2), m(|r| r.3));
        let (b0, b1) = *baseline.get_or_insert((cost.0, cost.1));
        println!(
            "| {label} | {:.0} (+{:.0}) | {:.1} (+{:.1}) | {:.1} | {:.0} |",
            cost.0,
            cost.0 - b0,
            cost.1,
            cost.1 - b1,
            cost.2,
            cost.3
        );
    }
    h.quit().await;
    remove_page(&bare_path);
}

/// The wasm's linear memory, through the glue the page already loaded (its `init` hands back
/// the running instance's exports).
const WASM_MEMORY: &str = r#"
const done = arguments[arguments.length - 1];
const glue = performance.getEntriesByType('resource').map(e => e.name).find(n => /law-explainer-[^/_]*\.js$/.test(n));
import(glue).then(m => m.default()).then(exports => done(exports.memory.buffer.byteLength), e => done(-1));
"#;

/// (JS heap after garbage collection, wasm linear memory), in KB.
async fn memory(h: &Harness) -> (f64, f64) {
    let cdp = h.driver.cdp();
    cdp.send_raw("HeapProfiler.collectGarbage", serde_json::json!({})).await.unwrap();
    let heap = cdp.send_raw("Runtime.getHeapUsage", serde_json::json!({})).await.unwrap();
    let wasm = h.driver.execute_async(WASM_MEMORY, vec![]).await.unwrap().json().as_f64().unwrap();
    (heap["usedSize"].as_f64().unwrap() / 1024.0, wasm / 1024.0)
}

/// Replaces the widget with a new one `arguments[0]` times, each time waiting in the page until
/// the new one's walkthrough shows. In the page, as one script: a script per cycle from the
/// driver would itself leave each script's source in the JS heap (DevTools keeps them), which
/// read as growth the widget did not cause.
const CYCLES: &str = r#"
const [count, done] = [arguments[0], arguments[arguments.length - 1]];
let left = count;
const shown = () => !!document.querySelector('law-explainer').shadowRoot?.querySelector('.le-shell');
const next = () => {
  if (left-- === 0) return done(true);
  const old = document.querySelector('law-explainer'), el = document.createElement('law-explainer');
  old.replaceWith(el);
  el.scrollIntoView();
  const wait = () => setTimeout(shown() ? next : wait, 10);
  wait();
};
next();
"#;

/// Memory after a full walkthrough, then across 150 removals and re-additions of the element:
/// the budget compares 50 with 5; 100 and 150 show whether any growth goes on.
async fn memory_use() {
    memory_cycles(&[], "").await;
    // The same with V8's tiering off (no Sparkplug, Maglev or TurboFan code, feedback vectors
    // made on a function's first call, not its eighth): what the widget itself keeps, without
    // the engine's code for functions that have run 8, 400 or 3,000 times (docs/PERFORMANCE.md).
    let tiering_off = "--js-flags=--no-lazy-feedback-allocation --no-opt --no-maglev --no-sparkplug";
    memory_cycles(&[tiering_off], ", V8 tiering off").await;
}

async fn memory_cycles(flags: &[&str], label: &str) {
    let h = if flags.is_empty() { Harness::start().await } else { Harness::start_with(flags).await };
    h.open("/").await;
    let content = compiler::english();
    h.go_to_step(&content.steps.last().unwrap().title).await;
    let walked = memory(&h).await;
    let mut rows = vec![("after a full walkthrough".to_string(), walked)];
    let mut done = 0;
    for n in [1, 5, 10, 50, 100, 150] {
        h.driver.execute_async(CYCLES, vec![(n - done).into()]).await.expect("the cycles run");
        done = n;
        rows.push((format!("after {n} remove-and-add cycles"), memory(&h).await));
    }
    h.quit().await;
    println!("\n## Memory{label} (KB; budget 3 MB after a full walk, flat across cycles)\n");
    println!("| state | JS heap | wasm linear memory | total |\n|---|---:|---:|---:|");
    let total =
        |n: &str| rows.iter().find(|(l, _)| l == &format!("after {n} remove-and-add cycles")).map(|(_, (h, w))| h + w);
    let growth = total("50").zip(total("5")).map_or(f64::NAN, |(fifty, five)| fifty - five);
    for (label, (heap, wasm)) in rows {
        println!("| {label} | {heap:.0} | {wasm:.0} | {:.0} |", heap + wasm);
    }
    println!("| from 5 to 50 cycles (budget +32) | | | {growth:+.0} |");
}

/// The scores `cargo xtask bench` just had Lighthouse write.
fn lighthouse_scores() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/lighthouse.json");
    let Ok(report) = std::fs::read_to_string(&path) else { return };
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    let score = |id: &str| (report["categories"][id]["score"].as_f64().unwrap_or(f64::NAN) * 100.0).round();
    println!("\n## Lighthouse 12 (mobile settings, the demo page; budget 100 each)\n");
    println!("| performance | accessibility | best practices |\n|---:|---:|---:|");
    println!("| {} | {} | {} |", score("performance"), score("accessibility"), score("best-practices"));
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // `cargo bench --bench widget -- <section>` runs one section (to compare two builds, or to
    // measure what a change touched); with none, every section, Lighthouse first.
    let sections = ["sizes", "host", "first-screen", "step-change", "memory", "exit"];
    let only: Vec<String> = std::env::args().skip(1).filter(|arg| sections.contains(&arg.as_str())).collect();
    let runs = |section: &str| only.is_empty() || only.iter().any(|s| s == section);
    if only.is_empty() {
        lighthouse_scores();
    }
    if runs("sizes") {
        sizes();
    }
    if runs("host") {
        host_page_cost().await;
    }
    if runs("first-screen") {
        first_screen().await;
    }
    if runs("step-change") {
        step_changes().await;
    }
    if runs("memory") {
        memory_use().await;
    }
    if runs("exit") {
        exit_times().await;
    }
}

/// The quick exit's times beside GOV.UK's.
async fn exit_times() {
    let pages = [write_bench_page(), write_govuk_step_page()];
    println!("\n## Quick exit, {CPU_SLOWDOWN}x CPU slowdown, {RUNS} exits each (milliseconds)\n");
    println!(
        "| from | to | law-explainer | GOV.UK, its own page | ratio | GOV.UK, a page with the first step | ratio |\n\
         |---|---|---:|---:|---:|---:|---:|"
    );
    for (n, (label, by_shift)) in [("click", false), ("third Shift", true)].into_iter().enumerate() {
        let figures = exit_figures(&[&OURS, &GOVUK, &GOVUK_ON_OUR_PAGE], by_shift, n * 1000).await;
        let [ours, theirs, same_page] = figures[..] else { unreachable!("three subjects, three figures") };
        let row = |to: &str, (ours, theirs, same_page): (f64, f64, f64)| {
            println!(
                "| {label} | {to} | {ours:.1} | {theirs:.1} | {:.2} | {same_page:.1} | {:.2} |",
                ours / theirs,
                ours / same_page
            );
        };
        row("overlay painted, median", (ours.0, theirs.0, same_page.0));
        row("overlay painted, mean", (ours.1, theirs.1, same_page.1));
        row("navigation start", (ours.2, theirs.2, same_page.2));
    }
    for page in pages {
        std::fs::remove_file(page).expect("the bench page is removed");
    }
    println!(
        "\nThe subjects: {} (its built page), {} and {} (npm govuk-frontend 6.6.0). \
         The browser rounds each time to the next paint to a multiple of 8 ms, so medians fall on those; \
         the mean of the rounded times is the finer figure.",
        OURS.name, GOVUK.name, GOVUK_ON_OUR_PAGE.name
    );
}
