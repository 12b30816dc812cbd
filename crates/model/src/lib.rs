//! The pure model: content types, walkthrough, myth-or-fact check, explorer and presenting state, partner settings
//! and colour contrast. Plain Rust with no Yew and nothing of the browser (the crate cannot
//! reach them: it does not depend on them), so everything here is tested natively.

pub mod check;
pub mod config;
pub mod content;
pub mod contrast;
pub mod explorer;
pub mod presenting;
pub mod sorting;
pub mod text;
pub mod walkthrough;

use content::Content;

/// A locale's content as the loader fetched it (`content-<locale>-<hash>.bin`, written by
/// `cargo xtask build` from `content/<locale>/`); `None` if the bytes are not content.
pub fn decode(bytes: &[u8]) -> Option<Content> {
    postcard::from_bytes(bytes).ok()
}
