//! The nginx configuration docs/EMBEDDING.md gives a widget host, as it stands there, serving
//! the built `dist/` (`harness::wordpress` starts it): the headers it sends, and the widget
//! working through it, its policy included.

use std::io::{Read, Write};
use std::net::TcpStream;

use harness::wordpress::site;
use harness::Harness;

/// The status line and headers nginx answers `path` with (lower-cased names), for a page of
/// another origin in a browser that takes brotli.
fn head(port: u16, path: &str) -> (String, Vec<(String, String)>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("nginx listens");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: https://partner.example\r\n\
         Accept-Encoding: gzip, br\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    let head = answer.split("\r\n\r\n").next().unwrap_or_default();
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default().to_string();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    (status, headers)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}

/// The one file in dist/ whose name starts with `prefix` and ends with `suffix`.
fn built(prefix: &str, suffix: &str) -> String {
    std::fs::read_dir(harness::dist())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .unwrap_or_else(|| panic!("dist/ has {prefix}*{suffix}"))
}

#[test]
fn the_documented_nginx_configuration_sends_the_right_headers() {
    let port = site().widget_port;
    let immutable = "public, max-age=31536000, immutable";
    let cases = [
        (format!("/{}", built("law-explainer-", "_bg.wasm")), "application/wasm", immutable),
        (format!("/{}", built("content-en-", ".bin")), "application/octet-stream", immutable),
        (format!("/{}", built("locale-en-", ".json")), "application/json; charset=utf-8", immutable),
        (format!("/{}", built("embed-", ".js")), "text/javascript; charset=utf-8", immutable),
        ("/embed.js".to_string(), "text/javascript; charset=utf-8", "no-cache"),
        ("/".to_string(), "text/html; charset=utf-8", "no-store"),
        ("/oembed.json".to_string(), "application/json; charset=utf-8", "no-cache"),
    ];
    for (path, kind, cache) in cases {
        let (status, headers) = head(port, &path);
        assert!(status.ends_with("200 OK"), "{path}: {status}");
        assert_eq!(header(&headers, "content-type"), kind, "{path}");
        assert_eq!(header(&headers, "cache-control"), cache, "{path}");
        assert_eq!(header(&headers, "access-control-allow-origin"), "*", "{path}");
        assert_eq!(header(&headers, "content-encoding"), "br", "{path}: the build's brotli copy");
        assert_eq!(header(&headers, "vary"), "Accept-Encoding", "{path}");
        let policy = header(&headers, "content-security-policy");
        assert_eq!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"), path == "/", "{path}: {policy}");
    }
}

#[test]
fn the_widget_works_through_the_documented_nginx_configuration_and_its_policy() {
    harness::run(async {
        let site = site();
        let h = Harness::start_with(&["--no-proxy-server"]).await;
        h.driver.goto(format!("{}/", site.widget)).await.unwrap();
        let content = compiler::english();
        h.by_role("heading", &content.steps[0].title).await;
        h.wait_for("the walkthrough to load", "return W.querySelector('.le-shell')", vec![]).await;
        h.by_role("button", "Next").await.click().await.unwrap();
        h.by_role("heading", &content.steps[1].title).await;
        assert_eq!(h.console_errors().await, Vec::<String>::new(), "no policy refused anything");
        h.quit().await;
    })
}
