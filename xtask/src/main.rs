//! Project automation, run as `cargo xtask <command>`: it installs what is missing, then builds,
//! serves or tests the widget. Only cargo is needed to start.

mod bundle;
#[path = "../../tests/common/chromium.rs"]
mod chromium;
mod locales;
mod prerender;
#[allow(dead_code)] // The request log is for the browser tests; the demo server only serves.
#[path = "../../tests/common/server.rs"]
mod server;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use setup::Tools;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve        set up what is missing, build, and serve the demo page on http://127.0.0.1:8080
  test         set up what is missing and run every test (formatting, clippy, unit, browser)
  build        set up what is missing and build the widget into dist/ (--test-locales: add the
               right-to-left test locale the browser tests use, as `test` does)
  offline      build, then copy the one-file offline copy (for a USB stick) to PATH
               (default: target/law-explainer-offline.html)
  lighthouse   build, then score the demo page with Lighthouse (fails below 100 for accessibility)
  bench        build, then print sizes, host page cost, first screen, step change, quick exit,
               memory and Lighthouse scores, each beside its baseline
  screenshot   build, then save a headless Chromium screenshot of the demo page to target/screenshot.png
  setup        only install what is missing";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = project_root();
    std::env::set_current_dir(&root).expect("the project root exists");
    let result = match command.as_str() {
        "serve" => serve(&root),
        "test" => test(&root),
        "build" => {
            setup::ensure(false).and_then(|tools| build(&tools, std::env::args().any(|a| a == "--test-locales")))
        }
        "screenshot" => screenshot(&root),
        "offline" => setup::ensure(false).and_then(|tools| build(&tools, false)).and_then(|()| offline(&root)),
        "bench" => bench(&root),
        "lighthouse" => setup::ensure(true).and_then(|tools| build(&tools, false)).and_then(|()| lighthouse(&root)),
        "setup" => setup::ensure(true).map(|_| ()),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the project").to_path_buf()
}

/// Runs `command`, failing with its description when it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let description = format!("{command:?}");
    let started = Instant::now();
    let status = command.status().map_err(|e| format!("cannot start {description}: {e}"))?;
    if status.success() {
        eprintln!("xtask: done in {:.1}s: {description}", started.elapsed().as_secs_f32());
        Ok(())
    } else {
        Err(format!("failed ({status}): {description}"))
    }
}

/// Builds dist/; `test_locales` adds the locales only the tests use (see `locales::RTL_TEST`).
fn build(tools: &Tools, test_locales: bool) -> Result<(), String> {
    // Content first: a content mistake stops the build before the slow part.
    let root = project_root();
    let contents = locales::compile(&root, test_locales)?;
    run(tools.wasm_command("trunk").args(["build", "--release"]))?;
    let embed = bundle::write(&root, &contents)?;
    println!("xtask: dist/{} integrity=\"{}\"", embed.versioned, embed.integrity);
    Ok(())
}

/// Copies the offline page `build` wrote (see `bundle`) where the educator asked.
fn offline(root: &Path) -> Result<(), String> {
    let to = std::env::args().nth(2).map_or_else(|| root.join("target/law-explainer-offline.html"), PathBuf::from);
    let from = root.join("dist/law-explainer-offline.html");
    std::fs::copy(&from, &to).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
    println!(
        "xtask: wrote {} ({} bytes): open it in a browser, no network needed",
        to.display(),
        std::fs::metadata(&to).map_or(0, |m| m.len())
    );
    Ok(())
}

fn serve(root: &Path) -> Result<(), String> {
    let tools = setup::ensure(false)?;
    build(&tools, false)?;
    let server = server::Server::start(&root.join("dist"), root, 8080)
        .map_err(|e| format!("cannot listen on 127.0.0.1:8080: {e}"))?;
    println!("Serving the widget's demo page on {}/ (Ctrl+C to stop)", server.origin);
    loop {
        std::thread::park();
    }
}

