//! Reads a locale's content files (TOML) into [`Content`] and checks them, reporting every
//! problem as `file:line: message` so that a content editor can find and fix it.
//!
//! Runs at build time (from `cargo xtask build`, which writes each locale's bytes for the
//! loader to fetch) and in native tests; never in the browser.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use model::check::MAX_STATEMENTS;
use model::content::{
    dial_digits, Block, Choice, Content, Explorer, ExplorerQuestion, Inline, Notes, Outcome, Question, Resource,
    Statement, Step, Term, Ui,
};
use serde::Deserialize;
use toml::Spanned;

use crate::support::Register;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    optional: bool,
    /// `false` for a step that is about the screen only (how to leave it): not printed.
    #[serde(default = "printed")]
    handout: bool,
    #[serde(default)]
    blocks: Vec<RawBlock>,
    notes: Option<Spanned<RawNotes>>,
}

fn printed() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotes {
    minutes: u8,
    warning: Option<String>,
    points: Vec<String>,
    #[serde(default)]
    ask: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    text: Option<Spanned<String>>,
    quote: Option<Spanned<String>>,
    cite: Option<String>,
    include: Option<Spanned<String>>,
    sources: Option<Vec<String>>,
    /// Printed on the one-page student sheet too.
    #[serde(default)]
    sheet: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    term: Vec<Spanned<RawTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: String,
    definition: String,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResources {
    resource: Vec<Spanned<RawResource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResource {
    name: String,
    phone: Option<String>,
    text: Option<String>,
    tty: Option<String>,
    hours: Option<String>,
    about: String,
    url: Option<String>,
    #[serde(default)]
    strip: bool,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenarios {
    scenario: Vec<Spanned<RawScenario>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    id: String,
    step: String,
    story: String,
    question: String,
    cite: String,
    notes: String,
    choice: Vec<RawChoice>,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    label: String,
    #[serde(default)]
    correct: bool,
    feedback: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSort {
    categories: Vec<RawCategory>,
    example: Vec<Spanned<RawExample>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    text: String,
    answer: String,
    explain: String,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    statement: Vec<Spanned<RawStatement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: String,
    text: String,
    answer: String,
    explain: String,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExplorer {
    start: String,
    question: Vec<Spanned<RawExplorerQuestion>>,
    outcome: Vec<Spanned<RawOutcome>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExplorerQuestion {
    id: String,
    text: String,
    answers: Vec<model::content::Answer>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    id: String,
    title: String,
    text: String,
    cite: String,
    sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawReview {
    /// "none", or who checked the translation and when.
    native_speaker_review: String,
}

/// A file's text, kept to turn byte offsets into line numbers.
pub(super) struct File<'a> {
    pub(super) path: &'a Path,
    text: &'a str,
}

impl File<'_> {
    pub(super) fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())].matches('\n').count() + 1
    }

    pub(super) fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        ContentError { file: self.path.to_path_buf(), line: self.line(offset), message: message.into() }
    }

    pub(super) fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, ContentError> {
        toml::from_str(self.text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            self.error(offset, e.message().trim().to_string())
        })
    }
}

/// The loader's words every `ui.ftl` must have, as `loader-<key>` messages.
pub const LOADER_TEXT: &[&str] =
    &["exit", "skip", "loading", "failed", "leaving", "blocked", "one", "two", "timeout", "unheard"];

/// A locale as the build compiles it: the widget's content, and the loader's own words
/// (`loader-*` messages), which `embed.js` carries so that they show before the walkthrough
/// loads and which the widget never needs.
#[derive(Clone, Debug)]
pub struct Locale {
    pub content: Content,
    pub loader: Vec<(String, String)>,
}

impl Locale {
    /// The loader's word for `key` (`loader-<key>` in `ui.ftl`); empty if there is none.
    pub fn loader_word(&self, key: &str) -> &str {
        self.loader.iter().find(|(k, _)| k == key).map_or("", |(_, text)| text)
    }
}

/// Loads and checks the locale in `dir`: `ui.ftl`, `sources.toml`, `glossary.toml`,
/// `resources.toml`, `sort.toml`, `explorer.toml`, `check.toml`, `steps/*.toml` and `scenarios.toml`.
pub fn load_locale(dir: &Path) -> Result<Locale, Vec<ContentError>> {
    let locale = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    let mut errors = Vec::new();

    let ui = load(dir, "ui.ftl", &mut errors, |file, errors| {
        let (ui, loader) = parse_ui(file, errors)?;
        check_ui(file, &ui, errors);
        Some((ui, loader))
    });
    let mut register = load(dir, "sources.toml", &mut errors, Register::parse).unwrap_or_default();
    let (glossary, term_sources) =
        load(dir, "glossary.toml", &mut errors, |f, e| parse_glossary(f, &mut register, e)).unwrap_or_default();
    let (resources, resource_sources) =
        load(dir, "resources.toml", &mut errors, |f, e| parse_resources(f, &mut register, e)).unwrap_or_default();
    let (sort, sort_sources) =
        load(dir, "sort.toml", &mut errors, |f, e| parse_sort(f, &mut register, e)).unwrap_or_default();
    let (explorer, explorer_sources) =
        load(dir, "explorer.toml", &mut errors, |f, e| parse_explorer(f, &mut register, e)).unwrap_or_default();
    let check = load(dir, "check.toml", &mut errors, |f, e| parse_check(f, &mut register, e)).unwrap_or_default();

    let numbers: Vec<String> =
        resources.iter().flat_map(|r| [&r.phone, &r.text, &r.tty]).flatten().map(|n| dial_digits(n)).collect();

    let mut step_paths: Vec<PathBuf> = match fs::read_dir(dir.join("steps")) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => {
            errors.push(ContentError {
                file: dir.join("steps"),
                line: 0,
                message: format!("cannot read the steps folder: {e}"),
            });
            Vec::new()
        }
    };
    step_paths.sort();
    let cited = Cited {
        glossary: &glossary,
        terms: &term_sources,
        resources: &resource_sources,
        sort: &sort_sources,
        explorer: &explorer_sources,
    };
    let mut steps = Vec::new();
    // The ids of the sources of each step, in the order its content cites them.
    let mut step_sources: Vec<Vec<String>> = Vec::new();
    for path in &step_paths {
        if let Some(text) = read(path, &mut errors) {
            let file = File { path, text: &text };
            if let Some((step, sources)) = parse_step(&file, &cited, &numbers, &mut register, &mut errors) {
                if let Some(first) = steps.iter().position(|s: &Step| s.id == step.id) {
                    let earlier = step_paths[first].display();
                    errors.push(file.error(0, format!("step id \"{}\" is already used by {earlier}", step.id)));
                }
                steps.push(step);
                step_sources.push(sources);
            }
        }
    }
    if step_paths.is_empty() {
        errors.push(ContentError {
            file: dir.join("steps"),
            line: 0,
            message: "there are no steps (*.toml files)".into(),
        });
    }
    if step_paths.len() > model::walkthrough::MAX_STEPS {
        errors.push(ContentError {
            file: dir.join("steps"),
            line: 0,
            message: format!("there are {} steps; the most is {}", step_paths.len(), model::walkthrough::MAX_STEPS),
        });
    }

    load(dir, "scenarios.toml", &mut errors, |file, errors| {
        attach_scenarios(file, &mut steps, &mut step_sources, &mut register, errors);
        Some(())
    });
    for (step, ids) in steps.iter_mut().zip(&step_sources) {
        step.sources = register.resolve(ids);
    }
    let sources = register.finish(&mut errors);
    // English is the source text; every translation says whether a native speaker has checked it.
    let reviewed = locale == "en"
        || load(dir, "review.toml", &mut errors, |file, errors| {
            let raw: RawReview = file.parse().map_err(|e| errors.push(e)).ok()?;
            Some(raw.native_speaker_review.trim() != "none")
        })
        .unwrap_or(false);

    match ui {
        Some((ui, loader)) if errors.is_empty() => Ok(Locale {
            content: Content {
                locale,
                languages: Vec::new(),
                ui,
                steps,
                glossary,
                resources,
                sort,
                explorer,
                check,
                sources,
                reviewed,
            },
            loader,
        }),
        _ => Err(errors),
    }
}

