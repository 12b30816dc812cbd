//! The WordPress plugin's zip (`target/law-explainer-wordpress.zip`): the plugin's own files
//! (`wordpress/law-explainer/`), the built widget beside them in `widget/` (so nothing is fetched
//! from another host, as WordPress.org's guidelines ask), and `rules.json`, the facts the
//! plugin's checks need (languages, step ids, limits), written from the widget's own Rust so
//! the PHP checks cannot drift from `model::config` (the test below feeds both the same values).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use compiler::Locale;
use model::config::{
    DEFAULT_EXIT, DEFAULT_HEADING_LEVEL, HEADING_LEVELS, MAX_RESOURCES, MAX_TEXT, RESOURCE_FIELDS, THEMES,
};
use serde_json::json;

use crate::run;

/// The widget's files the plugin serves: the loader and what it names (the classroom's wasm too,
/// for `classroom="on"` and "For educators"), and the standalone page (with its script and icon),
/// which the walkthrough's Present button opens beside the loader. Not the
/// `.br` copies (a WordPress host may not serve them), the offline copy or the builder.
fn shipped(name: &str) -> bool {
    let hashed = |prefix: &str, suffix: &str| name.starts_with(prefix) && name.ends_with(suffix);
    ["embed.js", "index.html", "standalone.js", "favicon.svg"].contains(&name)
        || hashed("loader-", ".js")
        || hashed("locale-", ".json")
        || hashed("law-explainer-", ".js")
        || hashed("law-explainer-", "_bg.wasm")
        || hashed("classroom-", ".js")
        || hashed("classroom-", "_bg.wasm")
        || hashed("content-", ".bin")
}

/// The facts `includes/class-rules.php` reads.
pub fn rules(locales: &[Locale]) -> Result<serde_json::Value, String> {
    let english = &locales.first().ok_or("no content was compiled")?.content;
    Ok(json!({
        "default_exit": DEFAULT_EXIT,
        "max_text": MAX_TEXT,
        "max_resources": MAX_RESOURCES,
        "heading_levels": [HEADING_LEVELS.start(), HEADING_LEVELS.end()],
        "default_heading_level": DEFAULT_HEADING_LEVEL,
        "themes": THEMES,
        "resource_fields": RESOURCE_FIELDS,
        "languages": english.languages.iter().map(|l| json!({ "code": l.code, "name": l.name })).collect::<Vec<_>>(),
        "steps": english.steps.iter().map(|s| json!({ "id": s.id, "title": s.title })).collect::<Vec<_>>(),
    }))
}

