//! The browser entry point; on the host it does nothing (the host runs tests and xtask).

fn main() {
    #[cfg(target_arch = "wasm32")]
    law_explainer::page::start();
}
