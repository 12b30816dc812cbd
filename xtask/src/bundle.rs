//! After Trunk: writes the loader and its stylesheets into dist/. Trunk builds the wasm and its
//! JS glue (content-hashed names, no inline start-up script: `inject_scripts = false`); this
//! step names the stylesheet by its hash too, fills the loader with every file name and
//! integrity, and writes it twice: `embed.js` (always the latest) and `embed-<hash>.js`
//! (a versioned URL whose content never changes, safe to pin with Subresource Integrity).
//! It puts the first screen into the standalone page (`prerender`), writes brotli copies of
//! what it serves, and writes `law-explainer-offline.html`: the standalone page with the
//! loader, glue, wasm and stylesheets inlined, which runs from a USB stick or `file://` with
//! no network.

use std::fs;
use std::path::Path;
use std::process::Command;

use base64::Engine;
use compiler::Locale;
use model::config::{ATTRIBUTES, DEFAULT_EXIT};
use sha2::{Digest, Sha256, Sha384};

use crate::html::inline;
use crate::prerender;

/// What a partner needs to pin the loader.
pub struct Embed {
    pub versioned: String,
    pub integrity: String,
}

pub fn write(root: &Path, locales: &[Locale]) -> Result<Embed, String> {
    let dist = root.join("dist");
    let read = |path: &Path| fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let read_text =
        |path: &Path| String::from_utf8(read(path)?).map_err(|e| format!("{} is not UTF-8: {e}", path.display()));
    let stylesheet = |name: &str| read_text(&root.join("assets").join(name)).map(|css| minify_css(&css));
    let write = |name: &str, bytes: &[u8]| {
        fs::write(dist.join(name), bytes).map_err(|e| format!("cannot write dist/{name}: {e}"))
    };
    let built = |suffix: &str| -> Result<String, String> {
        fs::read_dir(&dist)
            .map_err(|e| format!("cannot list dist/: {e}"))?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .find(|name| {
                name.starts_with("law-explainer-")
                    && name.ends_with(suffix)
                    && (suffix != ".js" || !name.contains("_bg"))
            })
            .ok_or_else(|| format!("Trunk wrote no dist/law-explainer-*{suffix}"))
    };
    let (js, wasm) = (built(".js")?, built("_bg.wasm")?);

    // With inject_scripts off, Trunk leaves its own <link data-trunk rel="rust"> in the page.
    let page = without_trunk_links(&read_text(&dist.join("index.html"))?);
    // The page's own few rules are inline, as the first screen's are (below): a stylesheet linked
    // from the head would hold the first paint back by a round trip.
    let page_css = stylesheet("page.css")?;
    let page = with_head_style(&page, &page_css)?;

    let css_text = stylesheet("widget.css")?;
    let css = css_text.as_bytes();
    let css_name = format!("widget-{}.css", short_hash(css));
    write(&css_name, css)?;
    let shell = stylesheet("shell.css")?;
    // The standalone page's first screen carries both stylesheets inline: linked, they would
    // cost a slow connection another round trip before anything paints.
    let first_style = format!("{shell}{css_text}");
    let english = locales.first().ok_or("no content was compiled")?;
    let standalone = with_first_screen(&page, english, &first_style)?;
    // Paste a link: the page advertises its oEmbed file when the build knows where it is published.
    let standalone = match crate::oembed::public_url()? {
        Some(public) => crate::oembed::write(&dist, &standalone, &public)?,
        None => standalone,
    };
    write("index.html", standalone.as_bytes())?;

    let wasm_bytes = read(&dist.join(&wasm))?;
    // The glue runs in the partner's origin: pinned like every other file.
    let glue = read(&dist.join(&js))?;
    // One content file per locale, named by its hash like the rest.
    let mut content_files = Vec::new();
    let mut content_inline = Vec::new();
    for content in locales.iter().map(|l| &l.content) {
        let bytes = crate::locales::bytes(content);
        let name = format!("content-{}-{}.bin", content.locale, short_hash(&bytes));
        write(&name, &bytes)?;
        content_files.push(format!(r#""{}": ["{name}", "{}"]"#, content.locale, integrity(&bytes)));
        content_inline.push(format!(
            r#""{}": ["{}", "{}"]"#,
            content.locale,
            data_url("application/octet-stream", &bytes),
            integrity(&bytes)
        ));
    }
    let files = format!(
        r#"{{ js: ["{js}", "{}"], wasm: ["{wasm}", "{}"], css: ["{css_name}", "{}"], content: {{ {} }} }}"#,
        integrity(&glue),
        integrity(&wasm_bytes),
        integrity(css),
        content_files.join(", ")
    );
    let text = crate::locales::loader_text(locales);
    let shell = format!("{shell:?}");
    let template = read_text(&root.join("assets/embed.js"))?;
    // Facts the widget's Rust also uses, written once there.
    let default_exit = format!("{DEFAULT_EXIT:?}");
    let params = format!("{ATTRIBUTES:?}");
    let loader = |files: &str| -> Result<String, String> {
        let values = [
            ("LE_FILES", files),
            ("LE_SHELL_CSS", shell.as_str()),
            ("LE_TEXT", text.as_str()),
            ("LE_DEFAULT_EXIT", default_exit.as_str()),
            ("LE_PARAMS", params.as_str()),
        ];
        let filled = values.iter().fold(template.clone(), |js, (name, value)| js.replacen(name, value, 1));
        if values.iter().any(|(name, _)| filled.contains(name) || !template.contains(name)) {
            let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
            return Err(format!("assets/embed.js must use {} exactly once each", names.join(", ")));
        }
        minify_js(root, &filled)
    };
    let filled = loader(&files)?;

    // The offline copy: the same loader, fetching data: URLs (still checked against their
    // integrity) instead of files beside it.
    let inline = format!(
        r#"{{ js: ["{}", "{}"], wasm: ["{}", "{}"], css: ["{}", "{}"], content: {{ {} }} }}"#,
        data_url("text/javascript", &glue),
        integrity(&glue),
        data_url("application/wasm", &wasm_bytes),
        integrity(&wasm_bytes),
        data_url("text/css", css),
        integrity(css),
        content_inline.join(", ")
    );
    // One file for a USB stick: its icon travels inside it too.
    let icon = format!("\"{}\"", data_url("image/svg+xml", &read(&root.join("assets/favicon.svg"))?));
    let offline = page
        .replace("href=favicon.svg", &format!("href={icon}"))
        .replace("href=\"favicon.svg\"", &format!("href={icon}"));
    write("law-explainer-offline.html", offline_page(&offline, &loader(&inline)?)?.as_bytes())?;

    // The partner's frame helper leaves for the same default destination.
    let helper = read_text(&root.join("assets/resize.js"))?;
    if helper.matches("LE_DEFAULT_EXIT").count() != 1 {
        return Err("assets/resize.js must use LE_DEFAULT_EXIT exactly once".into());
    }
    write("resize.js", helper.replacen("LE_DEFAULT_EXIT", &default_exit, 1).as_bytes())?;
    // And so does a frame WordPress sandboxed, by way of this page (see assets/leave.html).
    let leave = read_text(&root.join("assets/leave.html"))?;
    if leave.matches("LE_DEFAULT_EXIT").count() != 1 {
        return Err("assets/leave.html must use LE_DEFAULT_EXIT exactly once".into());
    }
    write("leave.html", leave.replacen("LE_DEFAULT_EXIT", DEFAULT_EXIT, 1).as_bytes())?;

    let versioned = format!("embed-{}.js", short_hash(filled.as_bytes()));
    write("embed.js", filled.as_bytes())?;
    write(&versioned, filled.as_bytes())?;
    let embed = Embed { integrity: integrity(filled.as_bytes()), versioned };
    // A host that sends index.html with a Content-Security-Policy allows its two inline styles by
    // these hashes, written ready for its style-src (docs/EMBEDDING.md).
    let hash =
        |css: &str| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css)));
    write(
        "embed.json",
        format!(
            r#"{{"versioned": "{}", "integrity": "{}", "page_styles": "{} {}"}}"#,
            embed.versioned,
            embed.integrity,
            hash(&page_css),
            hash(&first_style)
        )
        .as_bytes(),
    )?;
    precompress(&dist)?;
    Ok(embed)
}

