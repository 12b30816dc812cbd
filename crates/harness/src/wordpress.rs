//! A real WordPress for the end-to-end tests, started once per test process on loopback:
//! Debian's WordPress 6.1 (a copy of `/usr/share/wordpress` with a `wp-config.php` of its own,
//! so nothing under `/etc` changes), MariaDB on a socket, PHP-FPM behind Debian's nginx, and,
//! in the same nginx, the built widget served through the configuration docs/EMBEDDING.md
//! gives partners, taken from that file as it stands (only the address, the folder and the
//! page's style hashes filled in). `cargo xtask test` installs the packages.
//!
//! nginx and PHP-FPM rather than `php -S`: the widget host needs nginx anyway (its
//! configuration is what is tested), and PHP-FPM serves the editor's parallel REST requests,
//! which the single-process built-in server queues one by one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::engines::keep_running;
use crate::{dist, free_port, project_root};

/// The administrator the set-up creates.
pub const USER: &str = "admin";
pub const PASSWORD: &str = "law-explainer-test";

/// The running site.
pub struct Site {
    /// WordPress, `http://127.0.0.1:<port>`.
    pub origin: String,
    /// The widget host (nginx with the documented configuration), as the build's
    /// `LE_PUBLIC_URL` named it, without the final slash.
    pub widget: String,
    /// Its port, for a raw request.
    pub widget_port: u16,
    dir: PathBuf,
}

/// The site, set up on first use (about ten seconds).
pub fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let started = Instant::now();
        let site = Site::start();
        eprintln!("wordpress: set up in {:.1}s", started.elapsed().as_secs_f32());
        site
    })
}

/// The built plugin; `cargo xtask test` builds it and sets `LE_WORDPRESS_ZIP`.
pub fn plugin_zip() -> PathBuf {
    PathBuf::from(std::env::var("LE_WORDPRESS_ZIP").expect(
        "LE_WORDPRESS_ZIP is not set: the WordPress tests install the built plugin. Run them with `cargo xtask test`.",
    ))
}

