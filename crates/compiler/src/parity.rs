//! Translation parity: everything English has, a translation has too, with nothing left
//! empty, no `{placeholder}` or help-line number dropped, and the legal names and statute
//! quotations exactly as in English. Native only: run by the tests and `cargo xtask build`.

use std::collections::BTreeMap;

use model::content::{dial_digits, Block, Inline, Question, Source, SourceKind, Statement};

use crate::Locale;

/// Every difference between `english` and `other` that a translation must not have, each
/// as `<locale>: <where>: <what>`.
pub fn check(english: &Locale, other: &Locale) -> Vec<String> {
    let (english_loader, other_loader) = (&english.loader, &other.loader);
    let (english, other) = (&english.content, &other.content);
    let mut problems = Vec::new();
    let mut problem = |place: &str, what: String| problems.push(format!("{}: {place}: {what}", other.locale));
    let numbers: Vec<String> =
        english.resources.iter().flat_map(|r| [&r.phone, &r.text, &r.tty]).flatten().map(|n| dial_digits(n)).collect();
    let same_numbers = |a: &str, b: &str| help_numbers(a, &numbers) == help_numbers(b, &numbers);

    let (en_ui, ui) = (strings(&english.ui), strings(&other.ui));
    for (key, value) in &en_ui {
        match ui.get(key) {
            Some(text) if text.trim().is_empty() => problem("ui.ftl", format!("`{key}` is empty")),
            Some(text) if placeholders(text) != placeholders(value) => {
                problem("ui.ftl", format!("`{key}` must keep exactly the placeholders {:?}", placeholders(value)))
            }
            Some(_) => {}
            None => problem("ui.ftl", format!("`{key}` is missing")),
        }
    }
    for (key, value) in english_loader {
        match other_loader.iter().find(|(k, _)| k == key) {
            Some((_, text)) if text.trim().is_empty() => problem("ui.ftl", format!("`loader-{key}` is empty")),
            Some((_, text)) if placeholders(text) != placeholders(value) => {
                problem("ui.ftl", format!("`loader-{key}` must keep its placeholders"))
            }
            Some(_) => {}
            None => problem("ui.ftl", format!("`loader-{key}` is missing")),
        }
    }

    let en_ids: Vec<&str> = english.steps.iter().map(|s| s.id.as_str()).collect();
    let ids: Vec<&str> = other.steps.iter().map(|s| s.id.as_str()).collect();
    if en_ids != ids {
        problem("steps", format!("the step ids must be English's, in order: {en_ids:?} (found {ids:?})"));
    }
    for (en, step) in english.steps.iter().zip(&other.steps) {
        let place = format!("step \"{}\"", en.id);
        if step.title.trim().is_empty() {
            problem(&place, "the title is empty".into());
        }
        if en.sheet.len() != step.sheet.len() {
            problem(
                &place,
                format!("{} blocks on the student sheet in English, {} here", en.sheet.len(), step.sheet.len()),
            );
        }
        if en.handout != step.handout {
            problem(&place, format!("`handout` must be {} as in English", en.handout));
        }
        if en.optional != step.optional {
            problem(&place, format!("`optional` must be {} as in English", en.optional));
        }
        if en.blocks.len() != step.blocks.len() {
            problem(&place, format!("{} blocks in English, {} here", en.blocks.len(), step.blocks.len()));
        }
        for (i, (a, b)) in en.blocks.iter().zip(&step.blocks).enumerate() {
            let block = format!("{place}, block {}", i + 1);
            match (a, b) {
                (Block::Quote { text, cite }, Block::Quote { text: t, cite: c }) => {
                    if text != t || cite != c {
                        problem(&block, "statute quotations stay in English, word for word, with the same cite".into());
                    }
                }
                _ if std::mem::discriminant(a) != std::mem::discriminant(b) => {
                    problem(&block, "is a different kind of block than in English".into())
                }
                _ => {
                    let (a, b) = (block_text(a), block_text(b));
                    if !a.is_empty() && b.trim().is_empty() {
                        problem(&block, "is empty".into());
                    }
                    if !same_numbers(&a, &b) {
                        problem(&block, format!("must keep the help numbers {:?}", help_numbers(&a, &numbers)));
                    }
                }
            }
        }
        questions(&place, &en.questions, &step.questions, &mut problem);
        if cited(&en.sources) != cited(&step.sources) {
            problem(&place, "the sources must be English's, in order: cite in each block what English cites".into());
        }
        let (a, b) = (&en.notes, &step.notes);
        if b.points.is_empty() || b.points.iter().chain(&b.ask).any(|p| p.trim().is_empty()) {
            problem(&place, "the speaker notes have an empty or missing point".into());
        }
        if a.warning.is_some() != b.warning.is_some() {
            problem(&place, "the speaker notes' content warning is missing".into());
        }
    }
    questions("sort.toml", &english.sort, &other.sort, &mut problem);

    let same_statement =
        |(a, b): (&Statement, &Statement)| a.id == b.id && a.fact == b.fact && cited(&a.sources) == cited(&b.sources);
    if english.check.len() != other.check.len() || !english.check.iter().zip(&other.check).all(same_statement) {
        problem("check.toml", "the statements must be English's, in order, with the same answers and sources".into());
    }
    for statement in other.check.iter().filter(|s| s.text.trim().is_empty() || s.explain.trim().is_empty()) {
        problem("check.toml", format!("\"{}\" has an empty text or explanation", statement.id));
    }

    if cited(&english.sources) != cited(&other.sources) {
        problem("sources.toml", "the sources must be English's, in order, with the same kinds and addresses".into());
    }
    for source in other.sources.iter().filter(|s| s.label.trim().is_empty()) {
        problem("sources.toml", format!("a source has an empty label ({:?})", source.url));
    }

    if english.glossary.len() != other.glossary.len() {
        problem("glossary.toml", format!("{} terms in English, {} here", english.glossary.len(), other.glossary.len()));
    }
    for term in other.glossary.iter().filter(|t| t.definition.trim().is_empty()) {
        problem("glossary.toml", format!("\"{}\" has no definition", term.term));
    }
    if english.resources.len() != other.resources.len() {
        problem("resources.toml", "the resources must be English's, in order".into());
    }
    for (a, b) in english.resources.iter().zip(&other.resources) {
        if (&a.phone, &a.text, &a.tty, &a.url, a.strip) != (&b.phone, &b.text, &b.tty, &b.url, b.strip) {
            problem("resources.toml", format!("\"{}\" must keep English's numbers, address and strip", a.name));
        }
        if b.name.trim().is_empty() || b.about.trim().is_empty() {
            problem("resources.toml", format!("\"{}\" has an empty name or about", a.name));
        }
        if !same_numbers(&a.about, &b.about)
            || !same_numbers(a.hours.as_deref().unwrap_or(""), b.hours.as_deref().unwrap_or(""))
        {
            problem("resources.toml", format!("\"{}\" dropped a number from its text", a.name));
        }
    }

    let (a, b) = (&english.explorer, &other.explorer);
    let shape = |e: &model::content::Explorer| {
        let questions: Vec<_> = e
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.answers.iter().map(|x| x.next.clone()).collect::<Vec<_>>()))
            .collect();
        let outcomes: Vec<_> = e.outcomes.iter().map(|o| (o.id.clone(), o.cite.clone())).collect();
        (e.start.clone(), questions, outcomes)
    };
    if shape(a) != shape(b) {
        problem("explorer.toml", "the questions, answers and outcomes (with their cites) must be English's".into());
    }
    problems
}