/// Writes `<file>.br` beside every text and wasm file: hosts that serve precompressed files
/// (nginx `brotli_static`, Caddy `precompressed`) send them as they are, at the highest quality,
/// and so does the test server (which makes the benchmark's transfers a real host's).
pub fn precompress(dist: &Path) -> Result<(), String> {
    let listed = fs::read_dir(dist).map_err(|e| format!("cannot list dist/: {e}"))?;
    for path in listed.filter_map(|entry| Some(entry.ok()?.path())) {
        let compressible = ["html", "js", "css", "wasm", "bin", "json"];
        if path.extension().and_then(|e| e.to_str()).is_some_and(|e| compressible.contains(&e)) {
            compress(&path)?;
        }
    }
    Ok(())
}

/// Writes `<path>.br` beside `path`, at brotli's highest quality.
pub fn compress(path: &Path) -> Result<(), String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut compressed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut compressed, &params)
        .map_err(|e| format!("cannot compress {}: {e}", path.display()))?;
    let to = format!("{}.br", path.display());
    fs::write(&to, compressed).map_err(|e| format!("cannot write {to}: {e}"))
}

fn data_url(kind: &str, bytes: &[u8]) -> String {
    format!("data:{kind};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The standalone page with its loader inlined.
fn offline_page(page: &str, loader: &str) -> Result<String, String> {
    let script = inline("script", loader, "the offline page's loader")?;
    let at = page.find("src=embed.js").ok_or("dist/index.html has no src=embed.js")?;
    let start = page[..at].rfind('<').unwrap_or(at);
    let end = page[at..].find("</script>").map_or(page.len(), |e| at + e + "</script>".len());
    let mut out = page.to_string();
    out.replace_range(start..end, "");
    let body_end = out.rfind("</body>").ok_or("dist/index.html has no </body>")?;
    out.insert_str(body_end, &script);
    Ok(out)
}

/// The page with `css` in a `<style>` at the end of its head.
fn with_head_style(page: &str, css: &str) -> Result<String, String> {
    let style = inline("style", css, "assets/page.css")?;
    let at = page.find("</head>").ok_or("dist/index.html has no </head>")?;
    Ok(format!("{}{style}{}", &page[..at], &page[at..]))
}

/// The page with the first screen (`prerender`) put first inside its `<law-explainer>`.
fn with_first_screen(page: &str, locale: &Locale, style: &str) -> Result<String, String> {
    let at = page.find("<law-explainer").ok_or("dist/index.html has no <law-explainer>")?;
    let end = page[at..].find('>').map(|e| at + e + 1).ok_or("dist/index.html: <law-explainer> does not close")?;
    let first = prerender::first_screen(locale, attribute(&page[at..end], "heading-level"), style)?;
    Ok(format!("{}{first}{}", &page[..end], &page[end..]))
}

/// An attribute's value in one (possibly minified) start tag; "" when it is absent.
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let Some(at) = tag.find(&format!(" {name}=")) else { return "" };
    let value = &tag[at + name.len() + 2..];
    match value.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next().unwrap_or(""),
        None => value.split([' ', '>']).next().unwrap_or(""),
    }
}

