//! What supports each thing the walkthrough says: the locale's source register
//! (`sources.toml`) and the check on every `sources = [...]` list that names its entries.
//!
//! Every text block, glossary term, scenario, sorting example, explorer outcome and help line
//! says which sources support it, so a content editor can see, for each legal sentence, where
//! it comes from; a step then shows the sources of everything on it. Host only.

use std::collections::BTreeSet;
use std::path::PathBuf;

use model::content::{Source, SourceKind};
use serde::Deserialize;
use toml::Spanned;

use crate::parse::{ContentError, File};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegister {
    source: Vec<Spanned<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    kind: String,
    label: String,
    url: Option<String>,
    /// For content editors: what the source supports and how far. Never shown.
    #[serde(rename = "note")]
    _note: Option<serde::de::IgnoredAny>,
}

/// The sources of a locale, in file order, and what has cited them so far.
#[derive(Default)]
pub struct Register {
    path: PathBuf,
    /// Each source with its id and the line it starts on.
    entries: Vec<(String, Source, usize)>,
    used: BTreeSet<String>,
}

impl Register {
    pub fn parse(file: &File, errors: &mut Vec<ContentError>) -> Option<Register> {
        let raw: RawRegister = file.parse().map_err(|e| errors.push(e)).ok()?;
        let mut entries: Vec<(String, Source, usize)> = Vec::new();
        for entry in raw.source {
            let at = entry.span().start;
            let RawSource { id, kind, label, url, .. } = entry.into_inner();
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                errors.push(file.error(at, format!("source id \"{id}\" may use only a-z, 0-9 and -")));
            }
            if entries.iter().any(|(seen, ..)| *seen == id) {
                errors.push(file.error(at, format!("source id \"{id}\" is used twice")));
            }
            let Some(kind) = SourceKind::ALL.into_iter().find(|k| k.id() == kind) else {
                let kinds: Vec<&str> = SourceKind::ALL.iter().map(|k| k.id()).collect();
                errors.push(file.error(at, format!("`kind = \"{kind}\"` of \"{id}\" is not one of {kinds:?}")));
                continue;
            };
            if label.trim().is_empty() {
                errors.push(file.error(at, format!("source \"{id}\" has an empty label")));
            }
            match &url {
                Some(url) if !url.starts_with("https://") => {
                    errors.push(file.error(at, format!("the url of \"{id}\" must start with https:// (got \"{url}\")")))
                }
                None if kind == SourceKind::CurrentLaw => {
                    errors.push(file.error(at, format!("\"{id}\" is a page to read the law on: it needs its url")))
                }
                _ => {}
            }
            entries.push((id, Source { kind, label, url }, file.line(at)));
        }
        Some(Register { path: file.path.to_path_buf(), entries, used: BTreeSet::new() })
    }

    /// Checks the `sources` list of an item that states law (a glossary term, a scenario, an
    /// outcome ...), which must name at least one source, and returns its ids.
    pub fn require(
        &mut self,
        file: &File,
        at: usize,
        what: &str,
        ids: Option<Vec<String>>,
        errors: &mut Vec<ContentError>,
    ) -> Vec<String> {
        match self.check(file, at, what, ids, errors) {
            Some(ids) if !ids.is_empty() => ids,
            Some(_) => {
                errors.push(file.error(at, format!("{what} states law, so `sources` must name at least one source")));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// Checks the `sources` list of the item at `at` in `file`, notes its ids as cited and
    /// returns them; `None` (after an error) if the item has no list, as every item must say
    /// what supports it. `what` names the item in messages ("glossary term \"Coercion\"").
    pub fn check(
        &mut self,
        file: &File,
        at: usize,
        what: &str,
        ids: Option<Vec<String>>,
        errors: &mut Vec<ContentError>,
    ) -> Option<Vec<String>> {
        let Some(ids) = ids else {
            errors.push(
                file.error(
                    at,
                    format!("{what} needs `sources = [\"...\"]`: the ids in sources.toml of what supports it"),
                ),
            );
            return None;
        };
        let mut known = Vec::new();
        for id in &ids {
            match self.entries.iter().find(|(entry, ..)| entry == id) {
                Some((_, source, _)) => known.push(source.kind),
                None => errors.push(file.error(at, format!("{what} cites \"{id}\", which is not in sources.toml"))),
            }
            self.used.insert(id.clone());
        }
        if !known.is_empty() && known.iter().all(|k| *k == SourceKind::CurrentLaw) {
            errors.push(file.error(
                at,
                format!(
                    "{what} cites only official pages we could not read (kind \"current-law\"): add a source that was read"
                ),
            ));
        }
        Some(ids)
    }

    /// The sources named by `ids`, each once, in the order first named.
    pub fn resolve<'a>(&self, ids: impl IntoIterator<Item = &'a String>) -> Vec<Source> {
        let mut seen: Vec<&str> = Vec::new();
        ids.into_iter()
            .filter_map(|id| {
                let (id, source, _) = self.entries.iter().find(|(entry, ..)| entry == id)?;
                (!seen.contains(&id.as_str())).then(|| {
                    seen.push(id);
                    source.clone()
                })
            })
            .collect()
    }

    /// Every source, for the Sources step, and an error for each that nothing cites.
    pub fn finish(self, errors: &mut Vec<ContentError>) -> Vec<Source> {
        for (id, _, line) in self.entries.iter().filter(|(id, ..)| !self.used.contains(id)) {
            errors.push(ContentError {
                file: self.path.clone(),
                line: *line,
                message: format!("source \"{id}\" is not cited by anything: cite it or remove it"),
            });
        }
        self.entries.into_iter().map(|(_, source, _)| source).collect()
    }
}
