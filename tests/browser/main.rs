//! Every browser test, in one binary so that it is built once and its tests run side by side,
//! each in a session of its own (a fresh Chromium and profile) through one chromedriver.
//! They run against the built `dist/` (`cargo xtask test` builds it and sets `LE_DIST`),
//! served on loopback by `harness`.

mod accessibility;
mod builder;
mod check;
mod classroom;
mod embedding;
mod engines;
mod hosting;
mod languages;
mod safety;
mod shell;
mod walkthrough;
mod wordpress;
