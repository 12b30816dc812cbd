//! Content types: what a walkthrough is made of, shared by the build-time compiler and the widget.
//!
//! The build script parses `content/` into these types, validates them and serialises them
//! with postcard; the widget decodes the bytes at start-up. Text is already split into
//! inline pieces here, so the view never interprets markup and content can never inject HTML.

use serde::{Deserialize, Serialize};

/// Everything one locale shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub locale: String,
    pub ui: Ui,
    pub steps: Vec<Step>,
    pub glossary: Vec<Term>,
    pub resources: Vec<Resource>,
}

/// Interface strings: every label the widget shows outside the walkthrough text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ui {
    pub title: String,
    pub back: String,
    pub next: String,
    /// A template with `{n}` and `{total}`.
    pub progress: String,
    /// A template with `{n}`, `{total}` and `{title}`, said by the live region on a step change.
    pub announce: String,
    pub sources_heading: String,
    pub not_legal_advice: String,
    pub last_reviewed: String,
    /// The date the legal content was last checked, written for this locale.
    pub reviewed_on: String,
    pub nav_label: String,
    /// The accessible name of the help strip.
    pub help_label: String,
    pub call: String,
    pub text: String,
    pub tty: String,
}

/// One step of the walkthrough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
    pub sources: Vec<Source>,
}

/// A block of step text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    /// Word-for-word text of a verified source, with its citation.
    Quote {
        text: String,
        cite: String,
    },
    /// The help resources, in full.
    Resources,
    /// Every source cited in any step, without repeats.
    AllSources,
}

/// A run of text inside a block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// A glossary term, shown as a disclosure; `term` is the glossary id.
    Term {
        term: String,
        label: String,
    },
    Link {
        label: String,
        href: String,
    },
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub label: String,
    pub url: String,
}

/// A glossary entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
}

/// A help service and how to reach it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub name: String,
    pub phone: Option<String>,
    /// A number to text.
    pub text: Option<String>,
    pub tty: Option<String>,
    pub hours: Option<String>,
    pub about: String,
    pub url: Option<String>,
    /// Shown in the help strip on every step.
    pub strip: bool,
}

impl Content {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// The resource shown on every step.
    pub fn strip_resource(&self) -> Option<&Resource> {
        self.resources.iter().find(|r| r.strip)
    }

    /// Every source cited by any step, first citation first, without repeats.
    pub fn all_sources(&self) -> Vec<&Source> {
        let mut seen: Vec<&Source> = Vec::new();
        for source in self.steps.iter().flat_map(|s| &s.sources) {
            if !seen.iter().any(|s| s.url == source.url) {
                seen.push(source);
            }
        }
        seen
    }
}

/// The digits of a phone number, for `tel:` and `sms:` links.
pub fn dial_digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}
