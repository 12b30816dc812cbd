//! The WebAssembly binary Trunk builds. It starts nothing itself: `assets/embed.js` calls the
//! library's exported `mount` for each `<law-explainer>` element. On the host it does nothing.

// Links the library, whose `#[wasm_bindgen]` exports this binary carries.
extern crate law_explainer;

fn main() {}