/// Writes the zip from `wordpress/law-explainer/` and the built `dist/`; returns its path.
pub fn write(root: &Path) -> Result<PathBuf, String> {
    let locales = crate::locales::compile(root)?;
    let stage = root.join("target/wordpress");
    let folder = stage.join("law-explainer");
    let _ = fs::remove_dir_all(&stage);
    copy_dir(&root.join("wordpress/law-explainer"), &folder)?;
    let rules = serde_json::to_string_pretty(&rules(&locales)?).map_err(|e| e.to_string())?;
    fs::write(folder.join("rules.json"), rules).map_err(|e| format!("cannot write rules.json: {e}"))?;
    let widget = folder.join("widget");
    fs::create_dir_all(&widget).map_err(|e| format!("cannot create {}: {e}", widget.display()))?;
    let dist = root.join("dist");
    for entry in fs::read_dir(&dist).map_err(|e| format!("cannot list dist/: {e}"))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if shipped(&name) {
            fs::copy(entry.path(), widget.join(&name)).map_err(|e| format!("cannot copy dist/{name}: {e}"))?;
        }
    }
    let zip = root.join("target/law-explainer-wordpress.zip");
    let _ = fs::remove_file(&zip);
    // -X: no extra file attributes, so the same files make the same zip.
    run(Command::new("zip").args(["-q", "-r", "-X", "-9"]).arg(&zip).arg("law-explainer").current_dir(&stage))?;
    let size = fs::metadata(&zip).map_or(0, |m| m.len());
    println!("xtask: wrote {} ({size} bytes): Plugins → Add New → Upload Plugin", zip.display());
    Ok(zip)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(|e| format!("cannot copy {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::config::{check_lang, offered_languages, parse, Json, ResourcesSource};
    use serde_json::Value;

    #[test]
    fn only_the_loader_its_files_and_the_standalone_page_ship() {
        for name in [
            "embed.js",
            "loader-3c.js",
            "locale-es-2d.json",
            "standalone.js",
            "law-explainer-0a1b.js",
            "law-explainer-0a1b_bg.wasm",
            "classroom-2c.js",
            "classroom-2c_bg.wasm",
            "content-es-1.bin",
        ] {
            assert!(shipped(name), "{name}");
        }
        for name in ["embed.js.br", "embed-0a1b.js", "law-explainer-offline.html", "builder.html", "embed.json"] {
            assert!(!shipped(name), "{name}");
        }
    }

    /// The widget's own warnings for `attributes` and local contacts `contacts` (JSON text),
    /// as `mount` gathers them (less the colours and the loader's exit-url).
    fn widget_warnings(attributes: &[(String, String)], contacts: Option<&str>) -> Vec<String> {
        let locales = crate::locales::compile(&crate::project_root()).unwrap();
        let content = &locales[0].content;
        let attribute = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        let source = match contacts {
            None => ResourcesSource::None,
            Some(text) => match serde_json::from_str::<Value>(text) {
                Ok(value) => ResourcesSource::Parsed("help".into(), json_of(value)),
                Err(e) => ResourcesSource::Invalid("help".into(), e.to_string()),
            },
        };
        let (config, mut warnings) = parse(attribute, source);
        warnings.extend(check_lang(attribute("lang").as_deref(), &content.languages));
        warnings.extend(offered_languages(attribute("languages").as_deref(), &content.languages).1);
        config.start_index(content, &mut warnings);
        warnings
    }

    /// JSON as the browser hands it to the widget (`src/config.rs`).
    fn json_of(value: Value) -> Json {
        match value {
            Value::String(s) => Json::Str(s),
            Value::Array(items) => Json::List(items.into_iter().map(json_of).collect()),
            Value::Object(map) => Json::Map(map.into_iter().map(|(k, v)| (k, json_of(v))).collect()),
            _ => Json::Other,
        }
    }

    /// The plugin's warnings for the same values, from `php` running includes/class-rules.php.
    fn plugin_warnings(cases: &Value) -> Vec<Vec<String>> {
        let root = crate::project_root();
        let locales = crate::locales::compile(&root).unwrap();
        let dir = std::env::temp_dir().join(format!("le-rules-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("rules.json"), rules(&locales).unwrap().to_string()).unwrap();
        fs::write(dir.join("cases.json"), cases.to_string()).unwrap();
        let out = Command::new("php")
            .arg(root.join("wordpress/tests/parity.php"))
            .arg(dir.join("rules.json"))
            .arg(dir.join("cases.json"))
            .output()
            .expect("php runs (cargo xtask test installs it)");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
        fs::remove_dir_all(&dir).unwrap();
        serde_json::from_slice(&out.stdout).expect("the PHP answers JSON")
    }

    /// Attributes by name, and local contacts as JSON text.
    type Case<'a> = (Vec<(&'a str, &'a str)>, Option<&'a str>);

    /// Each value the widget refuses (and the good ones it keeps), given to the widget's Rust and
    /// to the plugin's PHP: the same warnings, word for word, but for the JSON parser's message.
    #[test]
    fn the_plugin_checks_settings_as_the_widget_does() {
        let (long, many) = ("é".repeat(300), format!("[{}]", [r#"{"name": "Line", "phone": "211"}"#; 10].join(",")));
        let cases: Vec<Case> = vec![
            (vec![("lang", "es"), ("start", "fraud"), ("theme", "dark"), ("heading-level", "3")], None),
            (vec![("lang", "EN-us"), ("heading-level", " +4 "), ("languages", "PT, es")], None),
            (vec![("lang", "xx"), ("theme", "\"><script>alert(1)</script>"), ("heading-level", "9")], None),
            (vec![("theme", " dark"), ("heading-level", "0"), ("start", " no-such-step ")], None),
            (vec![("heading-level", "++2"), ("languages", "xx, es yy"), ("lang", "\u{a0}es\u{a0}")], None),
            (vec![("heading-level", "3.0"), ("theme", &long)], None),
            (vec![("classroom", "on")], None),
            (vec![("classroom", " yes<b> ")], None),
            (vec![], Some(r#"[{"name": "Safe Voices", "phone": "1-888-999-0000", "hours": "24/7"}]"#)),
            (
                vec![],
                Some(
                    r#"[{"name": "Script", "url": "javascript:alert(1)"}, {"name": "Letters", "phone": "call us"},
                    {"phone": "207-555-0100"}, {"name": "No way"}, {"name": "Extra", "phone": "211", "onclick": "x"},
                    {"name": 5}, "text", {"name": "Spaced", "url": "https://a b"}, {"name": "Fine", "text": "898-211"}]"#,
                ),
            ),
            (vec![], Some(r#"{"name": "not a list"}"#)),
            (vec![], Some("[{]")),
            (vec![], Some(&many)),
        ];
        let given: Value = cases
            .iter()
            .map(|(attributes, contacts)| {
                json!({
                    "attributes": attributes.iter().map(|(n, v)| (n.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
                    "contacts": contacts,
                })
            })
            .collect();
        let from_php = plugin_warnings(&given);
        // The JSON parsers word their errors differently; the rest must match.
        let comparable = |warning: &str| warning.split(" is not JSON (").next().unwrap_or_default().to_string();
        for ((attributes, contacts), php) in cases.iter().zip(from_php) {
            let attributes: Vec<(String, String)> =
                attributes.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
            let mut rust: Vec<String> = widget_warnings(&attributes, *contacts).iter().map(|w| comparable(w)).collect();
            let mut php: Vec<String> = php.iter().map(|w| comparable(w)).collect();
            rust.sort();
            php.sort();
            assert_eq!(php, rust, "for {attributes:?} {contacts:?}");
        }
    }
}