fn sh(command: &mut Command) {
    let out = command.output().unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    assert!(
        out.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn wait_for_file(path: &Path, what: &str) {
    let started = Instant::now();
    while !path.exists() {
        assert!(started.elapsed() < Duration::from_secs(30), "{what} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `dist/` as published at a known address, with the oEmbed discovery a build given
/// `LE_PUBLIC_URL` writes: `cargo xtask test` makes this copy (`LE_PUBLISHED_DIST`), so that the
/// `dist/` it leaves behind names no test address.
fn published() -> PathBuf {
    PathBuf::from(std::env::var("LE_PUBLISHED_DIST").expect(
        "LE_PUBLISHED_DIST is not set: the WordPress tests need dist/ published with its oEmbed file. \
         Run them with `cargo xtask test`.",
    ))
}

/// The public address the published copy's `oembed.json` names (`provider_url`).
fn widget_host() -> String {
    let oembed = std::fs::read_to_string(published().join("oembed.json")).expect("oembed.json in the published copy");
    let value: serde_json::Value = serde_json::from_str(&oembed).expect("oembed.json is JSON");
    value["provider_url"].as_str().expect("a provider_url").trim_end_matches('/').to_string()
}

/// The nginx configuration docs/EMBEDDING.md gives, for a host serving `root` on `port`.
pub fn documented_nginx(port: u16, root: &Path) -> String {
    let doc = std::fs::read_to_string(project_root().join("docs/EMBEDDING.md")).expect("docs/EMBEDDING.md");
    let start = doc.find("```nginx\n").expect("docs/EMBEDDING.md has an nginx block") + "```nginx\n".len();
    let config = &doc[start..start + doc[start..].find("```").expect("the nginx block ends")];
    let embed = std::fs::read_to_string(dist().join("embed.json")).expect("dist/embed.json");
    let embed: serde_json::Value = serde_json::from_str(&embed).expect("embed.json is JSON");
    let fills = [
        ("listen 80;", format!("listen 127.0.0.1:{port};")),
        ("root /var/www/law-explainer;", format!("root {};", root.display())),
        ("PAGE_STYLES", embed["page_styles"].as_str().expect("page_styles").to_string()),
    ];
    fills.iter().fold(config.to_string(), |config, (from, to)| {
        assert_eq!(config.matches(from).count(), 1, "the documented nginx block has {from} once");
        config.replace(from, to)
    })
}

impl Site {
    fn start() -> Site {
        let dir = std::env::temp_dir().join(format!("le-wordpress-{}", std::process::id()));
        remove_stale_sites();
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a folder for the site");
        let widget = widget_host();
        let widget_port: u16 = widget.rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port");
        let port = free_port();
        let origin = format!("http://127.0.0.1:{port}");
        let www = dir.join("www");
        sh(Command::new("cp").arg("-a").arg("/usr/share/wordpress").arg(&www));

        // MariaDB on a socket of its own, no network.
        let (data, socket) = (dir.join("db"), dir.join("mysql.sock"));
        sh(Command::new("mariadb-install-db")
            .args(["--no-defaults", "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db"])
            .arg(format!("--datadir={}", data.display())));
        keep_running(
            Command::new("mariadbd")
                .args(["--no-defaults", "--user=root", "--skip-networking"])
                .arg(format!("--datadir={}", data.display()))
                .arg(format!("--socket={}", socket.display()))
                .arg(format!("--pid-file={}", dir.join("mariadb.pid").display()))
                .arg(format!("--log-error={}", dir.join("mariadb.log").display())),
            "MariaDB",
        );
        wait_for_file(&socket, "MariaDB");
        sh(Command::new("mariadb")
            .args(["--no-defaults", "-u", "root", "-e", "CREATE DATABASE wordpress CHARACTER SET utf8mb4"])
            .arg(format!("--socket={}", socket.display())));

        // PHP-FPM, logging every notice and warning where the tests read them.
        let fpm_socket = dir.join("php-fpm.sock");
        write(
            &dir.join("php-fpm.conf"),
            &format!(
                "[global]\nerror_log = {log}\ndaemonize = no\n[www]\nlisten = {sock}\nlisten.mode = 0666\npm = static\n\
                 pm.max_children = 4\ncatch_workers_output = yes\nphp_admin_flag[log_errors] = on\n\
                 php_admin_value[error_log] = {log}\nphp_admin_value[upload_max_filesize] = 32M\n\
                 php_admin_value[post_max_size] = 32M\n",
                log = dir.join("php.log").display(),
                sock = fpm_socket.display()
            ),
        );
        keep_running(
            Command::new("php-fpm8.2")
                .args(["--nodaemonize", "--allow-to-run-as-root", "--fpm-config"])
                .arg(dir.join("php-fpm.conf")),
            "PHP-FPM",
        );
        wait_for_file(&fpm_socket, "PHP-FPM");

        write(&www.join("wp-config.php"), &wp_config(&origin, &socket));
        // A real widget host is on port 443, which WordPress's HTTP API allows; this one's port
        // must be allowed for oEmbed discovery to reach it. The test's own set-up, not the plugin's.
        std::fs::create_dir_all(www.join("wp-content/mu-plugins")).expect("mu-plugins");
        write(
            &www.join("wp-content/mu-plugins/test-widget-port.php"),
            &format!(
                "<?php\nadd_filter( 'http_allowed_safe_ports', function ( $ports ) {{ $ports[] = {widget_port}; return $ports; }} );\n"
            ),
        );

        // Debian's fastcgi_params passes the host without its port (a security fix); WordPress on
        // a port of its own needs it back, from nginx's own port rather than the raw header.
        let nginx = dir.join("nginx.conf");
        write(
            &nginx,
            &format!(
                "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;\npid {dir}/nginx.pid;\n\
                 worker_processes 2;\nevents {{ worker_connections 256; }}\nhttp {{\n\
                 access_log off;\nclient_body_temp_path {dir}/body;\nfastcgi_temp_path {dir}/fastcgi;\n\
                 proxy_temp_path {dir}/proxy;\nuwsgi_temp_path {dir}/uwsgi;\nscgi_temp_path {dir}/scgi;\n\
                 {widget}\n\
                 server {{\n  listen 127.0.0.1:{port};\n  root {www};\n  index index.php;\n\
                 client_max_body_size 32m;\n  include /etc/nginx/mime.types;\n\
                 location / {{ try_files $uri $uri/ /index.php?$args; }}\n\
                 location ~ \\.php$ {{\n    try_files $uri =404;\n    include /etc/nginx/fastcgi_params;\n\
                 fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n\
                 fastcgi_param HTTP_HOST $host:$server_port;\n\
                 fastcgi_pass unix:{fpm};\n  }}\n}}\n}}\n",
                dir = dir.display(),
                widget = documented_nginx(widget_port, &published()),
                www = www.display(),
                fpm = fpm_socket.display(),
            ),
        );
        keep_running(
            Command::new("nginx")
                .arg("-e")
                .arg(dir.join("nginx-error.log"))
                .arg("-c")
                .arg(&nginx)
                .args(["-g", "daemon off;"]),
            "nginx",
        );
        wait_for_file(&dir.join("nginx.pid"), "nginx");

        let install = dir.join("install.php");
        write(&install, &install_script(&www));
        sh(Command::new("php").arg(&install));
        Site { origin, widget, widget_port, dir }
    }

    /// PHP's notices, warnings and errors logged so far, and any deprecation in the plugin's
    /// own code (WordPress 6.1's own deprecations under PHP 8.2 are not the plugin's to fix).
    pub fn php_problems(&self) -> Vec<String> {
        let log = std::fs::read_to_string(self.dir.join("php.log")).unwrap_or_default();
        log.lines()
            .filter(|line| {
                let problem =
                    ["PHP Notice", "PHP Warning", "PHP Fatal", "PHP Parse"].iter().any(|kind| line.contains(kind))
                        || line.contains("PHP Deprecated") && line.contains("plugins/law-explainer");
                // WordPress's own complaint that it cannot reach WordPress.org: this machine is off-line.
                problem && !line.contains("could not establish a secure connection to WordPress.org")
            })
            .map(str::to_string)
            .collect()
    }
}

/// The sites of test processes that have ended (each copies WordPress, about 60 MB).
fn remove_stale_sites() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("le-wordpress-") else { continue };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn wp_config(origin: &str, socket: &Path) -> String {
    format!(
        r#"<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:{socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {{
	define( $key, 'law-explainer-test-' . $key );
}}
define( 'WP_HOME', '{origin}' );
define( 'WP_SITEURL', '{origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
// As on many partner sites: nobody may paste a script or an iframe.
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
// Off-line: WordPress may reach only its own host (and so the widget host on loopback).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"#,
        socket = socket.display()
    )
}

fn install_script(www: &Path) -> String {
    format!(
        r#"<?php
define( 'WP_INSTALLING', true );
require '{www}/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Partner site', '{USER}', 'admin@example.org', true, '', '{PASSWORD}' );
update_option( 'permalink_structure', '' );
// The block editor's welcome guide would cover the editor.
update_user_meta( 1, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
"#,
        www = www.display()
    )
}
