//! Partner configuration. Attributes on `<law-explainer>` (or the iframe page's query, which the
//! loader copies onto the element) and the partner's local-resources JSON are checked here, once,
//! into typed values. Anything invalid falls back to its default with one warning naming it; no
//! value ever reaches the page as markup, only as text.
//!
//! `exit-url` is not here: the quick exit must work before this WebAssembly loads, so the loader
//! (`assets/embed.js`) checks it. `theme` is applied by CSS (`:host([theme=dark])`) and only
//! checked here, so a partner hears about a typo.

use crate::content::{Content, Language, Resource};
use crate::presenting::Role;

/// The attributes a partner sets on `<law-explainer>` (or, on the iframe page, in its query)
/// that the widget reads; the loader copies exactly these (`assets/embed.js`, filled by the build).
pub const ATTRIBUTES: &[&str] = &["lang", "languages", "start", "theme", "heading-level", "mode", "classroom"];
/// Where the quick exit goes unless the partner's `exit-url` says otherwise: a neutral page
/// (the loader, the standalone page's first screen and the tests all take it from here).
pub const DEFAULT_EXIT: &str = "https://www.weather.gov/";

/// Longest text kept from any one attribute or JSON field.
pub const MAX_TEXT: usize = 200;
/// Most local resources shown.
pub const MAX_RESOURCES: usize = 8;
/// The widget uses three heading depths (title, step, section), so its top can be h1 to h4.
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 1..=4;
/// The default when the widget sits in a partner page under the page's own h1.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;
pub const THEMES: &[&str] = &["light", "dark", "auto"];
pub const RESOURCE_FIELDS: &[&str] = &["name", "phone", "text", "url", "hours", "about"];

/// What a partner chose, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The step id to open on, checked later against the locale's steps (see [`Config::start_index`]).
    pub start: Option<String>,
    pub heading_level: u8,
    /// The partner's own help contacts, shown before the statewide ones.
    pub resources: Vec<Resource>,
    /// Opens as a presenter's or an audience's window instead of the walkthrough.
    pub role: Option<Role>,
    /// Shows the classroom controls (Present, Print handout), which visitors do not need.
    pub classroom: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            start: None,
            heading_level: DEFAULT_HEADING_LEVEL,
            resources: Vec::new(),
            role: None,
            classroom: false,
        }
    }
}

/// JSON as the browser parsed it, reduced to what local resources can use: numbers, booleans
/// and null are `Other`, which every field refuses.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Str(String),
    List(Vec<Json>),
    Map(Vec<(String, Json)>),
    Other,
}

/// Where the partner's local resources come from, as the page found them.
#[derive(Clone, Debug, PartialEq)]
pub enum ResourcesSource {
    /// No `resources` attribute.
    None,
    /// The attribute names an element that does not exist.
    Missing(String),
    /// The element's text is not JSON (the browser's message).
    Invalid(String, String),
    Parsed(String, Json),
}

/// Reads the attributes through `attribute`; returns the config and one warning per problem.
pub fn parse(attribute: impl Fn(&str) -> Option<String>, resources: ResourcesSource) -> (Config, Vec<String>) {
    let mut warnings = Vec::new();
    let mut config = Config::default();
    if let Some(start) = attribute("start") {
        config.start = Some(shorten(start.trim()));
    }
    if let Some(level) = attribute("heading-level") {
        match level.trim().parse::<u8>() {
            Ok(level) if HEADING_LEVELS.contains(&level) => config.heading_level = level,
            _ => warnings.push(format!(
                "heading-level=\"{}\" must be a number from 1 to 4; using {DEFAULT_HEADING_LEVEL}",
                shorten(&level)
            )),
        }
    }
    if let Some(theme) = attribute("theme") {
        // Not trimmed: the stylesheet matches the attribute exactly (`:host([theme="dark"])`).
        if !THEMES.contains(&theme.as_str()) {
            warnings.push(format!("theme=\"{}\" must be light, dark or auto; using auto", shorten(&theme)));
        }
    }
    if let Some(mode) = attribute("mode") {
        match mode.as_str() {
            "walkthrough" => {}
            "present" => config.role = Some(Role::Presenter),
            "audience" => config.role = Some(Role::Audience),
            _ => warnings.push(format!(
                "mode=\"{}\" must be walkthrough, present or audience; showing the walkthrough",
                shorten(&mode)
            )),
        }
    }
    if let Some(classroom) = attribute("classroom") {
        // A bare attribute (`<law-explainer classroom>`) is on, as HTML's boolean attributes are.
        match classroom.trim() {
            "" | "on" => config.classroom = true,
            "off" => {}
            other => warnings
                .push(format!("classroom=\"{}\" must be on or off; the classroom controls stay off", shorten(other))),
        }
    }
    config.resources = local_resources(resources, &mut warnings);
    (config, warnings)
}

