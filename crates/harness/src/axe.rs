//! axe-core, injected into the page under test (from npm, no browser download).

use serde_json::Value;

use super::Harness;

/// The rules axe runs: WCAG 2.0-2.2 A and AA, and axe's best practices. None is switched off.
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
}).then(
  r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)),
  e => done([`axe failed: ${e}`]),
);
"#;

fn axe_source() -> String {
    let path = super::project_root().join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e} (run `cargo xtask test`, which installs it)", path.display()))
}

/// Runs axe on the page as it is now; returns its violations, each in one line.
pub async fn violations(h: &Harness) -> Vec<String> {
    let loaded = h.js("return typeof axe !== 'undefined'", vec![]).await;
    if loaded != Value::Bool(true) {
        h.driver.execute(&axe_source(), vec![]).await.expect("axe loads");
    }
    // At the top of the page nothing sits under the sticky exit bar; further down, axe's
    // target-size rule counts a control scrolled beneath the bar as obscured.
    h.js("window.scrollTo(0, 0)", vec![]).await;
    let result = h.driver.execute_async(RUN_AXE, vec![]).await.expect("axe runs");
    serde_json::from_value(result.json().clone()).expect("a list of violations")
}
