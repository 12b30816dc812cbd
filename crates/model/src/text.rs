//! Fills the `{name}` placeholders of interface templates, and finds the Latin runs a
//! right-to-left language isolates.

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

/// The parts of `template` before and after its `{key}` (all of it before, when it has none),
/// so a view can style one part, such as a bold label, and the language keeps its punctuation.
pub fn around<'a>(template: &'a str, key: &str) -> (&'a str, &'a str) {
    template.split_once(&format!("{{{key}}}")).unwrap_or((template, ""))
}

/// Splits `text` into runs, marking those in Latin script (citations such as "17-A M.R.S.
/// §852", "LD 1159", English names, numbers) so that a right-to-left language can isolate them
/// left to right: unisolated, "17-A M.R.S." inside Arabic reads "A M.R.S.-17". A marked run
/// starts and ends with an ASCII letter or digit (or §) and holds only ASCII and §.
pub fn latin_runs(text: &str) -> Vec<(bool, &str)> {
    let latin = |c: char| c.is_ascii_alphanumeric() || c == '§';
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(latin) {
        let tail = &rest[start..];
        let span = tail.find(|c: char| !(c.is_ascii() || c == '§')).unwrap_or(tail.len());
        let mut end = tail[..span].rfind(latin).map_or(0, |i| i + tail[i..].chars().next().map_or(1, char::len_utf8));
        // "LD 1381 (2019)": a bracket the run opened closes inside it, or it mirrors.
        if tail[..end].matches('(').count() > tail[..end].matches(')').count() && tail[end..span].starts_with(')') {
            end += 1;
        }
        if start > 0 {
            runs.push((false, &rest[..start]));
        }
        runs.push((true, &tail[..end]));
        rest = &tail[end..];
    }
    if !rest.is_empty() {
        runs.push((false, rest));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::{around, fill, latin_runs};

    #[test]
    fn a_template_splits_around_its_placeholder() {
        assert_eq!(around("Avertissement\u{a0}: {warning}", "warning"), ("Avertissement\u{a0}: ", ""));
        assert_eq!(around("{n}. done", "n"), ("", ". done"));
        assert_eq!(around("no placeholder", "n"), ("no placeholder", ""));
    }

    #[test]
    fn latin_citations_inside_arabic_are_found_whole() {
        assert_eq!(
            latin_runs("جريمة في 17-A M.R.S. §852. وأساسها"),
            vec![(false, "جريمة في "), (true, "17-A M.R.S. §852"), (false, ". وأساسها")]
        );
        assert_eq!(latin_runs("(§853-B)"), vec![(false, "("), (true, "§853-B"), (false, ")")]);
        assert_eq!(latin_runs("LD 1381 (2019)، مشروع"), vec![(true, "LD 1381 (2019)"), (false, "، مشروع")]);
        assert_eq!(latin_runs("plain English."), vec![(true, "plain English"), (false, ".")]);
        assert_eq!(latin_runs("بدون"), vec![(false, "بدون")]);
        assert_eq!(latin_runs(""), Vec::<(bool, &str)>::new());
    }

    #[test]
    fn fills_every_placeholder() {
        assert_eq!(fill("Step {n} of {total}", &[("n", "2"), ("total", "12")]), "Step 2 of 12");
    }
}
