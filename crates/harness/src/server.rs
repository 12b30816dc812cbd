//! A small static HTTP server on loopback that is also the browser's proxy, so it sees every
//! request the page makes, to any origin. Requests for its own address are served from the
//! built widget (`/`) and the test fixtures (`/fixtures/`); anything else is refused and logged.
//! The same files are also served as a second origin, `http://localhost:<port>`, standing for a
//! widget host other than the partner's page (a cross-origin embed); fixture pages name it
//! `{{WIDGET_HOST}}`, their own origin `{{ORIGIN}}` (and the pinned loader `{{EMBED_VERSIONED}}`, `{{EMBED_INTEGRITY}}`). Widget files carry the CORS header a real widget host must send.
//! `cargo xtask serve` uses the same server for the demo page.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// One request as the browser sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// `http://host:port` for a plain request, `https://host:port` for a tunnel (CONNECT).
    pub origin: String,
    pub path: String,
}

/// A running server. It stops with the process.
#[derive(Clone)]
pub struct Server {
    pub origin: String,
    /// The same server under another origin, as a separate widget host.
    pub widget_host: String,
    shared: Arc<Shared>,
}

struct Shared {
    dist: PathBuf,
    fixtures: PathBuf,
    vendor: PathBuf,
    origin: String,
    widget_host: String,
    log: Mutex<Vec<Request>>,
    /// Answer 404 for `.wasm` files, as when a network or a partner's filter blocks them.
    block_wasm: AtomicBool,
    /// Answer `.wasm` files after [`SLOWER`], as over a slow connection: long enough for a test
    /// to look at the page (axe, too) before the walkthrough takes it over.
    slow_wasm: AtomicBool,
    /// Serve the wasm-bindgen glue with a line added in front, as a compromised widget host might.
    tamper_glue: AtomicBool,
    tamper_loader: AtomicBool,
    tamper_locales: AtomicBool,
    /// Send the built pages with the strict policy a widget host may give them ([`PAGE_POLICY`]).
    page_policy: AtomicBool,
}

/// A strict Content-Security-Policy for the built pages, as docs/EMBEDDING.md advises a widget
/// host: the two inline styles are allowed by their hashes, `page_styles` in `dist/embed.json`.
const PAGE_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self' {{PAGE_STYLES}}; img-src 'self'; base-uri 'none'; form-action 'none'";

/// What a tampered glue does first: a mark a test can look for in the page.
pub const TAMPERED: &str = "globalThis.leTampered = true;\n";

/// Fixture pages under this folder are answered after [`SLOW`], to watch a page while it leaves.
const SLOW_FOLDER: &str = "slow/";
const SLOW: Duration = Duration::from_secs(1);
/// Under this one after [`SLOWER`]: longer than the loader waits before it calls a leave refused.
const SLOWER_FOLDER: &str = "slower/";
const SLOWER: Duration = Duration::from_secs(3);

impl Server {
    /// Serves `dist` at `/` and the project's `tests/fixtures` and `node_modules` on 127.0.0.1 at
    /// `port` (0: any free port).
    pub fn start(dist: &Path, project: &Path, port: u16) -> std::io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let origin = format!("http://{}", listener.local_addr()?);
        let widget_host = format!("http://localhost:{}", listener.local_addr()?.port());
        let shared = Arc::new(Shared {
            dist: dist.to_path_buf(),
            fixtures: project.join("tests/fixtures"),
            vendor: project.join("node_modules"),
            origin: origin.clone(),
            widget_host: widget_host.clone(),
            log: Mutex::new(Vec::new()),
            block_wasm: AtomicBool::new(false),
            slow_wasm: AtomicBool::new(false),
            tamper_glue: AtomicBool::new(false),
            tamper_loader: AtomicBool::new(false),
            tamper_locales: AtomicBool::new(false),
            page_policy: AtomicBool::new(false),
        });
        let server_side = shared.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = server_side.clone();
                thread::spawn(move || {
                    let _ = handle(stream, &shared);
                });
            }
        });
        Ok(Server { origin, widget_host, shared })
    }

    /// Every request so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.shared.log.lock().expect("log lock").clone()
    }

    /// Forgets the requests so far and goes back to serving normally, for the next test.
    pub fn reset(&self) {
        self.shared.log.lock().expect("log lock").clear();
        for setting in [
            &self.shared.block_wasm,
            &self.shared.slow_wasm,
            &self.shared.tamper_glue,
            &self.shared.tamper_loader,
            &self.shared.tamper_locales,
            &self.shared.page_policy,
        ] {
            setting.store(false, Ordering::SeqCst);
        }
    }

    /// From now on, answer 404 for the WebAssembly.
    pub fn block_wasm(&self) {
        self.shared.block_wasm.store(true, Ordering::SeqCst);
    }

    /// From now on, answer the WebAssembly three seconds late.
    pub fn slow_wasm(&self) {
        self.shared.slow_wasm.store(true, Ordering::SeqCst);
    }

    /// From now on, serve the glue with [`TAMPERED`] in front of it.
    pub fn tamper_glue(&self) {
        self.shared.tamper_glue.store(true, Ordering::SeqCst);
    }

    /// From now on, serve the loader's second part (`loader-<hash>.js`) with [`TAMPERED`] in
    /// front of it, so its integrity check refuses it.
    pub fn tamper_loader(&self) {
        self.shared.tamper_loader.store(true, Ordering::SeqCst);
    }

    /// From now on, serve the languages' files (`locale-<lang>-<hash>.json`) with [`TAMPERED`]
    /// in front of them, so their checks refuse them.
    pub fn tamper_locales(&self) {
        self.shared.tamper_locales.store(true, Ordering::SeqCst);
    }

    /// From now on, send the built pages with [`PAGE_POLICY`].
    pub fn page_policy(&self) {
        self.shared.page_policy.store(true, Ordering::SeqCst);
    }
}