impl Config {
    /// Presenting needs the widget's own page (`in_place`): its audience window, on the
    /// widget's origin, cannot hear a presenter on a partner's page of another origin. There
    /// the walkthrough shows instead, and its Present button opens the widget's own page.
    pub fn check_role(&mut self, in_place: bool, warnings: &mut Vec<String>) {
        if in_place {
            return;
        }
        if let Some(role) = self.role.take() {
            let mode = match role {
                Role::Presenter => "present",
                Role::Audience => "audience",
            };
            warnings.push(format!(
                "mode=\"{mode}\" works only on the widget's own page (its windows cannot hear a page of \
                 another origin); showing the walkthrough, whose Present button opens that page"
            ));
        }
    }

    /// The step to open on: the `start` id if the content has it, else the first step.
    pub fn start_index(&self, content: &Content, warnings: &mut Vec<String>) -> usize {
        let Some(start) = &self.start else { return 0 };
        match content.steps.iter().position(|s| &s.id == start) {
            Some(index) => index,
            None => {
                let ids: Vec<&str> = content.steps.iter().map(|s| s.id.as_str()).collect();
                warnings.push(format!(
                    "start=\"{start}\" is not a step id ({}); starting at the first step",
                    ids.join(", ")
                ));
                0
            }
        }
    }
}

/// The languages a partner offers (`languages="en es pt"`) among `languages`, the widget's own:
/// English always (the source text, and where an unchecked translation points), every language
/// when the attribute is absent or names none the widget has, and a warning for each code it
/// lacks. The loader applies the same rule when it chooses the first language.
pub fn offered_languages(attribute: Option<&str>, languages: &[Language]) -> (Vec<Language>, Vec<String>) {
    let Some(attribute) = attribute else { return (languages.to_vec(), Vec::new()) };
    let wanted: Vec<String> = attribute
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|code| !code.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let warnings = wanted
        .iter()
        .filter(|code| !codes.iter().any(|c| c.eq_ignore_ascii_case(code)))
        .map(|code| {
            format!(
                "languages=\"{}\" names {}, which this widget lacks ({})",
                shorten(attribute),
                shorten(code),
                codes.join(", ")
            )
        })
        .collect();
    let offered: Vec<Language> = languages
        .iter()
        .filter(|l| l.code == "en" || wanted.iter().any(|code| l.code.eq_ignore_ascii_case(code)))
        .cloned()
        .collect();
    let names_one = wanted.iter().any(|code| codes.iter().any(|c| c.eq_ignore_ascii_case(code)));
    (if names_one { offered } else { languages.to_vec() }, warnings)
}

/// A warning when `lang` asks for a language the widget was not built with. The loader has
/// already chosen the language (the `lang` value, `es-MX` asking for `es`, else the browser's
/// preferred languages, else English), because the content download starts before this code runs.
pub fn check_lang(lang: Option<&str>, languages: &[Language]) -> Option<String> {
    let lang = lang?;
    let primary = lang.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let known = languages.iter().any(|l| l.code == lang.trim() || l.code == primary);
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    (!known).then(|| {
        format!(
            "lang=\"{}\" is not a language this widget has ({}); using the visitor's browser languages, else English",
            shorten(lang),
            codes.join(", ")
        )
    })
}

/// Cuts a value to [`MAX_TEXT`] characters, so a huge attribute cannot bloat the page or a warning.
fn shorten(value: &str) -> String {
    value.chars().take(MAX_TEXT).collect()
}

fn local_resources(source: ResourcesSource, warnings: &mut Vec<String>) -> Vec<Resource> {
    let (id, json) = match source {
        ResourcesSource::None => return Vec::new(),
        ResourcesSource::Missing(id) => {
            warnings.push(format!("resources=\"{}\": no element on the page has that id", shorten(&id)));
            return Vec::new();
        }
        ResourcesSource::Invalid(id, message) => {
            warnings.push(format!(
                "resources=\"{}\": the element's text is not JSON ({})",
                shorten(&id),
                shorten(&message)
            ));
            return Vec::new();
        }
        ResourcesSource::Parsed(id, json) => (shorten(&id), json),
    };
    let Json::List(items) = json else {
        warnings.push(format!("resources=\"{id}\": expected a JSON list of contacts, [ {{ \"name\": ... }} ]"));
        return Vec::new();
    };
    if items.len() > MAX_RESOURCES {
        warnings.push(format!("resources=\"{id}\": only the first {MAX_RESOURCES} contacts are shown"));
    }
    items
        .into_iter()
        .take(MAX_RESOURCES)
        .enumerate()
        .filter_map(|(i, item)| match resource(item) {
            Ok(resource) => Some(resource),
            Err(problem) => {
                warnings.push(format!("resources=\"{id}\", contact {}: {problem}; left out", i + 1));
                None
            }
        })
        .collect()
}

