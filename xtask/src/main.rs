//! Project automation, run as `cargo xtask <command>`: it installs what is missing, then builds,
//! serves or tests the widget. Only cargo is needed to start.

mod bundle;
mod html;
#[cfg(test)]
mod layering;
mod locales;
mod nodes;
mod oembed;
mod plugin;
mod prerender;
mod setup;

use harness::{chromium, server};

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use setup::Tools;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve        set up what is missing, build, and serve the demo page on http://127.0.0.1:8080
  test         set up what is missing and run every test (formatting, clippy, unit, browser)
  build        set up what is missing and build the widget into dist/
  offline      build, then copy the one-file offline copy (for a USB stick) to PATH
               (default: target/law-explainer-offline.html)
  lighthouse   build, then score the demo page with Lighthouse (fails below 100 for accessibility)
  bench        build, then print sizes, host page cost, first screen, step change, quick exit,
               memory and Lighthouse scores, each beside its baseline
  size         build, then print what the wasm's bytes are (twiggy top and dominators, on the
               release build before wasm-bindgen and wasm-opt, which keeps function names)
  wordpress    build, then write the WordPress plugin, with the widget inside, to
               target/law-explainer-wordpress.zip
  screenshots  build, then save headless Chromium screenshots to target/screenshots/: every step
               on a phone and a laptop, the presenter and audience windows at 1280x720, and each
               page of both handouts; in English, or in the language given (cargo xtask screenshots ar)
  setup        only install what is missing";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = project_root();
    std::env::set_current_dir(&root).expect("the project root exists");
    let result = match command.as_str() {
        "serve" => serve(&root),
        "test" => test(&root),
        "build" => setup::ensure(false).and_then(|tools| build(&tools)),
        "screenshots" => screenshots(),
        "offline" => setup::ensure(false).and_then(|tools| build(&tools)).and_then(|()| offline(&root)),
        "bench" => bench(&root),
        "size" => size(&root),
        "wordpress" => setup::ensure(false)
            .and_then(|tools| build(&tools))
            .and_then(|()| setup::ensure_zip())
            .and_then(|()| plugin::write(&root).map(drop)),
        "lighthouse" => {
            setup::ensure(true).and_then(|tools| build(&tools)).and_then(|()| lighthouse(&root, WITH_PERFORMANCE))
        }
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

/// Builds dist/.
fn build(tools: &Tools) -> Result<(), String> {
    // Content first: a content mistake stops the build before the slow part.
    let root = project_root();
    let contents = locales::compile(&root)?;
    run(tools.wasm_command("trunk").args(["build", "--release"]))?;
    run(tools
        .wasm_command("trunk")
        .args(["build", "--release", "--dist"])
        .arg(root.join(bundle::CLASSROOM_DIST))
        .arg(root.join("assets/classroom.html")))?;
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
    build(&tools)?;
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
        // The crates that go into the two wasm files: the visitor's, then the classroom's.
        for features in ["", "law-explainer/classroom"] {
            run(tools.wasm_command("cargo").args([
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "law-explainer",
                "-p",
                "le-view",
                "-p",
                "le-model",
                "--features",
                features,
                "--",
                "-D",
                "warnings",
            ]))?;
        }
    } else {
        eprintln!("xtask: no clippy for wasm on the Debian fallback toolchain; skipped");
    }
    // The tests run against the dist/ a host would deploy: no locale is built for them alone,
    // and no test address is written into it. The WordPress tests paste a link to a copy
    // published where they serve it through the documented nginx configuration
    // (harness::wordpress), with the oEmbed discovery a host's build would have.
    let widget_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    build(&tools)?;
    size_budgets(root, &tools)?;
    let published = root.join("target/dist-published");
    oembed::publish_copy(&root.join("dist"), &published, &format!("http://127.0.0.1:{widget_port}/"))?;
    let plugin = plugin::write(root)?;
    // The test gates on accessibility; performance is a measurement, the bench's and
    // `cargo xtask lighthouse`'s to report, so Lighthouse can run beside the other tests.
    let audit = {
        let root = root.to_path_buf();
        std::thread::spawn(move || lighthouse(&root, &["accessibility", "best-practices"]))
    };
    // The browser tests wait on the browser as much as they compute: a third test beside
    // two cores' worth keeps both busy (measured: 79 s with three, 92 s with two, 83 s with four).
    let tests = run(Command::new("cargo")
        .args(["test", "--workspace", "--", "--test-threads=3"])
        .env("LE_DIST", root.join("dist"))
        .env("LE_WORDPRESS_ZIP", plugin)
        .env("LE_PUBLISHED_DIST", &published)
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("CHROME", setup::CHROMIUM)
        .env("GECKODRIVER", setup::geckodriver())
        .env("FIREFOX", setup::FIREFOX));
    audit.join().map_err(|_| "the Lighthouse run panicked".to_string())??;
    tests?;
    eprintln!("xtask: every test passed in {:.0}s", started.elapsed().as_secs_f32());
    Ok(())
}