/// Reads `dir/name` and hands it to `parse`; a file that cannot be read is an error.
fn load<T>(
    dir: &Path,
    name: &str,
    errors: &mut Vec<ContentError>,
    parse: impl FnOnce(&File, &mut Vec<ContentError>) -> Option<T>,
) -> Option<T> {
    let path = dir.join(name);
    let text = read(&path, errors)?;
    parse(&File { path: &path, text: &text }, errors)
}

fn read(path: &Path, errors: &mut Vec<ContentError>) -> Option<String> {
    fs::read_to_string(path)
        .map_err(|e| {
            errors.push(ContentError { file: path.to_path_buf(), line: 0, message: format!("cannot read: {e}") })
        })
        .ok()
}

/// Reads `ui.ftl`, a Fluent file of plain messages: text with `{ $variable }` placeables,
/// compiled here into `{variable}` templates, so the widget needs no Fluent runtime (which
/// would add about 50 KB brotli to the wasm).
fn parse_ui(file: &File, errors: &mut Vec<ContentError>) -> Option<(Ui, Vec<(String, String)>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

    let resource = match fluent_syntax::parser::parse(file.text) {
        Ok(resource) => resource,
        Err((resource, problems)) => {
            for problem in problems {
                errors.push(file.error(problem.pos.start, format!("this is not valid Fluent: {}", problem.kind)));
            }
            resource
        }
    };
    let at = |id: &str| file.text.find(&format!("\n{id} =")).map_or(0, |i| i + 1);
    let mut messages = BTreeMap::new();
    let mut loader = Vec::new();
    for entry in resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                errors.push(file.error(at(&format!("-{}", term.id.name)), "terms (-name) are not used here"));
                continue;
            }
            _ => continue,
        };
        let id = message.id.name;
        let Some(pattern) = message.value.filter(|_| message.attributes.is_empty()) else {
            errors.push(file.error(at(id), format!("`{id}` must be one plain message, without attributes")));
            continue;
        };
        let mut text = String::new();
        let mut plain = true;
        for element in pattern.elements {
            match element {
                PatternElement::TextElement { value } => text.push_str(value),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => text.push_str(&format!("{{{}}}", id.name)),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => text.push_str(value),
                PatternElement::Placeable { .. } => {
                    plain = false;
                    errors.push(file.error(
                        at(id),
                        format!(
                            "`{id}` may hold only text and {{ $variables }}, not selectors, functions or references"
                        ),
                    ));
                }
            }
        }
        if plain && text.trim().is_empty() {
            errors.push(file.error(at(id), format!("`{id}` is empty")));
        }
        match id.strip_prefix("loader-") {
            Some(key) => loader.push((key.to_string(), text)),
            None => {
                messages.insert(id.replace('-', "_"), text);
            }
        }
    }
    for key in LOADER_TEXT {
        if !loader.iter().any(|(k, _)| k == key) {
            errors.push(file.error(0, format!("the message `loader-{key}` is missing")));
        }
    }
    let deserializer = serde::de::value::MapDeserializer::<_, serde::de::value::Error>::new(messages.into_iter());
    match Ui::deserialize(deserializer) {
        Ok(ui) => Some((ui, loader)),
        Err(e) => {
            // serde names fields with underscores; the file names messages with hyphens.
            let message = e.to_string().replace('_', "-");
            let message = match message.strip_prefix("missing field ") {
                Some(name) => format!("the message {name} is missing"),
                None => message.replace("unknown field", "unknown message"),
            };
            errors.push(file.error(0, message));
            None
        }
    }
}