/// One contact: a name and at least one way to reach it; unknown or malformed optional fields
/// are refused rather than guessed at.
fn resource(item: Json) -> Result<Resource, String> {
    let Json::Map(fields) = item else { return Err("not a JSON object".into()) };
    let mut found = Resource {
        name: String::new(),
        phone: None,
        text: None,
        tty: None,
        hours: None,
        about: String::new(),
        url: None,
        strip: false,
    };
    for (key, value) in fields {
        if !RESOURCE_FIELDS.contains(&key.as_str()) {
            return Err(format!("unknown field \"{}\" (known: {})", shorten(&key), RESOURCE_FIELDS.join(", ")));
        }
        let Json::Str(value) = value else { return Err(format!("\"{key}\" must be a string")) };
        let value = shorten(value.trim());
        match key.as_str() {
            "name" => found.name = value,
            "phone" => found.phone = Some(phone(&key, value)?),
            "text" => found.text = Some(phone(&key, value)?),
            "url" => found.url = Some(https(value)?),
            "hours" => found.hours = Some(value),
            _ => found.about = value,
        }
    }
    if found.name.is_empty() {
        return Err("\"name\" is missing".into());
    }
    if found.phone.is_none() && found.text.is_none() && found.url.is_none() {
        return Err("needs at least one of \"phone\", \"text\" or \"url\"".into());
    }
    Ok(found)
}

/// A number a phone can dial: digits with the usual separators, at least three digits.
fn phone(field: &str, value: String) -> Result<String, String> {
    let allowed = |c: char| c.is_ascii_digit() || " -+().".contains(c);
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.chars().all(allowed) && (3..=15).contains(&digits) {
        Ok(value)
    } else {
        Err(format!("\"{field}\" must be a phone number (digits, spaces, - + ( ) .), not \"{value}\""))
    }
}

