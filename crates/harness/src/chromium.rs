//! How to start Debian's Chromium here: headless, as root, on a machine whose only network is
//! loopback and the package registries. Shared by the browser tests and xtask.

/// Without the networking flags Chromium keeps trying hosts it cannot reach.
pub const QUIET_FLAGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];
