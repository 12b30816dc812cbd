//! Property tests for the partner configuration parser: whatever a partner page holds, parsing
//! never panics, every value it keeps is safe to show, and each problem is reported briefly.

use model::config::{parse, Json, ResourcesSource, MAX_RESOURCES, MAX_TEXT};
use proptest::prelude::*;

const NAMES: &[&str] = &["lang", "start", "heading-level", "theme", "mode", "exit-url", "resources", "onload"];

fn json() -> impl Strategy<Value = Json> {
    let leaf =
        prop_oneof![any::<String>().prop_map(Json::Str), Just(Json::Other), "[a-z0-9 +()-]{0,20}".prop_map(Json::Str)];
    leaf.prop_recursive(3, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(Json::List),
            prop::collection::vec(
                (
                    prop::sample::select(vec!["name", "phone", "text", "url", "hours", "about", "x"])
                        .prop_map(String::from),
                    inner
                ),
                0..7
            )
            .prop_map(Json::Map),
        ]
    })
}

fn source() -> impl Strategy<Value = ResourcesSource> {
    prop_oneof![
        Just(ResourcesSource::None),
        any::<String>().prop_map(ResourcesSource::Missing),
        (any::<String>(), any::<String>()).prop_map(|(id, message)| ResourcesSource::Invalid(id, message)),
        (any::<String>(), json()).prop_map(|(id, json)| ResourcesSource::Parsed(id, json)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_input_gives_a_safe_config(
        attributes in prop::collection::vec((prop::sample::select(NAMES), any::<String>()), 0..8),
        resources in source(),
    ) {
        let lookup = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        let (config, warnings) = parse(lookup, resources);

        prop_assert!((1..=4).contains(&config.heading_level));
        prop_assert!(config.start.as_ref().is_none_or(|s| s.chars().count() <= MAX_TEXT));
        prop_assert!(config.resources.len() <= MAX_RESOURCES);
        for r in &config.resources {
            prop_assert!(!r.name.is_empty());
            for text in [Some(&r.name), r.hours.as_ref(), Some(&r.about), r.url.as_ref()].into_iter().flatten() {
                prop_assert!(text.chars().count() <= MAX_TEXT);
            }
            for number in [&r.phone, &r.text].into_iter().flatten() {
                prop_assert!(number.chars().all(|c| c.is_ascii_digit() || " -+().".contains(c)), "{number}");
            }
            if let Some(url) = &r.url {
                prop_assert!(url.starts_with("https://") && !url.contains(char::is_whitespace), "{url}");
            }
        }
        prop_assert!(warnings.len() <= 5 + MAX_RESOURCES + 1);
        for warning in &warnings {
            prop_assert!(warning.chars().count() <= 3 * MAX_TEXT + 200, "{} chars", warning.chars().count());
        }
    }
}