fn questions(place: &str, english: &[Question], other: &[Question], problem: &mut impl FnMut(&str, String)) {
    if english.len() != other.len() {
        problem(place, format!("{} questions in English, {} here", english.len(), other.len()));
    }
    for (a, b) in english.iter().zip(other) {
        let at = format!("{place}, \"{}\"", a.id);
        let right = |q: &Question| q.choices.iter().map(|c| c.correct).collect::<Vec<_>>();
        if a.id != b.id || right(a) != right(b) {
            problem(&at, "must have English's id and choices, with the same one right".into());
        }
        if a.cite != b.cite {
            problem(&at, "the cite names the law, exactly as in English".into());
        }
        let texts = b.choices.iter().flat_map(|c| [&c.label, &c.feedback]).chain([&b.story]);
        if texts.chain(b.notes.iter()).any(|t| t.trim().is_empty()) || a.notes.is_some() != b.notes.is_some() {
            problem(&at, "has an empty story, choice, feedback or note".into());
        }
    }
}

/// What identifies sources across languages: their kinds and addresses, in order.
fn cited(sources: &[Source]) -> Vec<(SourceKind, Option<&str>)> {
    sources.iter().map(|s| (s.kind, s.url.as_deref())).collect()
}

/// The interface strings by name (serde's field names), for comparing two locales.
fn strings(ui: &model::content::Ui) -> BTreeMap<String, String> {
    let table = toml::Value::try_from(ui).expect("interface strings serialise");
    table
        .as_table()
        .map(|t| t.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
        .unwrap_or_default()
}

/// The `{placeholders}` in a template, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> =
        text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    found.sort_unstable();
    found
}

