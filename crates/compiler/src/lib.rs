//! The content compiler: reads each `content/<locale>/` (TOML and Fluent) into the model's
//! `Content`, with `file:line: message` errors, and checks it (sources, the explorer's tree,
//! translation parity, readability). Used by `cargo xtask build` and the tests, never by the
//! widget: the wasm does not depend on this crate, so it ships no TOML or Fluent parser.

pub mod parity;
pub mod parse;
pub mod readability;
mod support;
pub mod tree;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use model::content::Content;

pub use parse::{load_locale, ContentError, Locale};

/// The project's `content/` folder.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// The locale `code`, read and checked from `content/<code>/`; panics with every problem
/// found (for tests and tools).
pub fn locale(code: &str) -> Locale {
    load_locale(&content_dir().join(code))
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}

/// The widget's content in `code` (see [`locale`]).
pub fn load(code: &str) -> Content {
    locale(code).content
}

/// The English content, parsed once per process however many tests ask for it.
pub fn english() -> Content {
    static ENGLISH: OnceLock<Content> = OnceLock::new();
    ENGLISH.get_or_init(|| load("en")).clone()
}
