//! After Trunk: writes the loader and its stylesheets into dist/. Trunk builds the wasm and its
//! JS glue (content-hashed names, no inline start-up script: `inject_scripts = false`); this
//! step fills the loader with every file name and integrity and the minified stylesheets, and
//! writes it twice: `embed.js` (always the latest) and `embed-<hash>.js`
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
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::html::inline;
use crate::prerender;

/// Where `cargo xtask build` has Trunk build the classroom's wasm (`assets/classroom.html`):
/// Trunk builds one main binary per page, and empties the folder it builds into.
pub const CLASSROOM_DIST: &str = "target/classroom";

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
    let built = |folder: &Path, bin: &str, suffix: &str| -> Result<String, String> {
        fs::read_dir(folder)
            .map_err(|e| format!("cannot list {}: {e}", folder.display()))?
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .find(|name| {
                name.starts_with(&format!("{bin}-"))
                    && name.ends_with(suffix)
                    && (suffix != ".js" || !name.contains("_bg"))
            })
            .ok_or_else(|| format!("Trunk wrote no {}/{bin}-*{suffix}", folder.display()))
    };
    let (js, wasm) = (built(&dist, "law-explainer", ".js")?, built(&dist, "law-explainer", "_bg.wasm")?);
    // The classroom's wasm, which Trunk built into its own folder (see `CLASSROOM_DIST`).
    let classroom = root.join(CLASSROOM_DIST);
    let (classroom_js, classroom_wasm) =
        (built(&classroom, "classroom", ".js")?, built(&classroom, "classroom", "_bg.wasm")?);
    for name in [&classroom_js, &classroom_wasm] {
        write(name, &read(&classroom.join(name))?)?;
    }

    // With inject_scripts off, Trunk leaves its own <link data-trunk rel="rust"> in the page.
    let page = without_trunk_links(&read_text(&dist.join("index.html"))?);
    // The page's own few rules are inline, as the first screen's are (below): a stylesheet linked
    // from the head would hold the first paint back by a round trip.
    let page_css = stylesheet("page.css")?;
    let page = with_head_style(&page, &page_css)?;

    let css_text = stylesheet("widget.css")?;
    let shell = stylesheet("shell.css")?;
    let loader_css = stylesheet("loader.css")?;
    // The standalone page's first screen carries the stylesheets inline: linked, they would
    // cost a slow connection another round trip before anything paints.
    let first_style = format!("{shell}{loader_css}{css_text}");
    let english = locales.first().ok_or("no content was compiled")?;
    let standalone = with_first_screen(&page, english, &first_style)?;
    // Paste a link: the page advertises its oEmbed file when the build knows where it is published.
    let standalone = match crate::oembed::public_url()? {
        Some(public) => crate::oembed::write(&dist, &standalone, &public)?,
        None => standalone,
    };
    write("index.html", standalone.as_bytes())?;

    // Every file the loader fetches or runs, by name: the offline copy gets each as a data: URL.
    // The glue runs in the partner's origin: pinned like every other file.
    let mut pinned: Vec<(String, &str, Vec<u8>)> = vec![
        (js.clone(), "text/javascript", read(&dist.join(&js))?),
        (wasm.clone(), "application/wasm", read(&dist.join(&wasm))?),
        (classroom_js.clone(), "text/javascript", read(&dist.join(&classroom_js))?),
        (classroom_wasm.clone(), "application/wasm", read(&dist.join(&classroom_wasm))?),
    ];
    let entry = |name: &str, bytes: &[u8]| json!([name, integrity(bytes)]);
    let mut files = json!({
        "js": entry(&js, &pinned[0].2),
        "wasm": entry(&wasm, &pinned[1].2),
        "classroom": { "js": entry(&classroom_js, &pinned[2].2), "wasm": entry(&classroom_wasm, &pinned[3].2) },
    });
    // Each language's content (named by its hash like the rest) and its file of loader words and
    // first screen; embed.js carries only its exit word. The languages' files share one hash
    // (of them all), so embed.js can name the element's file with one value for every language
    // and start it beside the second part; their integrity values are the second part's.
    let language_files: Vec<Vec<u8>> = locales
        .iter()
        .map(|locale| {
            let first = prerender::screen(&locale.content)?;
            Ok(json!({ "words": crate::locales::loader_words(locale), "first": first }).to_string().into_bytes())
        })
        .collect::<Result<_, String>>()?;
    let locales_hash = short_hash(&language_files.concat());
    let mut exit_words = serde_json::Map::new();
    let mut rtl = Vec::new();
    for (locale, bytes) in locales.iter().zip(language_files) {
        let content = &locale.content;
        let code = &content.locale;
        let content_bytes = crate::locales::bytes(content);
        let name = format!("content-{code}-{}.bin", short_hash(&content_bytes));
        write(&name, &content_bytes)?;
        files["content"][code] = entry(&name, &content_bytes);
        pinned.push((name, "application/octet-stream", content_bytes));
        let name = format!("locale-{code}-{locales_hash}.json");
        write(&name, &bytes)?;
        files["locales"][code] = entry(&name, &bytes);
        pinned.push((name, "application/json", bytes));
        exit_words.insert(code.clone(), locale.loader_word("exit").into());
        if content.ui.direction == "rtl" {
            rtl.push(code.clone());
        }
    }

    // The loader's second part, minified first: the first part's shortened names follow its.
    let names = root.join("target/embed.names.json");
    let _ = fs::remove_file(&names);
    let second_template = read_text(&root.join("assets/loader.js"))?;
    let second_part = |files: &serde_json::Value| -> Result<(String, String), String> {
        let values = [
            ("LE_FILES", files.to_string()),
            ("LE_LOADER_CSS", format!("{loader_css:?}")),
            ("LE_WIDGET_CSS", format!("{css_text:?}")),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let second = minify_js(root, &fill(&second_template, "assets/loader.js", &values)?, &names, true)?;
        Ok((format!("loader-{}.js", short_hash(second.as_bytes())), second))
    };
    let (second_name, second) = second_part(&files)?;
    write(&second_name, second.as_bytes())?;

    let template = read_text(&root.join("assets/embed.js"))?;
    let loader = |second_name: &str, second: &str, inline: &serde_json::Value| -> Result<String, String> {
        let values = [
            ("LE_LANGS", serde_json::Value::Object(exit_words.clone()).to_string()),
            ("LE_RTL", json!(rtl).to_string()),
            ("LE_LOCALES", format!("{locales_hash:?}")),
            ("LE_SECOND", entry(second_name, second.as_bytes()).to_string()),
            ("LE_INLINE", inline.to_string()),
            // Facts the widget's Rust also uses, written once there.
            ("LE_DEFAULT_EXIT", format!("{DEFAULT_EXIT:?}")),
            ("LE_SHELL_CSS", format!("{shell:?}")),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
        minify_js(root, &fill(&template, "assets/embed.js", &values)?, &names, false)
    };
    let filled = loader(&second_name, &second, &json!({}))?;

    // The offline copy, for educators: the same loader, fetching data: URLs (still checked
    // against their integrity) instead of files beside it, with the classroom's wasm as its
    // only wasm (the visitor's would double the file for nothing).
    let mut offline_files = files.clone();
    offline_files["js"] = files["classroom"]["js"].clone();
    offline_files["wasm"] = files["classroom"]["wasm"].clone();
    let (offline_second_name, offline_second) = second_part(&offline_files)?;
    pinned.push((offline_second_name.clone(), "text/javascript", offline_second.clone().into_bytes()));
    let inline: serde_json::Map<String, serde_json::Value> = pinned
        .iter()
        .filter(|(name, _, _)| name != &js && name != &wasm)
        .map(|(name, kind, bytes)| (name.clone(), data_url(kind, bytes).into()))
        .collect();
    // One file for a USB stick: its icon travels inside it too.
    let icon = format!("\"{}\"", data_url("image/svg+xml", &read(&root.join("assets/favicon.svg"))?));
    let offline = page
        .replace("href=favicon.svg", &format!("href={icon}"))
        .replace("href=\"favicon.svg\"", &format!("href={icon}"));
    let params = format!("{ATTRIBUTES:?}");
    let standalone_js = minify_js(
        root,
        &fill(&read_text(&root.join("assets/standalone.js"))?, "assets/standalone.js", &[("LE_PARAMS", &params)])?,
        &names,
        false,
    )?;
    write("standalone.js", standalone_js.as_bytes())?;
    let offline_loader = loader(&offline_second_name, &offline_second, &serde_json::Value::Object(inline))?;
    let offline = offline_page(&offline, &standalone_js, &offline_loader)?;
    write("law-explainer-offline.html", offline.as_bytes())?;

    // The partner's frame helper leaves for the same default destination.
    let helper = read_text(&root.join("assets/resize.js"))?;
    if helper.matches("LE_DEFAULT_EXIT").count() != 1 {
        return Err("assets/resize.js must use LE_DEFAULT_EXIT exactly once".into());
    }
    write("resize.js", helper.replacen("LE_DEFAULT_EXIT", &format!("{DEFAULT_EXIT:?}"), 1).as_bytes())?;
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

/// The standalone page with its own script and the loader inlined, in that order.
fn offline_page(page: &str, standalone: &str, loader: &str) -> Result<String, String> {
    let scripts = format!(
        "{}{}",
        inline("script", standalone, "the standalone page's script")?,
        inline("script", loader, "the offline page's loader")?
    );
    let mut out = page.to_string();
    for name in ["src=standalone.js", "src=embed.js"] {
        let at = out.find(name).ok_or(format!("dist/index.html has no {name}"))?;
        let start = out[..at].rfind('<').unwrap_or(at);
        let end = out[at..].find("</script>").map_or(out.len(), |e| at + e + "</script>".len());
        out.replace_range(start..end, "");
    }
    let body_end = out.rfind("</body>").ok_or("dist/index.html has no </body>")?;
    out.insert_str(body_end, &scripts);
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

/// `template` (`what`, for the message) with each `(name, value)` put in place of its name,
/// which it must use exactly once.
fn fill(template: &str, what: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let filled = values.iter().fold(template.to_string(), |js, (name, value)| js.replacen(name, value, 1));
    if values.iter().any(|(name, _)| filled.contains(name) || !template.contains(name)) {
        let names: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
        return Err(format!("{what} must use {} exactly once each", names.join(", ")));
    }
    Ok(filled)
}

/// terser (npm, pinned in package.json): the loader is on every partner page, so it is kept
/// small (its budget is in docs/PERFORMANCE.md). Its two parts share their shortened `_` names
/// through `names` (terser's name cache), so a name one part gives the other still matches.
/// `module`: the second part is an ES module; the others are classic scripts, whose "use strict"
/// must stay.
fn minify_js(root: &Path, source: &str, names: &Path, module: bool) -> Result<String, String> {
    let input = root.join("target/embed.filled.js");
    fs::write(&input, source).map_err(|e| format!("cannot write {}: {e}", input.display()))?;
    let output = Command::new("node")
        .arg(root.join("node_modules/terser/bin/terser"))
        .arg(&input)
        .args(["--compress", "passes=2", "--mangle", "--mangle-props", "regex=/^_/", "--ecma", "2020"])
        .args(module.then_some("--module"))
        .arg("--name-cache")
        .arg(names)
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

/// A Subresource Integrity value: SHA-256, the shortest the standard takes (the loader carries
/// several, and each is incompressible).
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes)))
}

fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
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
        let page = "<head><script src=standalone.js defer></script><script src=embed.js defer></script></head><body><p>x</body>";
        assert_eq!(
            offline_page(page, "set()", "go()").unwrap(),
            "<head></head><body><p>x<script>set()</script><script>go()</script></body>"
        );
        assert!(offline_page(page, "", "'</script>'").is_err());
    }

    #[test]
    fn integrity_is_the_sri_form() {
        assert_eq!(integrity(b""), "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }
}
