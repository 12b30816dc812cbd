//! Content types: what a walkthrough is made of, shared by the build-time compiler and the widget.
//!
//! The build script parses `content/` into these types, validates them and serialises them
//! with postcard; the widget decodes the bytes at start-up. Text is already split into
//! inline pieces here, so the view never interprets markup and content can never inject HTML.

use serde::{Deserialize, Serialize};

/// Everything one locale shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// The locale's code, as its folder under `content/` is named: `en`, `es`.
    pub locale: String,
    /// Every language the widget was built with, for the language switcher.
    pub languages: Vec<Language>,
    pub ui: Ui,
    pub steps: Vec<Step>,
    pub glossary: Vec<Term>,
    pub resources: Vec<Resource>,
    /// The sorting exercise, one question per example.
    pub sort: Vec<Question>,
    pub explorer: Explorer,
    /// The myth-or-fact check a visitor may take before the walkthrough and again at its end.
    pub check: Vec<Statement>,
    /// Every source the content rests on, in the order of `sources.toml`.
    pub sources: Vec<Source>,
    /// Whether a native speaker has checked this language (`review.toml`); English, the source,
    /// always has. Until then the widget says so, and offers the same step in English.
    pub reviewed: bool,
}

/// A language the widget can show, named in itself ("Español").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub code: String,
    pub name: String,
}

/// Interface strings: every label the widget shows outside the walkthrough text, from the
/// locale's `ui.ftl` (message `not-legal-advice` is field `not_legal_advice`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    /// The language's name in itself, for the language switcher.
    pub language_name: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    pub title: String,
    /// The accessible name of the widget's region on the host page.
    pub region_label: String,
    pub back: String,
    pub next: String,
    /// A template with `{n}` and `{total}`.
    pub progress: String,
    /// A template with `{n}`, `{total}` and `{title}`, said by the live region on a step change.
    pub announce: String,
    pub sources_heading: String,
    pub not_legal_advice: String,
    /// A template with `{date}`: the notice's last sentence, punctuated as the language does.
    pub last_reviewed: String,
    /// The date the legal content was last checked, written for this locale.
    pub reviewed_on: String,
    pub nav_label: String,
    /// The accessible name of the help strip.
    pub help_label: String,
    pub call: String,
    pub text: String,
    pub tty: String,
    pub right: String,
    pub not_quite: String,
    pub your_answer: String,
    pub start_over: String,
    pub explorer_back: String,
    pub only_a_court: String,
    pub contents: String,
    /// Said after a step the visitor has seen, in the lists of steps.
    pub visited: String,
    /// Marks a step that only gives background (a `optional = true` step).
    pub optional: String,
    /// A template with `{n}` and `{total}`: where the visitor is in the §852 explorer, whose
    /// paths differ in length, so `{total}` is the longest.
    pub explorer_progress: String,
    /// The control in an explorer outcome that goes to the step with the help lines.
    pub get_help: String,
    /// A template with `{right}` and `{total}`, shown once every sorting example is answered.
    pub sort_summary: String,
    /// Before the list of examples answered wrongly.
    pub look_again: String,
    /// The ending's heading, on the last step, before its sources.
    pub finished: String,
    /// The ending's text, before the help lines.
    pub finished_text: String,
    pub start_again: String,
    /// The standalone page's control that shows the classroom tools (Present, Print handout).
    pub educators: String,
    /// The language switcher's label.
    pub language: String,
    /// The control that opens presenter mode.
    pub present: String,
    /// Prints the full teacher's handout.
    pub print: String,
    /// Prints the one-page student sheet.
    pub print_sheet: String,
    /// The accessible name of the notes panel, seen by the presenter only.
    pub speaker_notes: String,
    /// A template with `{warning}`; what comes before it is the notice's bold label.
    pub content_warning: String,
    pub talking_points: String,
    pub ask_the_room: String,
    pub scenario_notes: String,
    /// A template with `{lesson}`, `{step}` (elapsed times) and `{minutes}` (the step's suggested time).
    pub timer: String,
    /// A template with `{title}`, the next step's.
    pub next_up: String,
    pub last_step: String,
    pub show_choices: String,
    pub cover: String,
    pub uncover: String,
    pub covered: String,
    pub open_audience: String,
    pub full_screen: String,
    pub leave_present: String,
    /// The accessible name of the presenter's controls.
    pub presenter_label: String,
    /// Said to screen readers on the audience window while it is covered.
    pub paused: String,
    pub glossary: String,
    /// The teacher's handout's last section: every question's answer.
    pub answers: String,
    /// A template with `{choice}`: the right answer in the handout.
    pub answer: String,
    /// A template with `{n}` and `{title}`: a step's heading in the handout.
    pub handout_step: String,
    /// A template with `{words}`, a story's first words, naming it in the speaker notes.
    pub story_opening: String,
    /// The name of each kind of source (`kind-official-text` ...), shown beside every source
    /// and as the headings of the Sources step.
    pub kind_official_text: String,
    pub kind_copy: String,
    pub kind_official_page: String,
    pub kind_summary: String,
    pub kind_news: String,
    pub kind_post_2013: String,
    pub kind_current_law: String,
    /// Shown above the walkthrough in a translation that no native speaker has checked yet.
    pub unreviewed: String,
    /// The control beside it that shows the same step in English.
    pub read_in_english: String,
    /// Printed in the handout where the walkthrough has the §852 explorer.
    pub interactive_only: String,
    /// The myth-or-fact check's heading on the first step, and in the teacher's handout.
    pub check_title: String,
    /// A template with `{count}`: what the check is, and that nothing is kept.
    pub check_offer: String,
    pub check_start: String,
    /// Said once every statement of the first check is answered.
    pub check_wait: String,
    /// The check's heading at the end.
    pub check_again_title: String,
    /// A template with `{count}`.
    pub check_again_offer: String,
    pub check_again_start: String,
    pub check_myth: String,
    pub check_fact: String,
    /// The right answer, said after the second check.
    pub check_is_myth: String,
    pub check_is_fact: String,
    /// A template with `{before}`, `{after}` and `{total}`: right answers in each check.
    pub check_summary: String,
    /// A template with `{after}` and `{total}`, when the first check was skipped.
    pub check_summary_now: String,
    /// Templates with `{answer}`: the visitor's answer in each check.
    pub check_before: String,
    pub check_now: String,
    pub check_unanswered: String,
    /// The presenter's instructions for counting hands.
    pub check_hands_help: String,
    /// A template with `{answer}` ("Myth" or "Fact"): the label of a count of hands.
    pub check_hands: String,
    /// The room's before-and-after chart's caption.
    pub check_chart: String,
    /// The chart's table's column headings.
    pub check_statement: String,
    pub check_column_before: String,
    pub check_column_after: String,
}