fn handle(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut host = String::new();
    let mut brotli = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("host") {
                host = value.trim().to_string();
            }
            if name.eq_ignore_ascii_case("accept-encoding") {
                brotli = value.split(',').any(|coding| coding.trim() == "br");
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let request = if method == "CONNECT" {
        Request { origin: format!("https://{target}"), path: String::new() }
    } else if let Some(rest) = target.strip_prefix("http://") {
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        Request { origin: format!("http://{authority}"), path: if path.is_empty() { "/".into() } else { path.into() } }
    } else {
        Request { origin: format!("http://{host}"), path: target.to_string() }
    };
    shared.log.lock().expect("log lock").push(request.clone());
    let mut stream = stream;
    if request.origin != shared.origin && request.origin != shared.widget_host {
        return respond(&mut stream, "403 Forbidden", "text/plain", b"not the widget's origin");
    }
    let path = request.path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with(".wasm") && shared.block_wasm.load(Ordering::SeqCst) {
        return respond(&mut stream, "404 Not Found", "text/plain", b"blocked by the test");
    }
    if path.ends_with(".wasm") && shared.slow_wasm.load(Ordering::SeqCst) {
        thread::sleep(SLOWER);
    }
    let file = if let Some(rest) = path.strip_prefix("/vendor/") {
        safe_join(&shared.vendor, rest)
    } else if let Some(rest) = path.strip_prefix("/fixtures/") {
        let rest = if let Some(slow) = rest.strip_prefix(SLOW_FOLDER) {
            thread::sleep(SLOW);
            slow
        } else if let Some(slower) = rest.strip_prefix(SLOWER_FOLDER) {
            thread::sleep(SLOWER);
            slower
        } else {
            rest
        };
        safe_join(&shared.fixtures, rest)
    } else {
        safe_join(&shared.dist, path.trim_start_matches('/')).map(|p| if p.is_dir() { p.join("index.html") } else { p })
    };
    match file.and_then(|p| std::fs::read(&p).ok().map(|body| (p, body))) {
        Some((p, body)) if path.starts_with("/fixtures/") && p.extension().is_some_and(|e| e == "html") => {
            let embed = std::fs::read_to_string(shared.dist.join("embed.json")).unwrap_or_default();
            let page = String::from_utf8_lossy(&body)
                .replace("{{WIDGET_HOST}}", &shared.widget_host)
                .replace("{{ORIGIN}}", &shared.origin)
                .replace("{{EMBED_VERSIONED}}", json_field(&embed, "versioned"))
                .replace("{{EMBED_INTEGRITY}}", json_field(&embed, "integrity"));
            respond(&mut stream, "200 OK", content_type(&p), page.as_bytes())
        }
        Some((p, body)) if tampered(shared, &p) => {
            let tampered = [TAMPERED.as_bytes(), &body].concat();
            send(&mut stream, "200 OK", &format!("Content-Type: {}", content_type(&p)), &tampered)
        }
        Some((p, body)) => {
            let mut headers = format!("Content-Type: {}", content_type(&p));
            if shared.page_policy.load(Ordering::SeqCst) && p.extension().is_some_and(|e| e == "html") {
                let embed = std::fs::read_to_string(shared.dist.join("embed.json")).unwrap_or_default();
                let policy = PAGE_POLICY.replace("{{PAGE_STYLES}}", json_field(&embed, "page_styles"));
                headers.push_str(&format!("\r\nContent-Security-Policy: {policy}"));
            }
            // As a static host would: the build's brotli copy when the browser takes it (bundle.rs).
            match std::fs::read(format!("{}.br", p.display())).ok().filter(|_| brotli) {
                Some(compressed) => {
                    headers.push_str("\r\nContent-Encoding: br\r\nVary: Accept-Encoding");
                    send(&mut stream, "200 OK", &headers, &compressed)
                }
                None => send(&mut stream, "200 OK", &headers, &body),
            }
        }
        None => respond(&mut stream, "404 Not Found", "text/plain", b"not found"),
    }
}

/// Whether `path` is a file the test asked to serve tampered: Trunk's wasm-bindgen glue (the
/// visitor's `law-explainer-<hash>.js` or the classroom's `classroom-<hash>.js`, not the
/// `_bg.wasm` beside them), the loader's second part (`loader-<hash>.js`) or a language's file
/// (`locale-<lang>-<hash>.json`).
fn tampered(shared: &Shared, path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let asked = |setting: &AtomicBool| setting.load(Ordering::SeqCst);
    (asked(&shared.tamper_glue)
        && (name.starts_with("law-explainer-") || name.starts_with("classroom-"))
        && name.ends_with(".js"))
        || (asked(&shared.tamper_loader) && name.starts_with("loader-") && name.ends_with(".js"))
        || (asked(&shared.tamper_locales) && name.starts_with("locale-") && name.ends_with(".json"))
}

/// A string field of the flat JSON xtask writes (`dist/embed.json`), without a JSON parser.
fn json_field<'a>(json: &'a str, name: &str) -> &'a str {
    let key = format!("\"{name}\": \"");
    json.split_once(&key).and_then(|(_, rest)| rest.split_once('"')).map_or("", |(value, _)| value)
}

/// Joins a URL path under `root`, refusing `..` and absolute parts.
fn safe_join(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = Path::new(path);
    relative.components().all(|c| matches!(c, Component::Normal(_))).then(|| root.join(relative))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "md" => "text/markdown; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &[u8]) -> std::io::Result<()> {
    send(stream, status, &format!("Content-Type: {content_type}"), body)
}

fn send(stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()
}
