//! Checks the partner's colour custom properties with `model::contrast` and drops the ones
//! that would make text or controls hard to see.

use model::contrast::{self, Seen};
use web_sys::HtmlElement;

/// Returns one warning per dropped property.
pub fn check(host: &HtmlElement, widget: &HtmlElement) -> Vec<String> {
    let window = gloo::utils::window();
    let style_of = |element: &HtmlElement| window.get_computed_style(element).ok().flatten();
    let Some(host_style) = style_of(host) else { return Vec::new() };
    // The browser resolves any CSS colour syntax for us: a probe takes the widget's resolved
    // colour (`--c-*`, the partner's value or the default) and reports it as rgb().
    let document = gloo::utils::document();
    let Ok(probe) = document.create_element("span") else { return Vec::new() };
    let Ok(probe) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(probe) else { return Vec::new() };
    probe.set_hidden(true);
    let _ = widget.append_child(&probe);
    // A computed style is live: one read after each change of the probe's colour.
    let Some(probe_style) = style_of(&probe) else {
        probe.remove();
        return Vec::new();
    };
    let seen = |name: &str| {
        let by_partner = host_style.get_property_value(&format!("--le-{name}")).is_ok_and(|v| !v.trim().is_empty());
        let _ = probe.style().set_property("color", &format!("var(--c-{name})"));
        let colour = probe_style.get_property_value("color").ok().and_then(|v| contrast::parse_computed(&v));
        Seen { colour, by_partner }
    };
    let rejected = contrast::rejected(seen);
    probe.remove();
    let widget_style = widget.style();
    rejected
        .into_iter()
        .map(|(name, warning)| {
            // `initial` makes the partner's value invalid inside the widget, so the default applies.
            let _ = widget_style.set_property(&format!("--le-{name}"), "initial");
            warning
        })
        .collect()
}
