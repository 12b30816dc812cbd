//! The partner pages in `tests/fixtures/`: one table that the browser tests iterate and that
//! docs/EMBEDDING.md is checked against, so a page added here is tested and documented.

/// Where a fixture's quick exit goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaves {
    /// To the loopback exit page the fixture names.
    ToExitPage,
    /// To the default destination (off-line here: the proxy sees the request).
    ToDefault,
    /// Refused by a sandbox without top navigation: the widget blanks and says so.
    Blocked,
}

/// When the walkthrough itself (not only the loader's exit bar) loads on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loads {
    /// With the page.
    AtOnce,
    /// Only when the visitor comes near it.
    WhenNear,
    /// Never: the page's policy refuses WebAssembly, so the failure message shows.
    Refused,
}

/// One example partner page.
#[derive(Clone, Copy, Debug)]
pub struct Fixture {
    /// `tests/fixtures/<name>.html`.
    pub name: &'static str,
    /// What the page is, for a reader of the list.
    pub about: &'static str,
    /// The widget is in the iframe `#widget`.
    pub framed: bool,
    pub loads: Loads,
    pub leaves: Leaves,
    /// The first step's title, and the next one's.
    pub steps: (&'static str, &'static str),
}

impl Fixture {
    pub fn path(&self) -> String {
        format!("/fixtures/{}.html", self.name)
    }
}

const FIRST: (&str, &str) = ("Before you start", "What human trafficking is");

pub const FIXTURES: &[Fixture] = &[
    Fixture {
        name: "plain",
        about: "the snippet as documented, opening on a chosen step",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: ("Fraud", "Coercion"),
    },
    Fixture {
        name: "bad-settings",
        about: "every attribute wrong: the widget warns and falls back",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToDefault,
        steps: FIRST,
    },
    Fixture {
        name: "hostile-css",
        about: "global resets, `* { all: unset !important }`, a 40 px root font size",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: ("Fraud", "Coercion"),
    },
    Fixture {
        name: "strict-csp",
        about: "a strict Content-Security-Policy that requires Trusted Types",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "csp-without-wasm",
        about: "a policy without `'wasm-unsafe-eval'`: the failure message and a working exit",
        framed: false,
        loads: Loads::Refused,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "two-instances",
        about: "two widgets on one page",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "cross-origin",
        about: "the pinned loader from another origin",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "framed",
        about: "the iframe embedding with the resize helper",
        framed: true,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "framed-cross-origin",
        about: "the iframe embedding from the widget's own host, another origin than the page's",
        framed: true,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "sandboxed",
        about: "an iframe sandboxed without top navigation",
        framed: true,
        loads: Loads::AtOnce,
        leaves: Leaves::Blocked,
        steps: FIRST,
    },
    Fixture {
        name: "below-the-fold",
        about: "the widget far down a long page, loaded only when the visitor comes near",
        framed: false,
        loads: Loads::WhenNear,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "positioned-wrapper",
        about: "a positioned card around the widget, with a form above it",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "transformed-ancestor",
        about: "a transformed ancestor, which captures anything fixed inside it",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "overflow-hidden",
        about: "a wrapper that clips whatever overflows it",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "rtl-page",
        about: "an Arabic, right-to-left page around the English widget",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "fixed-banner",
        about: "a cookie banner fixed to the top of the window, over where the exit bar sticks",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
    Fixture {
        name: "zoomed",
        about: "the whole page zoomed to 200 % (CSS `zoom`), the widget with it",
        framed: false,
        loads: Loads::AtOnce,
        leaves: Leaves::ToExitPage,
        steps: FIRST,
    },
];

/// The other pages in `tests/fixtures/`: where tests start from or leave to, and the bench's
/// (`bench-exit` is written there by the bench as it runs).
pub const SUPPORT_PAGES: &[&str] = &["exit", "start", "bench-govuk", "bench-exit"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_in_the_folder_is_listed_and_every_fixture_documented() {
        let folder = crate::project_root().join("tests/fixtures");
        let pages: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok()?.strip_suffix(".html").map(String::from))
            .collect();
        let listed: Vec<&str> = FIXTURES.iter().map(|f| f.name).chain(SUPPORT_PAGES.iter().copied()).collect();
        for page in &pages {
            assert!(
                listed.contains(&page.as_str()),
                "tests/fixtures/{page}.html is in neither FIXTURES nor SUPPORT_PAGES"
            );
        }
        for fixture in FIXTURES {
            assert!(pages.iter().any(|p| p == fixture.name), "FIXTURES names {}, which is not there", fixture.path());
        }

        let docs = std::fs::read_to_string(crate::project_root().join("docs/EMBEDDING.md")).unwrap();
        let section = docs.split("## Fixtures").nth(1).expect("docs/EMBEDDING.md has a Fixtures section");
        for fixture in FIXTURES {
            let line = format!("- `{}.html`: {}.", fixture.name, fixture.about);
            assert!(section.contains(&line), "docs/EMBEDDING.md's Fixtures lacks: {line}");
        }
    }
}