/// terser (npm, pinned in package.json): the loader is on every partner page, so it is kept
/// small (its budget is in docs/PERFORMANCE.md).
fn minify_js(root: &Path, source: &str) -> Result<String, String> {
    let input = root.join("target/embed.filled.js");
    fs::write(&input, source).map_err(|e| format!("cannot write {}: {e}", input.display()))?;
    let output = Command::new("node")
        .arg(root.join("node_modules/terser/bin/terser"))
        .arg(&input)
        .args(["--compress", "passes=2", "--mangle", "--mangle-props", "regex=/^_/", "--ecma", "2020"])
        .output()
        .map_err(|e| format!("cannot run terser: {e}"))?;
    if !output.status.success() {
        return Err(format!("terser failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}

/// Removes every tag holding `data-trunk` (the page is minified: one line, so by tag, not line).
fn without_trunk_links(page: &str) -> String {
    let mut out = page.to_string();
    while let Some(at) = out.find("data-trunk") {
        let start = out[..at].rfind('<').unwrap_or(at);
        let end = out[at..].find('>').map_or(out.len(), |e| at + e + 1);
        out.replace_range(start..end, "");
    }
    out
}

/// A Subresource Integrity value.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn short_hash(bytes: &[u8]) -> String {
    Sha384::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Drops comments and collapses whitespace: the shell CSS travels inside embed.js, byte for byte.
fn minify_css(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tight = collapsed;
    // Only after ":", never before: `.a :focus` (a descendant) and `.a:focus` differ.
    for token in ["{", "}", ";", ","] {
        tight = tight.replace(&format!(" {token}"), token).replace(&format!("{token} "), token);
    }
    tight.replace(": ", ":").replace(" !important", "!important").replace(";}", "}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_minifies_without_changing_selectors() {
        let css = "/* note */\n:host(:not([theme=\"light\"])) {\n  --d-accent: #fff;\n  font: 1em/1.4 system-ui, sans-serif;\n}\n";
        assert_eq!(
            minify_css(css),
            r#":host(:not([theme="light"])){--d-accent:#fff;font:1em/1.4 system-ui,sans-serif}"#
        );
        assert_eq!(
            minify_css(".le-widget :focus-visible { x: y !important; }"),
            ".le-widget :focus-visible{x:y!important}"
        );
    }

    #[test]
    fn trunk_links_go_and_the_rest_stays() {
        let page = r#"<head><link rel=icon href=data:,><link data-trunk rel=rust data-bin=x><script src=embed.js defer></script></head>"#;
        assert_eq!(
            without_trunk_links(page),
            "<head><link rel=icon href=data:,><script src=embed.js defer></script></head>"
        );
    }

    #[test]
    fn attributes_are_read_quoted_or_minified() {
        assert_eq!(attribute(r#"<law-explainer params heading-level="1">"#, "heading-level"), "1");
        assert_eq!(attribute("<law-explainer heading-level=3 params>", "heading-level"), "3");
        assert_eq!(attribute("<law-explainer heading-level=4>", "heading-level"), "4");
        assert_eq!(attribute("<law-explainer params>", "heading-level"), "");
    }

    #[test]
    fn the_first_screen_goes_first_inside_the_element() {
        let content = compiler::locale("en");
        let page = "<main><law-explainer params heading-level=1><p>fallback</p></law-explainer></main>";
        let out = with_first_screen(page, &content, ".a{b:c}").unwrap();
        assert!(out.starts_with("<main><law-explainer params heading-level=1><template shadowrootmode=\"open\">"));
        assert!(
            out.contains("data-le-first=\"en 1\"")
                && out.ends_with("</template><p>fallback</p></law-explainer></main>")
        );
        assert!(with_first_screen("<main></main>", &content, "").unwrap_err().contains("<law-explainer>"));
    }

    #[test]
    fn the_page_rules_go_at_the_end_of_the_head() {
        let page = "<head><title>t</title></head><body>";
        assert_eq!(
            with_head_style(page, "body{margin:0}").unwrap(),
            "<head><title>t</title><style>body{margin:0}</style></head><body>"
        );
        assert!(with_head_style(page, "a{}</style><script>").unwrap_err().contains("assets/page.css"));
    }

    #[test]
    fn the_offline_page_runs_its_loader_inline() {
        let page = "<head><script src=embed.js defer></script></head><body><p>x</body>";
        assert_eq!(offline_page(page, "go()").unwrap(), "<head></head><body><p>x<script>go()</script></body>");
        assert!(offline_page(page, "'</script>'").is_err());
    }

    #[test]
    fn integrity_is_the_sri_form() {
        assert_eq!(integrity(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }
}
