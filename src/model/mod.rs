//! The pure model: content types, walkthrough state and text helpers. No `web-sys`, no I/O
//! in the browser, so everything here is covered by native `#[test]`s.

pub mod config;
pub mod content;
pub mod contrast;
pub mod explorer;
#[cfg(not(target_arch = "wasm32"))]
pub mod parity;
#[cfg(not(target_arch = "wasm32"))]
pub mod parse;
pub mod presenting;
pub mod readability;
#[cfg(not(target_arch = "wasm32"))]
mod support;
pub mod text;
pub mod walkthrough;

use content::Content;

/// A locale's content as the loader fetched it (`content-<locale>-<hash>.bin`, written by
/// `cargo xtask build` from `content/<locale>/`); `None` if the bytes are not content.
pub fn decode(bytes: &[u8]) -> Option<Content> {
    postcard::from_bytes(bytes).ok()
}

/// The content of `locale`, read and checked from `content/<locale>/` (tests and tools only).
#[cfg(not(target_arch = "wasm32"))]
pub fn load(locale: &str) -> Content {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join(locale);
    parse::load_locale(&dir)
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}

/// The English content (tests and tools only).
#[cfg(not(target_arch = "wasm32"))]
pub fn english() -> Content {
    load("en")
}
