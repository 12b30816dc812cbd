//! The crates' layering, checked on their dependency trees: the compiler then refuses an
//! import that goes the wrong way, and these tests refuse a dependency that would allow one.

use std::process::Command;

/// The names of the crates `package` depends on (with `extra` arguments), build scripts and
/// procedural macros left out: they run on the host, not in the wasm.
fn dependencies(package: &str, extra: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO"))
        .args(["tree", "-p", package, "-e", "normal,no-proc-macro", "--prefix", "none"])
        .args(extra)
        .current_dir(crate::project_root())
        .output()
        .expect("cargo tree runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.split(' ').next().map(String::from))
        .collect()
}

fn none_of(found: &[String], banned: &[&str], what: &str) {
    let bad: Vec<&String> = found.iter().filter(|name| banned.iter().any(|b| name.starts_with(b))).collect();
    assert!(bad.is_empty(), "{what} depends on {bad:?}");
}

#[test]
fn the_model_depends_on_nothing_of_yew_or_the_browser() {
    let found = dependencies("le-model", &[]);
    none_of(&found, &["yew", "web-sys", "wasm-bindgen", "js-sys", "gloo"], "the model");
    assert!(found.iter().any(|name| name == "postcard"), "the tree was read: {found:?}");
}

#[test]
fn the_wasm_carries_no_content_parser() {
    let found = dependencies("law-explainer", &["--target", "wasm32-unknown-unknown"]);
    none_of(&found, &["le-compiler", "toml", "fluent"], "the wasm");
    assert!(found.iter().any(|name| name == "le-view"), "the tree was read: {found:?}");
}

#[test]
fn the_view_cannot_reach_the_page() {
    let found = dependencies("le-view", &[]);
    none_of(&found, &["law-explainer"], "the view");
    assert!(found.iter().any(|name| name == "le-model"), "the tree was read: {found:?}");
}