/// Only `https://` links: anything else (`javascript:`, `data:`, plain http) is refused.
fn https(value: String) -> Result<String, String> {
    let rest = value.strip_prefix("https://").unwrap_or_default();
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if !host.is_empty() && !value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Ok(value)
    } else {
        Err(format!("\"url\" must start with https:// and name a site, not \"{value}\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    fn map(pairs: &[(&str, &str)]) -> Json {
        Json::Map(pairs.iter().map(|(k, v)| (k.to_string(), Json::Str(v.to_string()))).collect())
    }

    #[test]
    fn no_attributes_means_the_defaults_and_no_warnings() {
        assert_eq!(parse(attributes(&[]), ResourcesSource::None), (Config::default(), vec![]));
    }

    #[test]
    fn valid_attributes_are_taken() {
        let (config, warnings) = parse(
            attributes(&[
                ("lang", "EN-us"),
                ("heading-level", " 3 "),
                ("theme", "dark"),
                ("start", "fraud"),
                ("mode", "present"),
            ]),
            ResourcesSource::None,
        );
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!((config.heading_level, config.start.as_deref()), (3, Some("fraud")));
        assert_eq!(config.role, Some(Role::Presenter));
        let audience = parse(attributes(&[("mode", "audience")]), ResourcesSource::None).0;
        assert_eq!(audience.role, Some(Role::Audience));
    }

    #[test]
    fn the_classroom_controls_are_off_unless_turned_on() {
        let on = |value: &str| parse(attributes(&[("classroom", value)]), ResourcesSource::None);
        assert!(!Config::default().classroom);
        assert_eq!((on("").0.classroom, on("on").0.classroom, on("off").0.classroom), (true, true, false));
        let (config, warnings) = on("<b>yes</b>");
        assert!(!config.classroom);
        assert_eq!(warnings, ["classroom=\"<b>yes</b>\" must be on or off; the classroom controls stay off"]);
    }

    #[test]
    fn presenting_off_the_widgets_own_page_falls_back_to_the_walkthrough_with_a_warning() {
        let mut warnings = Vec::new();
        let mut here = parse(attributes(&[("mode", "present")]), ResourcesSource::None).0;
        here.check_role(true, &mut warnings);
        assert_eq!((here.role, warnings.len()), (Some(Role::Presenter), 0));
        for mode in ["present", "audience"] {
            let mut elsewhere = parse(attributes(&[("mode", mode)]), ResourcesSource::None).0;
            elsewhere.check_role(false, &mut warnings);
            assert_eq!(elsewhere.role, None);
            assert!(warnings.pop().unwrap().starts_with(&format!("mode=\"{mode}\" works only")));
        }
    }

    #[test]
    fn each_bad_attribute_falls_back_with_one_warning_naming_it() {
        let (config, warnings) = parse(
            attributes(&[("heading-level", "7"), ("theme", "<b>neon</b>"), ("mode", "Present ")]),
            ResourcesSource::Missing("help".into()),
        );
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        for (warning, name) in warnings.iter().zip(["heading-level=", "theme=", "mode=", "resources="]) {
            assert!(warning.starts_with(name), "{warning}");
        }
    }

    #[test]
    fn good_local_resources_are_kept_in_order() {
        let json = Json::List(vec![
            map(&[("name", "Safe Voices"), ("phone", "1-888-999-0000"), ("hours", "24/7")]),
            map(&[("name", "Campus advocate"), ("url", "https://example.edu/help"), ("about", "Free.")]),
        ]);
        let (config, warnings) = parse(attributes(&[]), ResourcesSource::Parsed("help".into(), json));
        assert_eq!(warnings, Vec::<String>::new());
        let names: Vec<&str> = config.resources.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Safe Voices", "Campus advocate"]);
        assert_eq!(config.resources[0].phone.as_deref(), Some("1-888-999-0000"));
    }

    #[test]
    fn bad_local_resources_are_left_out_one_warning_each() {
        let json = Json::List(vec![
            map(&[("name", "Script"), ("url", "javascript:alert(1)")]),
            map(&[("name", "Letters"), ("phone", "call us")]),
            map(&[("phone", "207-555-0100")]),
            map(&[("name", "No way to reach")]),
            map(&[("name", "Extra"), ("phone", "211"), ("onclick", "x")]),
            Json::Map(vec![("name".into(), Json::Other)]),
            Json::Str("just text".into()),
            map(&[("name", "Fine"), ("text", "898-211")]),
        ]);
        let (config, warnings) = parse(attributes(&[]), ResourcesSource::Parsed("help".into(), json));
        assert_eq!(config.resources.len(), 1);
        assert_eq!(config.resources[0].name, "Fine");
        assert_eq!(warnings.len(), 7, "{warnings:#?}");
        assert!(warnings[0].contains("contact 1") && warnings[0].contains("https://"), "{}", warnings[0]);
    }

    #[test]
    fn resources_that_are_not_a_list_or_not_json_are_refused() {
        let (config, warnings) = parse(attributes(&[]), ResourcesSource::Parsed("help".into(), map(&[("name", "x")])));
        assert!(config.resources.is_empty() && warnings[0].contains("expected a JSON list"));
        let source = ResourcesSource::Invalid("help".into(), "Unexpected token".into());
        let (config, warnings) = parse(attributes(&[]), source);
        assert!(config.resources.is_empty() && warnings[0].contains("not JSON (Unexpected token)"));
    }

    #[test]
    fn too_many_resources_are_cut_with_a_warning() {
        let one = map(&[("name", "Line"), ("phone", "211")]);
        let json = Json::List(vec![one; MAX_RESOURCES + 3]);
        let (config, warnings) = parse(attributes(&[]), ResourcesSource::Parsed("help".into(), json));
        assert_eq!(config.resources.len(), MAX_RESOURCES);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn a_partner_offers_its_languages_and_english_and_hears_of_the_rest() {
        let languages: Vec<Language> = ["en", "es", "fr", "pt"]
            .iter()
            .map(|code| Language { code: code.to_string(), name: code.to_uppercase() })
            .collect();
        let codes = |offered: &[Language]| offered.iter().map(|l| l.code.clone()).collect::<Vec<_>>();
        let (all, warnings) = offered_languages(None, &languages);
        assert_eq!(codes(&all), ["en", "es", "fr", "pt"]);
        assert_eq!(warnings, Vec::<String>::new());
        let (some, warnings) = offered_languages(Some(" PT, es  xx"), &languages);
        assert_eq!(codes(&some), ["en", "es", "pt"]);
        assert_eq!(warnings, ["languages=\" PT, es  xx\" names xx, which this widget lacks (en, es, fr, pt)"]);
        let (blank, _) = offered_languages(Some("  "), &languages);
        assert_eq!(codes(&blank).len(), 4, "an empty list offers every language");
        let (unknown, warnings) = offered_languages(Some("xx"), &languages);
        assert_eq!((codes(&unknown).len(), warnings.len()), (4, 1), "a list of unknown codes offers every language");
    }

    #[test]
    fn a_language_the_widget_lacks_is_named_in_a_warning() {
        let languages: Vec<Language> =
            ["en", "es"].iter().map(|c| Language { code: (*c).into(), name: (*c).into() }).collect();
        assert_eq!(check_lang(None, &languages), None);
        assert_eq!(check_lang(Some("es-MX"), &languages), None);
        assert_eq!(check_lang(Some("EN"), &languages), None);
        let warning = check_lang(Some("xx"), &languages).expect("a warning");
        assert!(warning.starts_with("lang=\"xx\" is not a language this widget has (en, es)"), "{warning}");
    }
}