fn check_ui(file: &File, ui: &Ui, errors: &mut Vec<ContentError>) {
    if !["ltr", "rtl"].contains(&ui.direction.as_str()) {
        let offset = file.text.find("direction =").unwrap_or(0);
        errors.push(file.error(offset, "`direction` must be ltr or rtl"));
    }
    let templates = [
        ("progress", &ui.progress, &["{n}", "{total}"][..]),
        ("announce", &ui.announce, &["{n}", "{total}", "{title}"][..]),
        ("timer", &ui.timer, &["{lesson}", "{step}", "{minutes}"][..]),
        ("next_up", &ui.next_up, &["{title}"][..]),
        ("last_reviewed", &ui.last_reviewed, &["{date}"][..]),
        ("content_warning", &ui.content_warning, &["{warning}"][..]),
        ("answer", &ui.answer, &["{choice}"][..]),
        ("handout_step", &ui.handout_step, &["{n}", "{title}"][..]),
        ("story_opening", &ui.story_opening, &["{words}"][..]),
        ("explorer_progress", &ui.explorer_progress, &["{n}", "{total}"][..]),
        ("sort_summary", &ui.sort_summary, &["{right}", "{total}"][..]),
        ("check_offer", &ui.check_offer, &["{count}"][..]),
        ("check_again_offer", &ui.check_again_offer, &["{count}"][..]),
        ("check_summary", &ui.check_summary, &["{before}", "{after}", "{total}"][..]),
        ("check_summary_now", &ui.check_summary_now, &["{after}", "{total}"][..]),
        ("check_before", &ui.check_before, &["{answer}"][..]),
        ("check_now", &ui.check_now, &["{answer}"][..]),
        ("check_hands", &ui.check_hands, &["{answer}"][..]),
    ];
    for (key, value, placeholders) in templates {
        for placeholder in placeholders {
            if !value.contains(placeholder) {
                let offset = file.text.find(&format!("{} =", key.replace('_', "-"))).unwrap_or(0);
                errors.push(file.error(offset, format!("`{key}` must contain {placeholder}")));
            }
        }
    }
}

/// The ids of the sources of each glossary term, by term id.
type TermSources = BTreeMap<String, Vec<String>>;

/// The glossary, and the ids of the sources of each term.
fn parse_glossary(
    file: &File,
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) -> Option<(Vec<Term>, TermSources)> {
    let raw: RawGlossary = file.parse().map_err(|e| errors.push(e)).ok()?;
    let mut terms: Vec<Term> = Vec::new();
    let mut sources = BTreeMap::new();
    for entry in raw.term {
        let span = entry.span();
        let entry = entry.into_inner();
        let id = entry.term.to_lowercase();
        if terms.iter().any(|t| t.id == id) {
            errors.push(file.error(span.start, format!("glossary term \"{}\" is defined twice", entry.term)));
        }
        let what = format!("glossary term \"{}\"", entry.term);
        sources.insert(id.clone(), register.require(file, span.start, &what, entry.sources, errors));
        terms.push(Term { id, term: entry.term, definition: entry.definition.trim().to_string() });
    }
    Some((terms, sources))
}

/// Checks a question's choices: at least two, exactly one right, feedback on each.
fn check_choices(file: &File, at: usize, id: &str, choices: &[Choice], errors: &mut Vec<ContentError>) {
    if choices.len() < 2 {
        errors.push(file.error(at, format!("\"{id}\" needs at least two choices")));
    }
    if choices.iter().filter(|c| c.correct).count() != 1 {
        errors.push(file.error(at, format!("\"{id}\" needs exactly one choice with `correct = true`")));
    }
    for choice in choices.iter().filter(|c| c.feedback.trim().is_empty()) {
        errors.push(file.error(at, format!("choice \"{}\" of \"{id}\" has no feedback", choice.label)));
    }
}

fn attach_scenarios(
    file: &File,
    steps: &mut [Step],
    step_sources: &mut [Vec<String>],
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) {
    let Ok(raw) = file.parse::<RawScenarios>().map_err(|e| errors.push(e)) else { return };
    let mut seen: Vec<String> = Vec::new();
    for entry in raw.scenario {
        let at = entry.span().start;
        let s = entry.into_inner();
        if !s.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') || s.id.is_empty() {
            errors.push(file.error(at, format!("scenario id \"{}\" may use only a-z, 0-9 and -", s.id)));
        }
        if seen.contains(&s.id) {
            errors.push(file.error(at, format!("scenario id \"{}\" is used twice", s.id)));
        }
        seen.push(s.id.clone());
        let choices: Vec<Choice> = s
            .choice
            .into_iter()
            .map(|c| Choice { label: c.label, correct: c.correct, feedback: c.feedback.trim().to_string() })
            .collect();
        check_choices(file, at, &s.id, &choices, errors);
        if s.cite.trim().is_empty() {
            errors.push(file.error(at, format!("scenario \"{}\" needs a `cite` naming the law it is about", s.id)));
        }
        if s.notes.trim().is_empty() {
            errors.push(file.error(at, format!("scenario \"{}\" needs `notes` for presenters", s.id)));
        }
        let cited = register.require(file, at, &format!("scenario \"{}\"", s.id), s.sources, errors);
        match steps.iter().position(|step| step.id == s.step) {
            Some(n) => {
                step_sources[n].extend(cited);
                steps[n].questions.push(Question {
                    id: s.id,
                    story: s.story,
                    question: Some(s.question),
                    choices,
                    cite: Some(s.cite),
                    notes: Some(s.notes.trim().to_string()),
                });
            }
            None => errors.push(file.error(at, format!("scenario \"{}\" names an unknown step \"{}\"", s.id, s.step))),
        }
    }
}

/// The sorting exercise, and the ids of the sources of its examples.
fn parse_sort(
    file: &File,
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) -> Option<(Vec<Question>, Vec<String>)> {
    let raw: RawSort = file.parse().map_err(|e| errors.push(e)).ok()?;
    let mut questions = Vec::new();
    let mut sources = Vec::new();
    for (n, entry) in raw.example.into_iter().enumerate() {
        let at = entry.span().start;
        let example = entry.into_inner();
        if !raw.categories.iter().any(|c| c.id == example.answer) {
            errors.push(file.error(at, format!("`answer = \"{}\"` is not one of the categories", example.answer)));
        }
        sources.extend(register.require(file, at, &format!("example \"{}\"", example.text), example.sources, errors));
        let choices: Vec<Choice> = raw
            .categories
            .iter()
            .map(|c| Choice {
                label: c.label.clone(),
                correct: c.id == example.answer,
                feedback: example.explain.clone(),
            })
            .collect();
        questions.push(Question {
            id: format!("sort-{}", n + 1),
            story: example.text,
            question: None,
            choices,
            cite: None,
            notes: None,
        });
    }
    Some((questions, sources))
}

