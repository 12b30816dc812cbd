//! Compiles every locale under `content/` (read and checked by the `compiler` crate, errors as
//! `file:line: message`, translation parity included) into the postcard bytes the loader
//! fetches, one file per locale, so a visitor downloads only the language they read.

use std::fs;
use std::path::Path;

use compiler::{parity, Locale};
use model::content::{Content, Language};

/// Every locale, English first, each knowing every language built beside it. A translation
/// that lacks anything English has (`compiler::parity`) stops the build like a broken file.
pub fn compile(root: &Path) -> Result<Vec<Locale>, String> {
    let dir = root.join("content");
    let mut codes: Vec<String> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    codes.sort_by_key(|code| (code != "en", code.clone()));
    let mut locales = Vec::new();
    let mut problems = Vec::new();
    for code in &codes {
        match compiler::load_locale(&dir.join(code)) {
            Ok(locale) => locales.push(locale),
            Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
        }
    }
    if let Some((english, translations)) = locales.split_first().filter(|_| problems.is_empty()) {
        problems.extend(translations.iter().flat_map(|other| parity::check(english, other)));
    }
    if !problems.is_empty() {
        return Err(format!("the content files have {} problem(s):\n  {}", problems.len(), problems.join("\n  ")));
    }
    let languages: Vec<Language> = locales
        .iter()
        .map(|l| Language { code: l.content.locale.clone(), name: l.content.ui.language_name.clone() })
        .collect();
    for locale in &mut locales {
        locale.content.languages = languages.clone();
    }
    Ok(locales)
}

pub fn bytes(content: &Content) -> Vec<u8> {
    postcard::to_allocvec(content).expect("content serialises")
}

/// A locale's loader words (its `loader-*` messages), for its file beside the content.
pub fn loader_words(locale: &Locale) -> serde_json::Value {
    locale.loader.iter().map(|(key, value)| (key.clone(), serde_json::Value::from(value.clone()))).collect()
}
