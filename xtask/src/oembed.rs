//! "Paste a link": with `LE_PUBLIC_URL` (where dist/ is published, such as
//! `https://widget.example.org/`), the standalone page advertises oEmbed discovery and
//! `oembed.json` answers it, both static files. WordPress (and other oEmbed consumers) fetch the
//! page, follow its `<link rel="alternate" type="application/json+oembed">` and embed the
//! `html` it gives: the page in a frame, and a plain link for readers whose browser runs no
//! script (WordPress loads its `wp-embed` script, which sizes the frame, only for an embed that
//! has this fallback; it keeps the frame clipped to a pixel until the frame's first message).
//! Discovery needs absolute addresses, hence the variable; without it neither is written.

use std::fs;
use std::path::Path;

/// The standalone page's title, which also names the frame.
const TITLE: &str = "Force, fraud and coercion: Maine's sex trafficking law";
/// The frame's size before the widget reports its height (WordPress clamps it to 200–1000).
const WIDTH: u32 = 600;
const HEIGHT: u32 = 800;

/// The public address from `LE_PUBLIC_URL`, ending in a slash; an error if it is no http(s) address.
pub fn public_url() -> Result<Option<String>, String> {
    let Ok(url) = std::env::var("LE_PUBLIC_URL") else { return Ok(None) };
    let ok = ["https://", "http://"].iter().any(|scheme| url.strip_prefix(scheme).is_some_and(|rest| !rest.is_empty()));
    if !ok || url.contains(['"', '<', '>', ' ', '\'']) {
        return Err(format!("LE_PUBLIC_URL={url:?} must be an http(s) address, such as https://widget.example.org/"));
    }
    Ok(Some(if url.ends_with('/') { url } else { format!("{url}/") }))
}

/// Writes `oembed.json` beside `page` (the standalone page's HTML) and returns the page with its
/// discovery link.
pub fn write(dist: &Path, page: &str, public: &str) -> Result<String, String> {
    let src = format!("{public}index.html");
    let html = format!(
        r#"<blockquote><a href="{src}">{TITLE}</a></blockquote><iframe src="{src}" title="{}" width="{WIDTH}" height="{HEIGHT}"></iframe>"#,
        TITLE.replace('\'', "&#39;")
    );
    let oembed = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": TITLE,
        "provider_name": "law-explainer",
        "provider_url": public,
        "width": WIDTH,
        "height": HEIGHT,
        "html": html,
    });
    fs::write(dist.join("oembed.json"), oembed.to_string())
        .map_err(|e| format!("cannot write dist/oembed.json: {e}"))?;
    let at = page.find("</head>").ok_or("dist/index.html has no </head>")?;
    let link = format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{public}oembed.json" title="{}">"#,
        TITLE.replace('\'', "&#39;")
    );
    Ok(format!("{}{link}{}", &page[..at], &page[at..]))
}

/// Copies `dist` to `to` as it would be published at `public`: with the discovery link and
/// `oembed.json`, and their compressed copies. The tests serve it (a WordPress on loopback
/// embeds it), so that `dist/` itself never names a test address.
pub fn publish_copy(dist: &Path, to: &Path, public: &str) -> Result<(), String> {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in fs::read_dir(dist).map_err(|e| format!("cannot list dist/: {e}"))? {
        let path = entry.map_err(|e| format!("cannot list dist/: {e}"))?.path();
        if path.is_file() {
            fs::copy(&path, to.join(path.file_name().unwrap_or_default()))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    let page = fs::read_to_string(to.join("index.html")).map_err(|e| format!("cannot read index.html: {e}"))?;
    let page = write(to, &page, public)?;
    fs::write(to.join("index.html"), page).map_err(|e| format!("cannot write index.html: {e}"))?;
    // Only these two differ from dist/, whose compressed copies the rest keep.
    crate::bundle::compress(&to.join("index.html"))?;
    crate::bundle::compress(&to.join("oembed.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_links_its_oembed_file_which_frames_the_page() {
        let dist = std::env::temp_dir().join(format!("le-oembed-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        let page =
            write(&dist, "<html><head><title>t</title></head><body></body></html>", "https://w.example/le/").unwrap();
        assert!(page.contains(
            r#"<link rel="alternate" type="application/json+oembed" href="https://w.example/le/oembed.json""#
        ));
        assert!(page.find("oembed.json").unwrap() < page.find("</head>").unwrap());
        let oembed: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(dist.join("oembed.json")).unwrap()).unwrap();
        assert_eq!(oembed["type"], "rich");
        assert!(oembed["html"].as_str().unwrap().contains(r#"<iframe src="https://w.example/le/index.html""#));
        fs::remove_dir_all(&dist).unwrap();
    }
}
