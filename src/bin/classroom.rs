//! The classroom's WebAssembly binary: the same library as `law-explainer`'s, with presenter
//! mode and the handouts (the `classroom` feature). `assets/loader.js` calls its `mount` for a
//! widget whose classroom controls are on, or that presents.

// Links the library, whose `#[wasm_bindgen]` exports this binary carries.
extern crate law_explainer;

fn main() {}
