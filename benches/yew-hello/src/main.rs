//! A bare Yew "hello" app, built with the widget's toolchain and release profile, so the
//! benchmark can set the widget's size beside the framework's own floor. On the host (where
//! the workspace's tests and clippy build it) it is empty.

#[cfg(target_arch = "wasm32")]
mod app {
    use yew::prelude::*;

    #[component]
    pub fn Hello() -> Html {
        html! { <p>{ "Hello" }</p> }
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::Hello>::new().render();
}
