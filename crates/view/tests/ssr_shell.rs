//! The shell rendered by Yew on the host (server-side rendering), without a browser.

use view::{App, AppProps, Outline, Shared};

async fn render() -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        content: Shared::new(compiler::english()),
        onready: None,
        start: 0,
        outline: Outline::default(),
        role: None,
        classroom: false,
        place: None,
        switch_language: None,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_shell_shows_the_caption_the_first_step_under_its_own_heading_and_the_way_forward() {
    let content = compiler::english();
    let html = render().await;
    assert!(html.contains(&format!("<span class=\"le-caption__title\">{}</span>", content.ui.title)), "{html}");
    assert!(html.contains(&format!(">{}</h1>", content.steps[0].title)), "the step's title is the top heading: {html}");
    assert!(html.contains(&format!("Step 1 of {}", content.steps.len())), "{html}");
    assert!(html.contains(&format!(">{}</button>", content.ui.next)), "{html}");
    assert!(!html.contains(&format!(">{}</button>", content.ui.back)), "no Back on the first step: {html}");
}

#[tokio::test]
async fn the_live_region_is_present_and_silent_at_first() {
    let html = render().await;
    let region = html.split_once("role=\"status\"").expect("a live region").1;
    let (attributes, rest) = region.split_once('>').expect("the region's tag closes");
    assert!(attributes.contains("aria-live=\"polite\""), "{html}");
    assert!(rest.starts_with("</p>"), "the region starts empty: {html}");
}