/// One step of the walkthrough.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// Background a visitor may skip (how the law was made): marked as such.
    pub optional: bool,
    /// Printed in the teacher's handout (a step about the screen itself is not).
    pub handout: bool,
    pub blocks: Vec<Block>,
    /// The blocks (copies of some of `blocks`) printed on the one-page student sheet.
    pub sheet: Vec<Block>,
    /// Scenarios shown at the end of the step.
    pub questions: Vec<Question>,
    pub sources: Vec<Source>,
    pub notes: Notes,
}

/// Speaker notes for a step: shown in the presenter view only, never to the audience.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notes {
    /// Suggested time for the step in a lesson.
    pub minutes: u8,
    /// Said to the room before a heavy step.
    pub warning: Option<String>,
    /// Talking points.
    pub points: Vec<String>,
    /// Discussion questions for the room.
    pub ask: Vec<String>,
}

/// A story or example with one right answer among its choices, and feedback on every choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub story: String,
    pub question: Option<String>,
    pub choices: Vec<Choice>,
    pub cite: Option<String>,
    /// Speaker notes (scenarios have them; sorting examples are covered by their step's).
    pub notes: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub label: String,
    pub correct: bool,
    pub feedback: String,
}

/// A statement of the myth-or-fact check: `fact` says which it is; `explain` (one sentence,
/// shown after the second check) says why, backed by `sources`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub text: String,
    pub fact: bool,
    pub explain: String,
    pub sources: Vec<Source>,
}

