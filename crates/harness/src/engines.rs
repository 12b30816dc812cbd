//! The three browser engines visitors use: Chromium (Chrome, Edge, most Android phones),
//! Firefox (Gecko) and WebKit (every browser on an iPhone, Safari). Each is driven through its
//! own WebDriver server, started once per process in a process group of its own with the
//! browsers it starts: the groups are stopped when the process exits, and the kernel stops a
//! server if the process dies some other way. WebKit's MiniBrowser has no headless mode, so it
//! draws on a virtual display (Xvfb) started the same way.

use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use thirtyfour::Capabilities;

use crate::chromium;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// Origins a browser asks of its own accord, not for the page: Firefox ESR's remote-settings
/// sync, which a release build keeps on whatever the profile says. The no-trace tests leave
/// these out of the proxy's log; everything else any engine asks for counts.
pub const BROWSER_SERVICES: &[&str] = &["https://firefox.settings.services.mozilla.com:443"];

/// WebKitGTK's own small browser, which WebKitWebDriver drives.
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// The port of a WebDriver server for a new session: chromedriver serves any number of
    /// sessions, so one is started on first use; geckodriver and WebKitWebDriver serve one
    /// each, so every session gets its own.
    pub(crate) fn driver_port(self) -> u16 {
        static CHROMEDRIVER: OnceLock<u16> = OnceLock::new();
        match self {
            Engine::Chromium => *CHROMEDRIVER.get_or_init(|| self.start_driver()),
            _ => self.start_driver(),
        }
    }

    fn start_driver(self) -> u16 {
        let port = crate::free_port();
        let mut command = match self {
            Engine::Chromium => {
                let mut command = Command::new(program("CHROMEDRIVER", "/usr/bin/chromedriver"));
                command.arg(format!("--port={port}"));
                command
            }
            Engine::Firefox => {
                let mut command = Command::new(program("GECKODRIVER", "geckodriver"));
                command.args(["--port", &port.to_string(), "--log", "fatal"]);
                command
            }
            Engine::WebKit => {
                let mut command = Command::new(program("WEBKITDRIVER", "/usr/bin/WebKitWebDriver"));
                command.arg(format!("--port={port}")).env("DISPLAY", display());
                command
            }
        };
        keep_running(&mut command, self.name());
        wait_until_listening(port, self.name());
        port
    }

    /// A new session's capabilities: headless where the engine can be, every request through
    /// the harness's proxy at `proxy` (host:port), English first, a 1024×900 window.
    pub(crate) fn capabilities(self, proxy: &str, profile: &Path, extra_args: &[&str]) -> Capabilities {
        let mut caps = Capabilities::new();
        let (host, port) = proxy.rsplit_once(':').expect("host:port");
        let port: u16 = port.parse().expect("a port");
        match self {
            Engine::Chromium => {
                let proxy = format!("--proxy-server={proxy}");
                let profile = format!("--user-data-dir={}", profile.display());
                let args: Vec<&str> = chromium::QUIET_FLAGS
                    .iter()
                    .copied()
                    .chain([
                        "--window-size=1024,900",
                        // The widget follows the browser's languages: pin them, whatever the
                        // machine's locale (a test that needs others passes its own, which wins).
                        "--accept-lang=en-US,en",
                        // Loopback too goes through the logging proxy, so no request can go unseen.
                        "--proxy-bypass-list=<-loopback>",
                        &proxy,
                        &profile,
                    ])
                    .chain(extra_args.iter().copied())
                    .collect();
                let binary = program("CHROME", "/usr/bin/chromium");
                set(&mut caps, "browserName", json!("chrome"));
                set(&mut caps, "goog:chromeOptions", json!({ "binary": binary, "args": args }));
                // The page's own network log, apart from the browser's background traffic.
                set(&mut caps, "goog:loggingPrefs", json!({ "performance": "ALL", "browser": "ALL" }));
            }
            Engine::Firefox => {
                let mut args = vec!["-headless", "--width=1024", "--height=900"];
                args.extend(extra_args);
                let prefs = json!({
                    "network.proxy.type": 1,
                    "network.proxy.http": host,
                    "network.proxy.http_port": port,
                    "network.proxy.ssl": host,
                    "network.proxy.ssl_port": port,
                    "network.proxy.no_proxies_on": "",
                    "network.proxy.allow_hijacking_localhost": true,
                    "intl.accept_languages": "en-US, en",
                    // Quiet: no background requests of its own to see in the proxy's log.
                    "app.update.enabled": false,
                    "browser.safebrowsing.malware.enabled": false,
                    "browser.safebrowsing.phishing.enabled": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "extensions.getAddons.cache.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "browser.newtabpage.enabled": false,
                    "browser.region.update.enabled": false,
                    "browser.region.network.url": "",
                    "app.normandy.enabled": false,
                    "toolkit.telemetry.enabled": false,
                });
                set(&mut caps, "browserName", json!("firefox"));
                set(
                    &mut caps,
                    "moz:firefoxOptions",
                    json!({
                        "binary": program("FIREFOX", "/usr/bin/firefox-esr"),
                        "args": args,
                        "prefs": prefs,
                    }),
                );
            }
            Engine::WebKit => {
                set(&mut caps, "browserName", json!("MiniBrowser"));
                // MiniBrowser's own proxy option: WebKitWebDriver does not apply the W3C one.
                let mut args = vec!["--automation".to_string(), format!("--proxy=http://{host}:{port}")];
                args.extend(extra_args.iter().map(|a| a.to_string()));
                set(&mut caps, "webkitgtk:browserOptions", json!({ "binary": MINIBROWSER, "args": args }));
            }
        }
        caps
    }
}

