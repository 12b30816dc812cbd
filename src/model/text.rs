//! Fills the `{name}` placeholders of interface templates.

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_every_placeholder() {
        assert_eq!(fill("Step {n} of {total}", &[("n", "2"), ("total", "12")]), "Step 2 of 12");
    }
}