/// The myth-or-fact check. Each statement's explanation states law or fact, so it needs a source.
fn parse_check(file: &File, register: &mut Register, errors: &mut Vec<ContentError>) -> Option<Vec<Statement>> {
    let raw: RawCheck = file.parse().map_err(|e| errors.push(e)).ok()?;
    if raw.statement.len() > MAX_STATEMENTS {
        errors
            .push(file.error(0, format!("there are {} statements; the most is {MAX_STATEMENTS}", raw.statement.len())));
    }
    let mut statements: Vec<Statement> = Vec::new();
    for entry in raw.statement {
        let at = entry.span().start;
        let raw = entry.into_inner();
        if statements.iter().any(|s| s.id == raw.id) {
            errors.push(file.error(at, format!("statement id \"{}\" is used twice", raw.id)));
        }
        let fact = match raw.answer.as_str() {
            "fact" => true,
            "myth" => false,
            other => {
                errors.push(file.error(at, format!("`answer` is \"myth\" or \"fact\", not \"{other}\"")));
                false
            }
        };
        let ids = register.require(file, at, &format!("statement \"{}\"", raw.id), raw.sources, errors);
        statements.push(Statement {
            id: raw.id,
            text: raw.text,
            fact,
            explain: raw.explain,
            sources: register.resolve(&ids),
        });
    }
    Some(statements)
}

/// The explorer, and the ids of the sources of its questions and outcomes. An outcome states
/// law, so it needs a source; a question may.
fn parse_explorer(
    file: &File,
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) -> Option<(Explorer, Vec<String>)> {
    let raw: RawExplorer = file.parse().map_err(|e| errors.push(e)).ok()?;
    let mut sources = Vec::new();
    let mut questions = Vec::new();
    for entry in raw.question {
        let at = entry.span().start;
        let RawExplorerQuestion { id, text, answers, sources: cited } = entry.into_inner();
        sources
            .extend(register.check(file, at, &format!("question \"{id}\""), Some(cited), errors).unwrap_or_default());
        questions.push(ExplorerQuestion { id, text, answers });
    }
    let mut outcomes = Vec::new();
    for entry in raw.outcome {
        let at = entry.span().start;
        let RawOutcome { id, title, text, cite, sources: cited } = entry.into_inner();
        sources.extend(register.require(file, at, &format!("outcome \"{id}\""), cited, errors));
        outcomes.push(Outcome { id, title, text, cite });
    }
    let explorer = Explorer { start: raw.start, questions, outcomes };
    for (id, problem) in crate::tree::problems(&explorer) {
        let offset = file.text.find(&format!("id = \"{id}\"")).unwrap_or(0);
        errors.push(file.error(offset, problem));
    }
    Some((explorer, sources))
}

/// The help resources, and the ids of the sources of what each says about itself.
fn parse_resources(
    file: &File,
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) -> Option<(Vec<Resource>, Vec<String>)> {
    let raw: RawResources = file.parse().map_err(|e| errors.push(e)).ok()?;
    let mut resources = Vec::new();
    let mut sources = Vec::new();
    for entry in raw.resource {
        let at = entry.span().start;
        let r = entry.into_inner();
        if r.url.as_ref().is_some_and(|u| !u.starts_with("https://")) {
            errors.push(file.error(at, format!("the url of \"{}\" must start with https://", r.name)));
        }
        if r.phone.is_none() && r.text.is_none() && r.url.is_none() {
            errors.push(file.error(at, format!("\"{}\" needs a phone, text or url", r.name)));
        }
        let RawResource { name, phone, text, tty, hours, about, url, strip, sources: cited } = r;
        sources.extend(register.require(file, at, &format!("resource \"{name}\""), cited, errors));
        resources.push(Resource { name, phone, text, tty, hours, about, url, strip });
    }
    if resources.iter().filter(|r| r.strip).count() != 1 {
        errors.push(file.error(0, "exactly one resource must have `strip = true` (the help strip on every step)"));
    }
    Some((resources, sources))
}

/// What a step's blocks may cite beside their own sources: the glossary terms they use and the
/// parts they include, each with its sources.
struct Cited<'a> {
    glossary: &'a [Term],
    terms: &'a TermSources,
    resources: &'a [String],
    sort: &'a [String],
    explorer: &'a [String],
}

/// Runs of digits and hyphens with at least six digits: phone and text numbers.
fn phone_numbers(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_part = |c: char| c.is_ascii_digit() || c == '-';
    text.match_indices(|c: char| c.is_ascii_digit()).filter_map(move |(start, _)| {
        if start > 0 && text[..start].ends_with(is_part) {
            return None;
        }
        let run = text[start..].split(|c: char| !is_part(c)).next().unwrap_or("").trim_end_matches('-');
        (run.chars().filter(char::is_ascii_digit).count() >= 6).then_some((start, run))
    })
}

