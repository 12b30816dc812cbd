//! The first screen as data for partner pages: Yew's server-rendered HTML read into nested
//! `[tag, {attributes}, ...children]` arrays and strings, which the loader's second part
//! (`assets/loader.js`, `build`) makes into elements with DOM calls. So no HTML string reaches a
//! partner's page (nothing for Trusted Types to refuse), and what can be built is what this
//! reader lets through: only the markup Yew writes for the view, and never a script, a style,
//! a frame or an event handler attribute.

use serde_json::{json, Map, Value};

/// Elements the first screen never needs and a partner page must never get from it.
const REFUSED: &[&str] = &["script", "style", "iframe", "object", "embed", "template", "link", "meta", "base", "form"];
/// Elements with no end tag.
const VOID: &[&str] = &["br", "hr", "img", "input", "wbr"];

/// The nodes of `html` (one element's content, as Yew renders it: every attribute quoted).
pub fn read(html: &str) -> Result<Vec<Value>, String> {
    let mut reader = Reader { rest: html };
    let nodes = reader.children(None)?;
    match reader.rest.is_empty() {
        true => Ok(nodes),
        false => Err(format!("unexpected markup at: {}", excerpt(reader.rest))),
    }
}

/// `nodes` with each heading `h<n>` as `h<n + shift>`, as the loader moves them.
#[cfg(test)]
pub fn shifted(nodes: &[Value], shift: i32) -> Vec<Value> {
    nodes
        .iter()
        .map(|node| match node.as_array() {
            Some(parts) => {
                let tag = parts[0].as_str().unwrap_or_default();
                let tag = match tag.strip_prefix('h').and_then(|n| n.parse::<i32>().ok()) {
                    Some(n) => format!("h{}", n + shift),
                    None => tag.to_string(),
                };
                let mut out = vec![Value::from(tag), parts[1].clone()];
                out.extend(shifted(&parts[2..], shift));
                Value::Array(out)
            }
            None => node.clone(),
        })
        .collect()
}

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    /// Nodes up to the end tag of `parent` (or the end of the text).
    fn children(&mut self, parent: Option<&str>) -> Result<Vec<Value>, String> {
        let mut nodes = Vec::new();
        loop {
            if let Some(after) = self.rest.strip_prefix("</") {
                let end = after.find('>').ok_or("an end tag does not close")?;
                let name = &after[..end];
                if Some(name) != parent {
                    return Err(format!("</{name}> closes {parent:?}"));
                }
                self.rest = &after[end + 1..];
                return Ok(nodes);
            }
            if self.rest.is_empty() {
                return match parent {
                    None => Ok(nodes),
                    Some(name) => Err(format!("<{name}> is not closed")),
                };
            }
            if self.rest.starts_with('<') {
                nodes.push(self.element()?);
            } else {
                let end = self.rest.find('<').unwrap_or(self.rest.len());
                nodes.push(Value::from(unescape(&self.rest[..end])?));
                self.rest = &self.rest[end..];
            }
        }
    }

    fn element(&mut self) -> Result<Value, String> {
        let start = &self.rest[1..];
        let name_end = start.find([' ', '>']).ok_or("a start tag does not close")?;
        let name = &start[..name_end];
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') || REFUSED.contains(&name) {
            return Err(format!("the first screen cannot hold <{name}>"));
        }
        let mut rest = &start[name_end..];
        let mut attributes = Map::new();
        loop {
            rest = rest.trim_start();
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let eq = rest.find("=\"").ok_or_else(|| format!("<{name}> has an unquoted attribute"))?;
            let attribute = &rest[..eq];
            if attribute.starts_with("on") || !attribute.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(format!("the first screen cannot hold the attribute {attribute}"));
            }
            let value_end = rest[eq + 2..].find('"').ok_or("an attribute value does not close")?;
            attributes.insert(attribute.into(), unescape(&rest[eq + 2..eq + 2 + value_end])?.into());
            rest = &rest[eq + 2 + value_end + 1..];
        }
        self.rest = rest;
        let children = if VOID.contains(&name) { Vec::new() } else { self.children(Some(name))? };
        let mut node = vec![json!(name), Value::Object(attributes)];
        node.extend(children);
        Ok(Value::Array(node))
    }
}

/// Text as written in HTML, with the escapes Yew writes undone; any other `&` is refused.
fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let entity = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\''), ("&#x27;", '\'')]
            .into_iter()
            .find(|(name, _)| rest[at..].starts_with(name))
            .ok_or_else(|| format!("unknown character reference at: {}", excerpt(&rest[at..])))?;
        out.push(entity.1);
        rest = &rest[at + entity.0.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

fn excerpt(text: &str) -> &str {
    &text[..text.char_indices().nth(40).map_or(text.len(), |(at, _)| at)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_attributes_and_text_become_nested_arrays() {
        let html = r#"<p class="a" aria-label="x &amp; y">Tom&#39;s <strong>Next</strong></p><input id="i">text"#;
        assert_eq!(
            read(html).unwrap(),
            vec![
                json!(["p", {"class": "a", "aria-label": "x & y"}, "Tom's ", ["strong", {}, "Next"]]),
                json!(["input", {"id": "i"}]),
                json!("text"),
            ]
        );
    }

    #[test]
    fn scripts_styles_handlers_and_broken_markup_are_refused() {
        for html in [
            "<script>x</script>",
            "<style>a{}</style>",
            r#"<p onclick="x">a</p>"#,
            "<p>a",
            "<p>a</div>",
            "<p hidden>a</p>",
            "a &nbsp; b",
        ] {
            assert!(read(html).is_err(), "{html}");
        }
    }

    #[test]
    fn headings_move_by_the_shift() {
        let nodes = vec![json!(["section", {}, ["h2", {"id": "t"}, "Title"], ["h3", {}, "Part"]])];
        assert_eq!(shifted(&nodes, -1), vec![json!(["section", {}, ["h1", {"id": "t"}, "Title"], ["h2", {}, "Part"]])]);
    }
}
