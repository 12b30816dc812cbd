//! Reads a `<law-explainer>` element's attributes and its local-resources JSON for
//! `model::config`, which does all the checking.

use model::config::{self, Config, Json, ResourcesSource};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

pub fn read(host: &HtmlElement) -> (Config, Vec<String>) {
    config::parse(|name| host.get_attribute(name), resources(host))
}

fn resources(host: &HtmlElement) -> ResourcesSource {
    let Some(id) = host.get_attribute("resources") else { return ResourcesSource::None };
    // Only a JSON script element counts: its text is never run, and never read as HTML.
    let element = gloo::utils::document()
        .get_element_by_id(&id)
        .filter(|e| e.tag_name() == "SCRIPT" && e.get_attribute("type").as_deref() == Some("application/json"));
    let Some(element) = element else { return ResourcesSource::Missing(id) };
    match js_sys::JSON::parse(&element.text_content().unwrap_or_default()) {
        Ok(value) => ResourcesSource::Parsed(id, json(&value, 0)),
        Err(error) => ResourcesSource::Invalid(
            id,
            error.dyn_into::<js_sys::Error>().map(|e| e.message().into()).unwrap_or_default(),
        ),
    }
}

/// The browser's parse, reduced to [`Json`]; nesting deeper than resources need is `Other`.
fn json(value: &JsValue, depth: u8) -> Json {
    if let Some(text) = value.as_string() {
        return Json::Str(text);
    }
    if depth > 2 {
        return Json::Other;
    }
    if let Some(list) = value.dyn_ref::<js_sys::Array>() {
        return Json::List(list.iter().map(|item| json(&item, depth + 1)).collect());
    }
    if value.is_object() && !value.is_null() {
        let entries = js_sys::Object::entries(value.unchecked_ref());
        return Json::Map(
            entries
                .iter()
                .filter_map(|pair| {
                    let pair: js_sys::Array = pair.unchecked_into();
                    Some((pair.get(0).as_string()?, json(&pair.get(1), depth + 1)))
                })
                .collect(),
        );
    }
    Json::Other
}