/// A step, and the ids of the sources of everything on it (its text, the glossary terms it
/// uses and what it includes), in the order they are cited.
fn parse_step(
    file: &File,
    cited: &Cited,
    numbers: &[String],
    register: &mut Register,
    errors: &mut Vec<ContentError>,
) -> Option<(Step, Vec<String>)> {
    let raw: RawStep = file.parse().map_err(|e| errors.push(e)).ok()?;
    let mut blocks = Vec::new();
    let mut sheet = Vec::new();
    let mut sources = Vec::new();
    for block in raw.blocks {
        if let Some(include) = block.include {
            if block.sources.is_some() {
                errors.push(file.error(include.span().start, "an `include` brings its own sources: remove `sources`"));
            }
            if block.sheet {
                errors.push(file.error(include.span().start, "`sheet` marks text or a quotation, not an `include`"));
            }
            match include.get_ref().as_str() {
                "resources" => {
                    blocks.push(Block::Resources);
                    sources.extend_from_slice(cited.resources);
                }
                "sources" => blocks.push(Block::AllSources),
                "sort" => {
                    blocks.push(Block::Sort);
                    sources.extend_from_slice(cited.sort);
                }
                "explorer" => {
                    blocks.push(Block::Explorer);
                    sources.extend_from_slice(cited.explorer);
                }
                other => errors.push(file.error(
                    include.span().start,
                    format!("`include` can be \"resources\", \"sources\", \"sort\" or \"explorer\", not \"{other}\""),
                )),
            }
            continue;
        }
        let first = blocks.len();
        let on_sheet = block.sheet;
        match (block.text, block.quote, block.cite) {
            (Some(text), None, None) => {
                let at = text.span().start;
                let own = register.check(file, at, "this text", block.sources, errors);
                if own.as_ref().is_some_and(Vec::is_empty)
                    && (mentions_law(text.get_ref()) || text.get_ref().contains("[["))
                {
                    errors.push(file.error(
                        at,
                        "this text names a law or a glossary term, so `sources` must name what supports it",
                    ));
                }
                sources.extend(own.unwrap_or_default());
                for (pos, number) in phone_numbers(text.get_ref()) {
                    if !numbers.contains(&dial_digits(number)) {
                        errors.push(file.error(
                            string_offset(file, &text, pos),
                            format!("the number {number} is not in resources.toml"),
                        ));
                    }
                }
                match parse_text(text.get_ref()) {
                    Ok(parsed) => {
                        for term in check_terms(file, &text, &parsed, cited.glossary, errors) {
                            sources.extend(cited.terms.get(&term).into_iter().flatten().cloned());
                        }
                        blocks.extend(parsed);
                    }
                    Err((pos, message)) => errors.push(file.error(string_offset(file, &text, pos), message)),
                }
            }
            (None, Some(quote), Some(cite)) => {
                sources.extend(register.require(file, quote.span().start, "this quotation", block.sources, errors));
                blocks.push(Block::Quote { text: collapse(quote.get_ref()), cite });
            }
            (None, Some(quote), None) => {
                errors.push(file.error(quote.span().start, "a `quote` needs a `cite` naming its source"))
            }
            (text, quote, _) => {
                let at = text.as_ref().or(quote.as_ref()).map_or(0, |s| s.span().start);
                errors.push(file.error(at, "each [[blocks]] entry needs `text`, `quote` with `cite`, or `include`"));
            }
        }
        if on_sheet {
            sheet.extend(blocks[first..].iter().cloned());
        }
    }
    let notes = match raw.notes {
        Some(notes) => check_notes(file, notes, numbers, errors),
        None => {
            errors
                .push(file.error(raw.id.span().start, "this step has no [notes] for presenters (minutes and points)"));
            Notes { minutes: 0, warning: None, points: Vec::new(), ask: Vec::new() }
        }
    };
    let step = Step {
        id: raw.id.into_inner(),
        title: raw.title,
        optional: raw.optional,
        handout: raw.handout,
        blocks,
        sheet,
        questions: Vec::new(),
        sources: Vec::new(),
        notes,
    };
    Some((step, sources))
}

/// A step's speaker notes: a believable time, at least one talking point, no empty lines, and
/// only phone numbers from the resources file.
fn check_notes(file: &File, notes: Spanned<RawNotes>, numbers: &[String], errors: &mut Vec<ContentError>) -> Notes {
    let at = notes.span().start;
    let notes = notes.into_inner();
    if !(1..=20).contains(&notes.minutes) {
        errors.push(file.error(at, format!("notes `minutes` must be from 1 to 20 (got {})", notes.minutes)));
    }
    if notes.points.is_empty() {
        errors.push(file.error(at, "notes need at least one talking point in `points`"));
    }
    let lines = notes.warning.iter().chain(&notes.points).chain(&notes.ask);
    for line in lines {
        if line.trim().is_empty() {
            errors.push(file.error(at, "notes have an empty line"));
        }
        for (_, number) in phone_numbers(line) {
            if !numbers.contains(&dial_digits(number)) {
                errors.push(file.error(at, format!("the number {number} is not in resources.toml")));
            }
        }
    }
    Notes { minutes: notes.minutes, warning: notes.warning, points: notes.points, ask: notes.ask }
}

fn mentions_law(text: &str) -> bool {
    text.contains('§') || text.contains("U.S.C.")
}

/// Checks that every `[[term]]` in `blocks` is in the glossary; returns the terms used.
fn check_terms(
    file: &File,
    text: &Spanned<String>,
    blocks: &[Block],
    glossary: &[Term],
    errors: &mut Vec<ContentError>,
) -> Vec<String> {
    let mut used = Vec::new();
    let inlines = blocks.iter().flat_map(|b| match b {
        Block::Paragraph(p) => p.iter().collect::<Vec<_>>(),
        Block::List(items) => items.iter().flatten().collect(),
        _ => Vec::new(),
    });
    for inline in inlines {
        if let Inline::Term { term, label } = inline {
            if !glossary.iter().any(|t| &t.id == term) {
                let pos = text.get_ref().find(&format!("[[{label}")).unwrap_or(0);
                errors.push(file.error(string_offset(file, text, pos), format!("\"{term}\" is not in glossary.toml")));
            }
            used.push(term.clone());
        }
    }
    used
}