/// Every category the project scores.
const WITH_PERFORMANCE: &[&str] = &["accessibility", "best-practices", "performance"];

/// Scores the built demo page with Lighthouse 12 (mobile settings) in Debian's Chromium in
/// `categories`; prints each and fails unless accessibility is 100.
fn lighthouse(root: &Path, categories: &[&str]) -> Result<(), String> {
    let server = server::Server::start(&root.join("dist"), root, 0).map_err(|e| format!("cannot serve: {e}"))?;
    let report = root.join("target/lighthouse.json");
    run(Command::new(root.join("node_modules/.bin/lighthouse"))
        .arg(format!("{}/", server.origin))
        .args(["--quiet", &format!("--only-categories={}", categories.join(",")), "--output=json"])
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

/// Builds the framework floor the budgets compare with: a bare Yew app, same toolchain, profile
/// and wasm-opt level, into `target/yew-hello`.
fn bare_yew(root: &Path, tools: &Tools) -> Result<PathBuf, String> {
    let floor = root.join("target/yew-hello");
    run(tools
        .wasm_command("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&floor)
        .arg("benches/yew-hello/index.html"))?;
    Ok(floor)
}

/// Fails when the built widget is over a size budget (`harness::budgets`, the one place they are
/// written), and prints each figure beside its budget.
fn size_budgets(root: &Path, tools: &Tools) -> Result<(), String> {
    let sizes = harness::budgets::Sizes::measure(&root.join("dist"), &bare_yew(root, tools)?)?;
    let verdict = sizes.check();
    let (Ok(lines) | Err(lines)) = &verdict;
    for line in lines {
        println!("xtask: size budget: {line}");
    }
    verdict.map(drop).map_err(|_| "a size budget is exceeded (above)".to_string())
}

fn bench(root: &Path) -> Result<(), String> {
    let tools = setup::ensure(true)?;
    build(&tools)?;
    let floor = bare_yew(root, &tools)?;
    lighthouse(root, WITH_PERFORMANCE)?;
    run(Command::new("cargo")
        .args(["bench", "--bench", "widget"])
        .env("LE_DIST", root.join("dist"))
        .env("LE_YEW_HELLO", &floor)
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("CHROME", setup::CHROMIUM))
}

/// What the wasm is made of, to know what to cut: the largest items, and what keeps the most
/// bytes alive. The shipped wasm has no names left after wasm-opt, so this reads the one Trunk
/// built it from, which holds the same code.
fn size(root: &Path) -> Result<(), String> {
    let tools = setup::ensure(false)?;
    build(&tools)?;
    setup::ensure_twiggy()?;
    let wasm = root.join("target/wasm32-unknown-unknown/release/law-explainer.wasm");
    run(Command::new("twiggy").args(["top", "-n", "30"]).arg(&wasm))?;
    run(Command::new("twiggy").args(["dominators", "-d", "3", "-r", "40"]).arg(&wasm))
}

/// Screenshots to look at by eye (crates/harness/src/bin/screenshots.rs says which).
fn screenshots() -> Result<(), String> {
    let tools = setup::ensure(true)?;
    build(&tools)?;
    let code = std::env::args().nth(2).unwrap_or_else(|| "en".into());
    let locales = locales::compile(&project_root())?;
    let locale = locales.iter().find(|l| l.content.locale == code).ok_or(format!("there is no content/{code}/"))?;
    run(Command::new("cargo")
        .args(["run", "--quiet", "-p", "le-harness", "--bin", "screenshots", "--", &code])
        .args(locale.content.steps.iter().map(|step| &step.id))
        .env("LE_DIST", project_root().join("dist"))
        .env("CHROMEDRIVER", setup::CHROMEDRIVER)
        .env("CHROME", setup::CHROMIUM))
}
