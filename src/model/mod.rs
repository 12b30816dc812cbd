//! The pure model: content types, walkthrough state and text helpers. No `web-sys`, no I/O
//! in the browser, so everything here is covered by native `#[test]`s.

pub mod config;
pub mod content;
pub mod contrast;
pub mod explorer;
#[cfg(not(target_arch = "wasm32"))]
pub mod parse;
pub mod presenting;
pub mod readability;
pub mod text;
pub mod walkthrough;

use content::Content;

/// The English content, compiled and checked by `build.rs` from `content/en`.
pub fn english() -> Content {
    postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/content-en.bin")))
        .expect("build.rs wrote content this version can read")
}