/// The byte offset in the file of byte `pos` inside a string value.
fn string_offset(file: &File, value: &Spanned<String>, pos: usize) -> usize {
    let Range { start, .. } = value.span();
    let raw = &file.text[start..];
    // A multi-line string drops the newline right after its opening quotes.
    let opening = if raw.starts_with("\"\"\"\n") || raw.starts_with("'''\n") { 4 } else { 1 };
    start + opening + pos
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a `text` value into paragraphs and lists: blank lines separate blocks, and a block
/// whose lines all start with "- " is a list. Errors carry the byte position in `text`.
pub fn parse_text(text: &str) -> Result<Vec<Block>, (usize, String)> {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for chunk in text.split("\n\n") {
        let start = offset;
        offset += chunk.len() + 2;
        if chunk.trim().is_empty() {
            continue;
        }
        let lines: Vec<&str> = chunk.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.iter().all(|l| l.starts_with("- ")) {
            let items = lines
                .iter()
                .map(|l| parse_inline(&l[2..]).map_err(|(p, m)| (start + chunk.find(l).unwrap_or(0) + 2 + p, m)))
                .collect::<Result<_, _>>()?;
            blocks.push(Block::List(items));
        } else {
            blocks.push(Block::Paragraph(parse_inline(&collapse(chunk)).map_err(|(_, m)| (start, m))?));
        }
    }
    Ok(blocks)
}

/// Parses the inline markup: `**strong**`, `[[glossary term]]` or `[[term|shown words]]`, and
/// `[link text](https://...)`. Everything else is plain text, shown as typed.
pub fn parse_inline(text: &str) -> Result<Vec<Inline>, (usize, String)> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    let flush = |plain: &mut String, out: &mut Vec<Inline>| {
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(plain)));
        }
    };
    while let Some(c) = rest.chars().next() {
        let pos = text.len() - rest.len();
        if let Some(after) = rest.strip_prefix("**") {
            let end = after.find("**").ok_or((pos, "`**` opens bold text that is never closed".to_string()))?;
            flush(&mut plain, &mut out);
            out.push(Inline::Strong(after[..end].to_string()));
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix("[[") {
            let end = after
                .find("]]")
                .ok_or((pos, "`[[` opens a glossary term that is never closed with `]]`".to_string()))?;
            let inner = &after[..end];
            let (term, label) = inner.split_once('|').unwrap_or((inner, inner));
            flush(&mut plain, &mut out);
            out.push(Inline::Term { term: term.trim().to_lowercase(), label: label.trim().to_string() });
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let close = after.find("](").ok_or((pos, "`[` starts a link but no `](` follows".to_string()))?;
            let url_end =
                after[close..].find(')').ok_or((pos, "a link's address is never closed with `)`".to_string()))? + close;
            let href = &after[close + 2..url_end];
            if !href.starts_with("https://") {
                return Err((pos, format!("link address must start with https:// (got \"{href}\")")));
            }
            flush(&mut plain, &mut out);
            out.push(Inline::Link { label: after[..close].to_string(), href: href.to_string() });
            rest = &after[url_end + 1..];
        } else {
            plain.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut plain, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn inline_markup_becomes_structured_pieces() {
        let parsed =
            parse_inline("A **Class B** crime: see [[restitution|pay back]] and [the law](https://example.org/x).")
                .unwrap();
        assert_eq!(
            parsed,
            vec![
                text("A "),
                Inline::Strong("Class B".into()),
                text(" crime: see "),
                Inline::Term { term: "restitution".into(), label: "pay back".into() },
                text(" and "),
                Inline::Link { label: "the law".into(), href: "https://example.org/x".into() },
                text("."),
            ]
        );
    }

    #[test]
    fn html_in_content_stays_plain_text() {
        let parsed = parse_inline("<script>alert(1)</script>").unwrap();
        assert_eq!(parsed, vec![text("<script>alert(1)</script>")]);
    }

    #[test]
    fn unsafe_link_addresses_are_refused() {
        let err = parse_inline("[click](javascript:alert(1))").unwrap_err();
        assert!(err.1.contains("https://"), "{err:?}");
    }

    #[test]
    fn blank_lines_split_paragraphs_and_dashes_make_lists() {
        let blocks = parse_text("One\ntwo.\n\n- a\n- b\n").unwrap();
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![text("One two.")]), Block::List(vec![vec![text("a")], vec![text("b")]])]
        );
    }

    fn fixture(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("le-content-{}-{name}", std::process::id())).join("en");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("steps")).unwrap();
        for (path, text) in files {
            // Steps get speaker notes unless the test is about them; appended, so lines do not move.
            let notes = if path.starts_with("steps/") && !text.contains("[notes]") { STEP_NOTES } else { "" };
            fs::write(dir.join(path), format!("{text}{notes}")).unwrap();
        }
        for (name, text) in [
            ("sources.toml", SOURCES),
            ("resources.toml", RESOURCES),
            ("scenarios.toml", SCENARIOS),
            ("sort.toml", SORT),
            ("explorer.toml", EXPLORER),
            ("check.toml", CHECK),
        ] {
            if !files.iter().any(|(path, _)| *path == name) {
                fs::write(dir.join(name), text).unwrap();
            }
        }
        dir
    }

    const UI: &str = r#"