/// The §852 explorer: questions whose answers lead to further questions or to outcomes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Explorer {
    pub start: String,
    pub questions: Vec<ExplorerQuestion>,
    pub outcomes: Vec<Outcome>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplorerQuestion {
    pub id: String,
    pub text: String,
    pub answers: Vec<Answer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub label: String,
    /// The id of a question or an outcome.
    pub next: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    pub title: String,
    pub text: String,
    pub cite: String,
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
    /// The sorting exercise.
    Sort,
    /// The §852 explorer.
    Explorer,
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
    pub kind: SourceKind,
    pub label: String,
    /// Absent for a source that has no address any more (the archived 2013 article).
    pub url: Option<String>,
}

/// How strong a source is, shown to visitors beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// The words of a law or bill, read on an official website.
    OfficialText,
    /// The words of a law, copied word for word on another website.
    Copy,
    /// A page by a government office or by the help line itself.
    OfficialPage,
    /// A summary by an advocate group, a lawyer or a researcher.
    Summary,
    News,
    /// The 2013 article the project started from.
    Post2013,
    /// An official statute page linked so visitors can read today's law; not read for the
    /// content, so never the only support for a sentence.
    CurrentLaw,
}

impl SourceKind {
    /// In the order the Sources step shows them.
    pub const ALL: [SourceKind; 7] = [
        SourceKind::OfficialText,
        SourceKind::Copy,
        SourceKind::OfficialPage,
        SourceKind::Summary,
        SourceKind::News,
        SourceKind::Post2013,
        SourceKind::CurrentLaw,
    ];

    /// The name content files use.
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::OfficialText => "official-text",
            SourceKind::Copy => "copy",
            SourceKind::OfficialPage => "official-page",
            SourceKind::Summary => "summary",
            SourceKind::News => "news",
            SourceKind::Post2013 => "post-2013",
            SourceKind::CurrentLaw => "current-law",
        }
    }

    /// The name visitors read, in the locale of `ui`.
    pub fn name(self, ui: &Ui) -> &str {
        match self {
            SourceKind::OfficialText => &ui.kind_official_text,
            SourceKind::Copy => &ui.kind_copy,
            SourceKind::OfficialPage => &ui.kind_official_page,
            SourceKind::Summary => &ui.kind_summary,
            SourceKind::News => &ui.kind_news,
            SourceKind::Post2013 => &ui.kind_post_2013,
            SourceKind::CurrentLaw => &ui.kind_current_law,
        }
    }
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

impl Ui {
    /// Gives the widget's landmarks their own names ("Walkthrough (2)") when a page holds more than
    /// one widget, so a screen reader's landmark list can tell them apart.
    pub fn number_landmarks(&mut self, number: u32) {
        if number > 1 {
            for label in [&mut self.nav_label, &mut self.help_label, &mut self.region_label, &mut self.contents] {
                label.push_str(&format!(" ({number})"));
            }
        }
    }
}

impl Content {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    /// The resource shown on every step.
    pub fn strip_resource(&self) -> Option<&Resource> {
        self.resources.iter().find(|r| r.strip)
    }

    /// The sources of one kind, in the order of `sources.toml`.
    pub fn sources_of(&self, kind: SourceKind) -> impl Iterator<Item = &Source> {
        self.sources.iter().filter(move |s| s.kind == kind)
    }
}

/// The digits of a phone number, for `tel:` and `sms:` links, keeping a leading `+` (an
/// international number dialled without it reaches someone else).
pub fn dial_digits(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match number.trim_start().starts_with('+') {
        true => format!("+{digits}"),
        false => digits,
    }
}

#[cfg(test)]
mod tests {
    use super::dial_digits;

    #[test]
    fn a_dialled_number_keeps_its_plus_and_drops_the_rest() {
        assert_eq!(dial_digits("+44 20 7946 0000"), "+442079460000");
        assert_eq!(dial_digits("1-888-373-7888"), "18883737888");
        assert_eq!(dial_digits("(207) 626-0034"), "2076260034");
    }
}
