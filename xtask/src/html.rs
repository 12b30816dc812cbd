//! Writing HTML as text: escaping, and inlining a stylesheet or script safely.

/// `text` safe inside an element or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// `<tag>text</tag>`, refused when `text` (`what`, for the message) would end the element early.
pub fn inline(tag: &str, text: &str, what: &str) -> Result<String, String> {
    if text.contains("</") {
        return Err(format!("{what} cannot be inlined: it contains \"</\""));
    }
    Ok(format!("<{tag}>{text}</{tag}>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_escaped() {
        assert_eq!(escape(r#"<a href="x">&"#), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }

    #[test]
    fn text_that_would_end_its_element_is_refused() {
        assert_eq!(inline("style", "a{}", "x").unwrap(), "<style>a{}</style>");
        assert!(inline("style", "a{}</style>", "x").is_err());
    }
}