language-name = Test
direction = ltr
title = T
region-label = R
back = Back
next = Next
progress = Step { $n } of { $total }
announce = Step { $n } of { $total }: { $title }
sources-heading = Sources
not-legal-advice = Not legal advice.
last-reviewed = Last reviewed: { $date }.
reviewed-on = today
nav-label = Steps
help-label = Help
call = Call
text = Text
tty = TTY
right = Right.
visited = seen
print-sheet = Sheet
answers = Answers
optional = Optional
explorer-progress = Question { $n } of { $total }
get-help = Get help
sort-summary = { $right } of { $total }
look-again = Again:
finished = Done
finished-text = Thanks.
start-again = Again
educators = Educators
not-quite = Not quite.
your-answer = Your answer
start-over = Start over
explorer-back = Back
only-a-court = Only a court decides.
contents = Contents
present = Present
print = Print handout
speaker-notes = Speaker notes
content-warning = Content warning: { $warning }
talking-points = Talking points
ask-the-room = Ask the room
scenario-notes = About the scenarios
timer = Lesson { $lesson } · this step { $step } of about { $minutes } min
next-up = Next: { $title }
last-step = This is the last step.
show-choices = Show the choices
cover = Cover the audience screen (B)
uncover = Uncover the audience screen (B)
covered = The audience screen is covered.
open-audience = Open the audience window
full-screen = Full screen (F)
leave-present = Leave presenter mode
presenter-label = Presenter controls
paused = Paused
glossary = Glossary
answer = Answer: { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = This step is an interactive check: try it in the walkthrough.
kind-official-text = Official text
kind-copy = Copy
kind-official-page = Official page
kind-summary = Summary
kind-news = News
kind-post-2013 = The 2013 article
kind-current-law = Read the law today
unreviewed = Not checked.
read-in-english = In English
language = Language
check-title = What do you know?
check-offer = { $count } statements.
check-start = Check
check-wait = Thanks.
check-again-title = Now?
check-again-offer = The same { $count }.
check-again-start = Again
check-myth = Myth
check-fact = Fact
check-is-myth = A myth.
check-is-fact = A fact.
check-summary = { $before } then { $after } of { $total }.
check-summary-now = { $after } of { $total }.
check-before = Before: { $answer }.
check-now = Now: { $answer }.
check-unanswered = none
check-hands-help = Count hands.
check-hands = Hands for { $answer }
check-chart = The room
check-statement = Statement
check-column-before = Before
check-column-after = After
loader-exit = L exit
loader-skip = L skip
loader-loading = L loading
loader-failed = L failed
loader-leaving = L leaving
loader-blocked = L blocked
loader-one = L one
loader-two = L two
loader-timeout = L timeout
loader-unheard = L unheard
"#;
    const STEP_NOTES: &str = "\n[notes]\nminutes = 2\npoints = [\"Say this.\"]\n";
    const SOURCES: &str = "[[source]]\nid = \"law\"\nkind = \"official-text\"\nlabel = \"The law\"\nurl = \"https://example.org/law\"\n\n[[source]]\nid = \"today\"\nkind = \"current-law\"\nlabel = \"The law today\"\nurl = \"https://example.org/today\"\n";
    const GLOSSARY: &str =
        "[[term]]\nterm = \"Restitution\"\ndefinition = \"Paying back.\"\nsources = [\"law\", \"today\"]\n";
    const SCENARIOS: &str = "scenario = []\n";
    const SORT: &str = "categories = [{ id = \"force\", label = \"Force\" }]\nexample = []\n";
    const EXPLORER: &str =
        "start = \"end\"\nquestion = []\n\n[[outcome]]\nid = \"end\"\ntitle = \"T\"\ntext = \"T\"\ncite = \"c\"\nsources = [\"law\"]\n";
    const CHECK: &str =
        "[[statement]]\nid = \"a\"\ntext = \"A.\"\nanswer = \"fact\"\nexplain = \"Because.\"\nsources = [\"law\"]\n";
    const RESOURCES: &str = "[[resource]]\nname = \"Hotline\"\nphone = \"1-888-373-7888\"\nabout = \"Help.\"\nstrip = true\nsources = [\"law\"]\n";

    #[test]
    fn the_shipped_content_is_valid() {
        let dir = crate::content_dir().join("en");
        let locale = load_locale(&dir).unwrap_or_else(|errors| {
            panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
        });
        assert!(locale.content.steps.len() >= 2);
    }

    #[test]
    fn a_check_statement_needs_myth_or_fact_a_source_and_its_own_id() {
        let check = "[[statement]]\nid = \"a\"\ntext = \"A.\"\nanswer = \"true\"\nexplain = \"E.\"\nsources = [\"law\"]\n\n[[statement]]\nid = \"a\"\ntext = \"B.\"\nanswer = \"myth\"\nexplain = \"E.\"\n";
        let step = "id = \"s\"\ntitle = \"S\"\n\n[[blocks]]\ntext = \"Plain.\"\n";
        let dir = fixture(
            "check",
            &[("ui.ftl", UI), ("glossary.toml", GLOSSARY), ("steps/01.toml", step), ("check.toml", check)],
        );
        let errors: Vec<String> = load_locale(&dir)
            .unwrap_err()
            .iter()
            .filter(|e| e.file.ends_with("check.toml"))
            .map(|e| format!("{}: {}", e.line, e.message))
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("1: `answer` is \"myth\" or \"fact\", not \"true\""), "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("8: ") && e.contains("used twice")), "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("8: ") && e.contains("needs `sources")), "{errors:?}");
    }

    #[test]
    fn a_malformed_file_is_reported_with_file_and_line() {
        let dir = fixture(
            "malformed",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n\n[[blocks]]\ntext = \"unclosed\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, dir.join("steps/01.toml"));
        assert_eq!(errors[0].line, 5);
        assert!(errors[0].to_string().starts_with(&format!("{}:5: ", dir.join("steps/01.toml").display())));
    }

    #[test]
    fn content_mistakes_name_the_line_they_are_on() {
        let step = "id = \"a\"\ntitle = \"A\"\n\n[[blocks]]\ntext = \"\"\"\nFine.\n\nSee [[nowhere]] under 17-A §852.\n\"\"\"\nsources = [\"law\"]\n";
        let dir = fixture("mistakes", &[("ui.ftl", UI), ("glossary.toml", GLOSSARY), ("steps/01.toml", step)]);
        let messages: Vec<String> =
            load_locale(&dir).unwrap_err().iter().map(|e| format!("{}: {}", e.line, e.message)).collect();
        assert_eq!(messages, vec!["8: \"nowhere\" is not in glossary.toml".to_string()]);
    }

    #[test]
    fn every_statement_of_law_names_what_supports_it() {
        let step = r#"id = "a"
title = "A"

[[blocks]]
text = "Only how to use this page."
sources = []

[[blocks]]
text = "Promoting prostitution is a crime under 17-A M.R.S. §853."
sources = []

[[blocks]]
text = "A [[restitution]] rule."

[[blocks]]
text = "Class B means up to 10 years."
sources = ["today", "gone"]

[[blocks]]
quote = "In the case of a Class B crime, 10 years"
cite = "17-A M.R.S. §1604(1)(B)"
sources = []
"#;
        let sources = format!("{SOURCES}
[[source]]
id = \"unused\"\nkind = \"rumour\"\nlabel = \"X\"\n\n[[source]]\nid = \"idle\"\nkind = \"news\"\nlabel = \"Y\"\nurl = \"http://example.org\"\n");
        let glossary = GLOSSARY.replace("sources = [\"law\", \"today\"]\n", "");
        let dir = fixture(
            "support",
            &[("ui.ftl", UI), ("sources.toml", &sources), ("glossary.toml", &glossary), ("steps/01.toml", step)],
        );
        let found: Vec<(String, usize, String)> = load_locale(&dir)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.file.file_name().unwrap().to_string_lossy().into_owned(), e.line, e.message))
            .collect();
        let expect = |file: &str, line: usize, message: &str| (file.to_string(), line, message.to_string());
        assert_eq!(
            found,
            vec![
                expect("sources.toml", 13, "`kind = \"rumour\"` of \"unused\" is not one of [\"official-text\", \"copy\", \"official-page\", \"summary\", \"news\", \"post-2013\", \"current-law\"]"),
                expect("sources.toml", 18, "the url of \"idle\" must start with https:// (got \"http://example.org\")"),
                expect("glossary.toml", 1, "glossary term \"Restitution\" needs `sources = [\"...\"]`: the ids in sources.toml of what supports it"),
                expect("01.toml", 9, "this text names a law or a glossary term, so `sources` must name what supports it"),
                expect("01.toml", 13, "this text needs `sources = [\"...\"]`: the ids in sources.toml of what supports it"),
                expect("01.toml", 16, "this text cites \"gone\", which is not in sources.toml"),
                expect("01.toml", 16, "this text cites only official pages we could not read (kind \"current-law\"): add a source that was read"),
                expect("01.toml", 20, "this quotation states law, so `sources` must name at least one source"),
                expect("sources.toml", 18, "source \"idle\" is not cited by anything: cite it or remove it"),
            ]
        );
    }

    #[test]
    fn duplicate_step_ids_and_unknown_keys_are_caught() {
        let dir = fixture(
            "dupes",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n"),
                ("steps/02.toml", "id = \"a\"\ntitle = \"B\"\ntitel = \"typo\"\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 3);
        assert!(errors[0].message.contains("titel"), "{}", errors[0].message);
    }

    #[test]
    fn a_phone_number_not_in_the_resources_file_is_refused() {
        let step = "id = \"a\"\ntitle = \"A\"\n\n[[blocks]]\ntext = \"\"\"\nCall 1-888-373-7888.\n\nOr call 1-800-555-0100 in 2013.\n\"\"\"\nsources = []\n";
        let dir = fixture("phones", &[("ui.ftl", UI), ("glossary.toml", GLOSSARY), ("steps/01.toml", step)]);
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.line, e.message.as_str())).collect::<Vec<_>>(),
            vec![(8, "the number 1-800-555-0100 is not in resources.toml")]
        );
    }

    #[test]
    fn a_scenario_without_a_right_answer_or_with_an_unknown_step_is_refused() {
        let scenarios = r#"
[[scenario]]
id = "s1"
step = "a"
story = "S"
question = "Q"
cite = "17-A M.R.S. §852"
notes = "N"
choice = [{ label = "A", feedback = "F" }, { label = "B", feedback = "" }]
sources = ["law"]

[[scenario]]
id = "s2"
step = "nowhere"
story = "S"
question = "Q"
cite = "c"
notes = "N"
choice = [{ label = "A", correct = true, feedback = "F" }, { label = "B", feedback = "G" }]
sources = ["law"]
"#;
        let dir = fixture(
            "scenarios",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("scenarios.toml", scenarios),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.line, e.message.as_str())).collect::<Vec<_>>(),
            vec![
                (2, "\"s1\" needs exactly one choice with `correct = true`"),
                (2, "choice \"B\" of \"s1\" has no feedback"),
                (12, "scenario \"s2\" names an unknown step \"nowhere\""),
            ]
        );
    }

    #[test]
    fn an_explorer_answer_leading_nowhere_is_refused_at_its_question() {
        let explorer = "start = \"q\"\n\n[[question]]\nid = \"q\"\ntext = \"Q?\"\nanswers = [{ label = \"Yes\", next = \"gone\" }]\n\n[[outcome]]\nid = \"end\"\ntitle = \"T\"\ntext = \"T\"\ncite = \"c\"\nsources = [\"law\"]\n";
        let dir = fixture(
            "explorer",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("explorer.toml", explorer),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.line, e.message.as_str())).collect::<Vec<_>>(),
            vec![(4, "answer \"Yes\" of \"q\" leads to unknown \"gone\"")]
        );
    }

    #[test]
    fn the_help_strip_needs_exactly_one_resource() {
        let resources = RESOURCES.replace("strip = true", "");
        let dir = fixture(
            "strip",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("resources.toml", &resources),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert!(errors[0].message.contains("strip = true"), "{errors:?}");
    }

    #[test]
    fn a_template_without_its_placeholder_is_refused() {
        let ui = UI.replace("progress = Step { $n } of { $total }", "progress = Step");
        let dir = fixture(
            "template",
            &[("ui.ftl", &ui), ("glossary.toml", GLOSSARY), ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n")],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.line, e.message.as_str())).collect::<Vec<_>>(),
            vec![(8, "`progress` must contain {n}"), (8, "`progress` must contain {total}"),]
        );
    }

    #[test]
    fn fluent_mistakes_are_reported_at_their_line() {
        let ui = UI
            .replace("\nback = Back", "\nback = { $count ->\n    [one] Back\n   *[other] Back\n}")
            .replace("next = Next\n", "next Next\n")
            .replace("loader-exit = L exit\n", "");
        let dir = fixture(
            "fluent",
            &[("ui.ftl", &ui), ("glossary.toml", GLOSSARY), ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n")],
        );
        let errors = load_locale(&dir).unwrap_err();
        let found: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.message.as_str())).collect();
        assert!(found.iter().any(|(_, m)| m.starts_with("this is not valid Fluent")), "{found:?}");
        assert!(
            found
                .contains(&(6, "`back` may hold only text and { $variables }, not selectors, functions or references")),
            "{found:?}"
        );
        assert!(found.contains(&(1, "the message `loader-exit` is missing")), "{found:?}");
        assert!(found.contains(&(1, "the message `next` is missing")), "{found:?}");
    }

    #[test]
    fn speaker_notes_are_required_and_checked() {
        let scenarios = "[[scenario]]\nid = \"s\"\nstep = \"a\"\nstory = \"S\"\nquestion = \"Q\"\ncite = \"c\"\nnotes = \" \"\nchoice = [{ label = \"A\", correct = true, feedback = \"F\" }, { label = \"B\", feedback = \"G\" }]\nsources = [\"law\"]\n";
        let dir = fixture(
            "notes",
            &[
                ("ui.ftl", UI),
                ("glossary.toml", GLOSSARY),
                ("scenarios.toml", scenarios),
                ("steps/01.toml", "id = \"a\"\ntitle = \"A\"\n\n[notes]\nminutes = 0\npoints = []\nask = [\"Call 1-800-555-0100?\"]\n"),
                ("steps/02.toml", "id = \"b\"\ntitle = \"B\"\n# [notes] forgotten\n"),
            ],
        );
        let errors = load_locale(&dir).unwrap_err();
        assert_eq!(
            errors
                .iter()
                .map(|e| (e.file.file_name().unwrap().to_str().unwrap(), e.line, e.message.as_str()))
                .collect::<Vec<_>>(),
            vec![
                ("01.toml", 4, "notes `minutes` must be from 1 to 20 (got 0)"),
                ("01.toml", 4, "notes need at least one talking point in `points`"),
                ("01.toml", 4, "the number 1-800-555-0100 is not in resources.toml"),
                ("02.toml", 1, "this step has no [notes] for presenters (minutes and points)"),
                ("scenarios.toml", 1, "scenario \"s\" needs `notes` for presenters"),
            ]
        );
    }
}
