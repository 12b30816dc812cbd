//! Compiles every locale under `content/` (checked by `model::parse`, errors as `file:line:
//! message`) into the postcard bytes the loader fetches, one file per locale, so a visitor
//! downloads only the language they read.

use std::fs;
use std::path::Path;

use law_explainer::model::content::{Content, Language};
use law_explainer::model::parse;

/// Every locale's content, English first, each knowing every language built beside it.
pub fn compile(root: &Path) -> Result<Vec<Content>, String> {
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
        match parse::load_locale(&dir.join(code)) {
            Ok(content) => locales.push(content),
            Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
        }
    }
    if !problems.is_empty() {
        return Err(format!("the content files have {} problem(s):\n  {}", problems.len(), problems.join("\n  ")));
    }
    let languages: Vec<Language> =
        locales.iter().map(|c| Language { code: c.locale.clone(), name: c.ui.language_name.clone() }).collect();
    for content in &mut locales {
        content.languages = languages.clone();
    }
    Ok(locales)
}

pub fn bytes(content: &Content) -> Vec<u8> {
    postcard::to_allocvec(content).expect("content serialises")
}

/// The loader's `TEXT` table: each locale's `loader-*` messages and its direction.
pub fn loader_text(locales: &[Content]) -> String {
    let table: serde_json::Map<String, serde_json::Value> = locales
        .iter()
        .map(|content| {
            let mut text: serde_json::Map<String, serde_json::Value> =
                content.ui.loader.iter().map(|(key, value)| (key.clone(), value.clone().into())).collect();
            text.insert("dir".into(), content.ui.direction.clone().into());
            (content.locale.clone(), text.into())
        })
        .collect();
    serde_json::Value::Object(table).to_string()
}
