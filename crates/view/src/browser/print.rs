//! Printing a handout: the browser's print dialog, and knowing when a print starts and ends.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::handout::Kind;

/// Which handout belongs in the page, if any: from just before a print starts until it ends.
/// A print the visitor starts from the browser (its menu, Ctrl+P) gets the teacher's handout,
/// the full one; the returned callback opens the print dialog for the handout asked for, once
/// it is rendered.
#[hook]
pub fn use_print() -> (Option<Kind>, Callback<Kind>) {
    let printing = use_state(|| false);
    let asked = use_state(|| None::<Kind>);
    let chosen = use_state(|| Kind::Teacher);
    // Read by the print listeners, which outlive any one render.
    let kind = use_mut_ref(|| Kind::Teacher);
    *kind.borrow_mut() = *chosen;
    {
        let (printing, chosen, kind) = (printing.setter(), chosen.setter(), kind.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let numbers = Rc::new(RefCell::new(None));
            let (before, after) = (printing.clone(), printing);
            let (added, removed) = (numbers.clone(), numbers);
            let listeners = (
                // Synchronously, before the browser lays out the pages: an effect would be late.
                EventListener::new(&window, "beforeprint", move |_| {
                    before.set(true);
                    if *kind.borrow() == Kind::Teacher {
                        *added.borrow_mut() = adopt(PAGE_NUMBERS);
                    }
                }),
                EventListener::new(&window, "afterprint", move |_| {
                    after.set(false);
                    chosen.set(Kind::Teacher);
                    if let Some(sheet) = removed.borrow_mut().take() {
                        drop_adopted(&sheet);
                    }
                }),
            );
            move || drop(listeners)
        });
    }
    {
        // The dialog opens after the render that put the handout in the page.
        let asked = asked.clone();
        use_effect_with(*asked, move |now| {
            if now.is_some() {
                let _ = gloo::utils::window().print();
                asked.set(None);
            }
        });
    }
    let ask = {
        let (asked, chosen) = (asked.clone(), chosen.clone());
        Callback::from(move |kind: Kind| {
            chosen.set(kind);
            asked.set(Some(kind));
        })
    };
    let showing = (*printing || asked.is_some()).then_some(asked.unwrap_or(*chosen));
    (showing, ask)
}

/// Page numbers at the foot of each printed page. `@page` rules count only in the document's
/// own style sheets, not a shadow root's, so this one is added to the page while the teacher's
/// handout prints, and taken away after (a constructed sheet, which a strict Content-Security-Policy allows).
const PAGE_NUMBERS: &str =
    "@page { @bottom-center { content: counter(page) \" / \" counter(pages); font: 9pt sans-serif; } }";

fn adopted() -> Option<js_sys::Array> {
    js_sys::Reflect::get(&gloo::utils::document(), &"adoptedStyleSheets".into()).ok().map(Into::into)
}

fn set_adopted(sheets: &js_sys::Array) {
    let _ = js_sys::Reflect::set(&gloo::utils::document(), &"adoptedStyleSheets".into(), sheets);
}

/// Adds `css` to the document's adopted style sheets; returns the sheet, to drop later.
fn adopt(css: &str) -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let sheets = adopted()?;
    sheets.push(&sheet);
    set_adopted(&sheets);
    Some(sheet)
}

fn drop_adopted(sheet: &web_sys::CssStyleSheet) {
    if let Some(sheets) = adopted() {
        let sheet: &wasm_bindgen::JsValue = sheet.as_ref();
        let kept: js_sys::Array = sheets.iter().filter(|s| s != sheet).collect();
        set_adopted(&kept);
    }
}
