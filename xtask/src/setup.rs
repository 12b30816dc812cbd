//! Installs, only when missing, everything the build and the tests need, from the package
//! registries alone (crates.io, npm, Debian). Each check is quick, so a set-up machine takes
//! seconds.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

use crate::run;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// Built by `cargo install`, into cargo's own bin folder.
const GECKODRIVER_VERSION: &str = "0.37.1";
const TRUNK_VERSION: &str = "0.22.1";
const TWIGGY_VERSION: &str = "0.8.0";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's wasm linker, for the fallback toolchain (Debian has no rust-lld).
const DEBIAN_WASM_LD: &str = "/usr/lib/llvm-19/bin/wasm-ld";

/// How wasm is compiled on this machine.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Toolchain {
    /// rustup's stable with the prebuilt wasm32 standard library.
    Rustup,
    /// Debian's rustc-web, building the standard library from source (see docs in README).
    Debian,
}

/// What the set-up found or installed.
pub struct Tools {
    toolchain: Toolchain,
    path: OsString,
}

impl Tools {
    /// Debian's toolchain has no clippy for wasm: the host clippy run still covers the code.
    pub fn has_wasm_clippy(&self) -> bool {
        self.toolchain == Toolchain::Rustup
    }

    /// A command for a wasm build step, with the environment this machine's toolchain needs and
    /// Trunk held offline (it must never download its own tools).
    pub fn wasm_command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path).env("TRUNK_OFFLINE", "true").env("TRUNK_SKIP_VERSION_CHECK", "true");
        if self.toolchain == Toolchain::Debian {
            command
                .env("RUSTUP_TOOLCHAIN", "debian")
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER", DEBIAN_WASM_LD);
        }
        command
    }
}