fn test(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let tools = setup::ensure(true)?;
    run(Command::new("cargo").args(["fmt", "--all", "--", "--check"]))?;
    run(Command::new("cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    if tools.has_wasm_clippy() {
        run(tools.wasm_command("cargo").args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]))?;
    } else {
        eprintln!("xtask: no clippy for wasm on the Debian fallback toolchain; skipped");
    }
    build(&tools, true)?;
    let tested = lighthouse(root).and_then(|()| {
        run(Command::new("cargo")
            .args(["test", "--workspace"])
            .env("LE_DIST", root.join("dist"))
            .env("CHROMEDRIVER", setup::CHROMEDRIVER)
            .env("CHROME", setup::CHROMIUM))
    });
    // The tests need the right-to-left test locale; the dist/ a host may deploy must not carry
    // it, whether the tests passed or not. Only the loader and content change: Trunk's part is
    // cached.
    build(&tools, false)?;
    without_test_locales(&root.join("dist"))?;
    tested?;
    eprintln!("xtask: every test passed in {:.0}s", started.elapsed().as_secs_f32());
    Ok(())
}

/// Fails if any file in `dist` is or names a test-only locale.
fn without_test_locales(dist: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("cannot list {}: {e}", dist.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text_file = [".js", ".html", ".json"].iter().any(|end| name.ends_with(end));
        let names_it = text_file && std::fs::read_to_string(entry.path()).is_ok_and(|t| t.contains(locales::RTL_TEST));
        if name.contains(locales::RTL_TEST) || names_it {
            return Err(format!("dist/{name} carries the test-only locale {}", locales::RTL_TEST));
        }
    }
    Ok(())
}

/// Scores the built demo page with Lighthouse 12 (mobile settings) in Debian's Chromium; prints
/// every category and fails unless accessibility is 100.
fn lighthouse(root: &Path) -> Result<(), String> {
    let server = server::Server::start(&root.join("dist"), root, 0).map_err(|e| format!("cannot serve: {e}"))?;
    let report = root.join("target/lighthouse.json");
    run(Command::new(root.join("node_modules/.bin/lighthouse"))
        .arg(format!("{}/", server.origin))
        .args(["--quiet", "--only-categories=accessibility,best-practices,performance", "--output=json"])
        .arg(format!("--output-path={}", report.display()))
        .arg(format!("--chrome-flags={}", chromium::QUIET_FLAGS.join(" ")))
        .env("CHROME_PATH", setup::CHROMIUM))?;
    let check = r#"
const report = require(process.argv[1]);
for (const [id, category] of Object.entries(report.categories)) console.log(`lighthouse: ${id} ${Math.round(category.score * 100)}`);
if (report.categories.accessibility.score !== 1) process.exit(1);
"#;
    run(Command::new("node").args(["-e", check]).arg(&report))
        .map_err(|_| format!("Lighthouse accessibility is below 100; see {}", report.display()))
}

fn bench(root: &Path) -> Result<(), String> {
    let tools = setup::ensure(true)?;
    build(&tools, false)?;
    // The framework floor: a bare Yew app, same toolchain, profile and wasm-opt level.
    let floor = root.join("target/yew-hello");
    run(tools
        .wasm_command("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&floor)
        .arg("benches/yew-hello/index.html"))?;
    lighthouse(root)?;
    run(Command::new("cargo")
        .args(["bench", "--bench", "widget"])
        .env("LE_DIST", root.join("dist"))
        .env("LE_YEW_HELLO", &floor)
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("CHROME", setup::CHROMIUM))
}

fn screenshot(root: &Path) -> Result<(), String> {
    let tools = setup::ensure(true)?;
    build(&tools, false)?;
    let server =
        server::Server::start(&root.join("dist"), root, 0).map_err(|e| format!("cannot start the server: {e}"))?;
    let out = root.join("target/screenshot.png");
    let profile = std::env::temp_dir().join(format!("le-screenshot-{}", std::process::id()));
    run(Command::new(setup::CHROMIUM).args(chromium::QUIET_FLAGS).args([
        "--hide-scrollbars",
        "--window-size=900,1100",
        "--virtual-time-budget=5000",
        &format!("--user-data-dir={}", profile.display()),
        &format!("--screenshot={}", out.display()),
        &format!("{}/", server.origin),
    ]))?;
    println!("Screenshot saved to {}", out.display());
    Ok(())
}