fn set(caps: &mut Capabilities, key: &str, value: Value) {
    caps.set(key, value).expect("a capability");
}

/// `variable`'s value, else `default`.
fn program(variable: &str, default: &str) -> String {
    std::env::var(variable).unwrap_or_else(|_| default.to_string())
}

/// The X display the WebKit browsers draw on: an Xvfb started on first use.
fn display() -> String {
    static DISPLAY: OnceLock<String> = OnceLock::new();
    DISPLAY
        .get_or_init(|| {
            // The first display number nobody holds; Xvfb exits at once if another server has it.
            let number = (90..200).find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()).expect("a display");
            let mut command = Command::new("Xvfb");
            command.args([
                format!(":{number}"),
                "-screen".into(),
                "0".into(),
                "1280x1024x24".into(),
                "-nolisten".into(),
                "tcp".into(),
            ]);
            keep_running(&mut command, "Xvfb");
            let started = Instant::now();
            while !Path::new(&format!("/tmp/.X11-unix/X{number}")).exists() {
                assert!(started.elapsed() < Duration::from_secs(15), "Xvfb did not start");
                std::thread::sleep(Duration::from_millis(20));
            }
            format!(":{number}")
        })
        .clone()
}

/// Starts `command` in a process group of its own from a thread that lives as long as this
/// process; the group is stopped when the process exits.
pub(crate) fn keep_running(command: &mut Command, what: &str) {
    command.stdout(Stdio::null()).stderr(Stdio::null());
    std::os::unix::process::CommandExt::process_group(command, 0);
    // SAFETY: prctl is async-signal-safe; it asks for SIGKILL when the spawning thread ends.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(command, || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let (sent, started) = std::sync::mpsc::channel();
    let mut command = std::mem::replace(command, Command::new(""));
    let what = what.to_string();
    std::thread::spawn(move || {
        let mut child = command.spawn().unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
        GROUPS.lock().expect("the process groups").push(child.id() as libc::pid_t);
        static AT_EXIT: Once = Once::new();
        // SAFETY: registers a plain `extern "C"` function that only sends signals.
        AT_EXIT.call_once(|| unsafe {
            libc::atexit(stop_all);
        });
        sent.send(()).expect("the caller waits");
        // This thread must outlive the tests: it waits on the server until the process ends.
        let _ = child.wait();
    });
    started.recv().expect("started");
}

/// The process groups started here: each server with the browsers it started, and Xvfb.
static GROUPS: Mutex<Vec<libc::pid_t>> = Mutex::new(Vec::new());

/// Stops every server and browser, kept ones included, as the process exits.
extern "C" fn stop_all() {
    if let Ok(groups) = GROUPS.try_lock() {
        for group in groups.iter() {
            // SAFETY: a signal to a process group this process created.
            unsafe { libc::kill(-group, libc::SIGKILL) };
        }
    }
}

fn wait_until_listening(port: u16, what: &str) {
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(30), "{what}'s WebDriver server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
}