/// Makes sure every tool is present; `browser` adds the three engines and their drivers.
pub fn ensure(browser: bool) -> Result<Tools, String> {
    if browser {
        ensure_debian_packages()?;
        ensure_geckodriver()?;
    }
    ensure_npm_packages()?;
    let toolchain = ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_trunk()?;
    let bin = std::env::current_dir().map_err(|e| e.to_string())?.join("node_modules/.bin");
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .map_err(|e| e.to_string())?;
    let tools = Tools { toolchain, path };
    // Trunk offline also runs cargo offline, so every crate must already be here.
    run(tools.wasm_command("cargo").args(["fetch", "--target", WASM_TARGET]))?;
    Ok(tools)
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ensure_debian_packages() -> Result<(), String> {
    let wanted = [
        (CHROMIUM, "chromium"),
        (CHROMEDRIVER, "chromium-driver"),
        ("/usr/share/fonts/truetype/dejavu", "fonts-dejavu-core"),
        // pdftotext reads the printed handout in the classroom tests.
        ("/usr/bin/pdftotext", "poppler-utils"),
        // brotli gives the bench its compressed sizes.
        ("/usr/bin/brotli", "brotli"),
        // Firefox, and WebKit (WebKitGTK's MiniBrowser and driver), which draws on a virtual display.
        (FIREFOX, "firefox-esr"),
        ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
        ("/usr/bin/Xvfb", "xvfb"),
        // A real WordPress for the plugin's end-to-end tests (harness::wordpress): Debian's
        // WordPress 6.1 and its block theme, MariaDB, PHP-FPM and nginx, which also serves the
        // widget through the configuration docs/EMBEDDING.md gives (brotli_static included).
        // zip packs the plugin.
        ("/usr/share/wordpress/wp-settings.php", "wordpress"),
        ("/usr/share/wordpress/wp-content/themes/twentytwentythree", "wordpress-theme-twentytwentythree"),
        ("/usr/sbin/mariadbd", "mariadb-server"),
        ("/usr/sbin/php-fpm8.2", "php8.2-fpm"),
        ("/usr/bin/php8.2", "php8.2-cli"),
        ("/etc/php/8.2/mods-available/mysqli.ini", "php8.2-mysql"),
        ("/usr/sbin/nginx", "nginx"),
        ("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so", "libnginx-mod-http-brotli-static"),
        ("/usr/bin/zip", "zip"),
    ];
    let missing: Vec<&str> =
        wanted.iter().filter(|(path, _)| !Path::new(path).exists()).map(|(_, package)| *package).collect();
    if missing.is_empty() {
        return Ok(());
    }
    eprintln!("xtask: installing from Debian: {}", missing.join(" "));
    apt_install(&missing)
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let sudo = output("id", &["-u"]).is_some_and(|uid| uid.trim() != "0");
    let apt = |args: &[&str]| {
        let mut command = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
        if sudo {
            command.arg("apt-get");
        }
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-qq"])?;
    apt(&[&["install", "-y", "-qq", "--no-install-recommends"][..], packages].concat())
}

fn ensure_npm_packages() -> Result<(), String> {
    let installed = Path::new("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(installed), std::fs::metadata("package-lock.json")) {
        (Ok(have), Ok(want)) => have.modified().ok() >= want.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))
}

/// `LE_TOOLCHAIN=debian` forces the fallback, to try it on a machine where rustup works.
fn ensure_wasm_target() -> Result<Toolchain, String> {
    let forced = std::env::var("LE_TOOLCHAIN").is_ok_and(|t| t == "debian");
    let installed = |list: Option<String>| list.is_some_and(|l| l.lines().any(|t| t.trim() == WASM_TARGET));
    if !forced && installed(output("rustup", &["target", "list", "--installed"])) {
        return Ok(Toolchain::Rustup);
    }
    if !forced && run(Command::new("rustup").args(["target", "add", WASM_TARGET])).is_ok() {
        return Ok(Toolchain::Rustup);
    }
    eprintln!("xtask: using Debian's rustc-web for {WASM_TARGET}, building std from source");
    if !Path::new(DEBIAN_WASM_LD).exists() || output("/usr/bin/rustc", &["--version"]).is_none() {
        apt_install(&["rustc-web", "cargo-web", "rust-web-src", "lld-19"])?;
    }
    if !output("rustup", &["toolchain", "list"]).is_some_and(|l| l.lines().any(|t| t.starts_with("debian"))) {
        run(Command::new("rustup").args(["toolchain", "link", "debian", "/usr"]))?;
    }
    Ok(Toolchain::Debian)
}

/// The `wasm-bindgen` version in Cargo.lock: the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let version = locked_wasm_bindgen()?;
    let trunk_toml = std::fs::read_to_string("Trunk.toml").map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")) {
        return Err(format!("Trunk.toml must pin wasm_bindgen = \"{version}\", the version in Cargo.lock"));
    }
    if output("wasm-bindgen", &["--version"]).is_some_and(|v| v.trim() == format!("wasm-bindgen {version}")) {
        return Ok(());
    }
    // Not --locked: its lockfile pins a crate version the registry here lacks.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version]))
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver() -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .unwrap_or_default();
    home.join("bin/geckodriver")
}

fn ensure_geckodriver() -> Result<(), String> {
    let path = geckodriver();
    let have = output(&path.to_string_lossy(), &["--version"]);
    if have.is_some_and(|v| v.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}"))) {
        return Ok(());
    }
    run(Command::new("cargo").args(["install", "geckodriver", "--version", GECKODRIVER_VERSION, "--locked"]))
}

/// zip, which packs the WordPress plugin (`cargo xtask wordpress`; the tests install it with the rest).
pub fn ensure_zip() -> Result<(), String> {
    if Path::new("/usr/bin/zip").exists() {
        return Ok(());
    }
    apt_install(&["zip"])
}

/// twiggy, which says what the wasm's bytes are (`cargo xtask size` only: no test needs it).
pub fn ensure_twiggy() -> Result<(), String> {
    if output("twiggy", &["--version"]).is_some_and(|v| v.trim() == format!("twiggy {TWIGGY_VERSION}")) {
        return Ok(());
    }
    run(Command::new("cargo").args(["install", "twiggy", "--version", TWIGGY_VERSION, "--locked"]))
}

fn ensure_trunk() -> Result<(), String> {
    if output("trunk", &["--version"]).is_some_and(|v| v.trim() == format!("trunk {TRUNK_VERSION}")) {
        return Ok(());
    }
    // Trunk 0.22 declares a newer rust-version than stable 1.95 but builds with it.
    run(Command::new("cargo").args([
        "install",
        "trunk",
        "--version",
        TRUNK_VERSION,
        "--locked",
        "--ignore-rust-version",
    ]))
}