/// The help-line numbers in a text (any run of digits and separators that dials one), sorted.
fn help_numbers(text: &str, numbers: &[String]) -> Vec<String> {
    let mut found: Vec<String> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map(dial_digits)
        .filter(|digits| !digits.is_empty() && numbers.contains(digits))
        .collect();
    found.sort();
    found
}

fn block_text(block: &Block) -> String {
    let pieces = |inlines: &[Inline]| -> String {
        inlines
            .iter()
            .map(|piece| match piece {
                Inline::Text(t) | Inline::Strong(t) => t.as_str(),
                Inline::Term { label, .. } | Inline::Link { label, .. } => label.as_str(),
            })
            .collect()
    };
    match block {
        Block::Paragraph(inlines) => pieces(inlines),
        Block::List(items) => items.iter().map(|item| pieces(item)).collect::<Vec<_>>().join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_has_everything_english_has() {
        let english = crate::locale("en");
        let mut locales: Vec<String> = std::fs::read_dir(crate::content_dir())
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|code| code != "en")
            // A translator working on one language checks it alone: LE_LOCALE=pt cargo test -p le-compiler parity
            .filter(|code| std::env::var("LE_LOCALE").map_or(true, |only| &only == code))
            .collect();
        locales.sort();
        assert!(!locales.is_empty(), "no translations to check");
        let problems: Vec<String> = locales.iter().flat_map(|code| check(&english, &crate::locale(code))).collect();
        assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn a_dropped_number_placeholder_or_item_is_caught() {
        let english = crate::locale("en");
        let mut wrong = english.clone();
        let other = &mut wrong.content;
        other.locale = "xx".into();
        other.ui.progress = "Paso {n}".into();
        other.ui.back = " ".into();
        for block in &mut other.steps[0].blocks {
            if let Block::Paragraph(pieces) = block {
                for piece in pieces.iter_mut() {
                    if let Inline::Text(text) = piece {
                        *text = text.replace("911", "");
                    }
                }
            }
        }
        other.steps[1].sources.clear();
        other.sort.pop();
        other.resources[1].phone = Some("1-888-000-0000".into());
        if let Some(Block::Quote { text, .. }) =
            other.steps[1].blocks.iter_mut().find(|b| matches!(b, Block::Quote { .. }))
        {
            *text = "traducido".into();
        }
        let problems = check(&english, &wrong);
        for expected in [
            "xx: ui.ftl: `progress` must keep exactly the placeholders",
            "xx: ui.ftl: `back` is empty",
            "xx: step \"what-trafficking-is\": the sources",
            "xx: step \"before-you-start\", block ",
            "xx: sort.toml: ",
            "xx: resources.toml: \"National Human Trafficking Hotline\" must keep English's numbers",
            "xx: step \"what-trafficking-is\", block 4: statute quotations stay in English",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(expected)), "missing {expected:?} in {problems:#?}");
        }
        assert_eq!(check(&english, &english), Vec::<String>::new());
    }
}
