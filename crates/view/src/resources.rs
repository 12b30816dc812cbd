//! Help resources: the full list (the "Get help" step) and the one-line strip on every step.

use model::content::{dial_digits, Content, Resource};
use yew::prelude::*;

use crate::inline::prose;
use crate::outline::Outline;
use crate::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ResourcesProps {
    pub content: Shared<Content>,
}

/// The ways to reach one resource: call, text and TTY, as links where a phone can follow them.
/// In a right-to-left language each number is isolated left to right (`prose`), so its digits
/// keep their order.
fn ways(content: &Content, resource: &Resource) -> Html {
    let ui = &content.ui;
    html! {
        <>
            if let Some(phone) = &resource.phone {
                <a class="le-resource__way" href={format!("tel:{}", dial_digits(phone))}>{ &ui.call }{ " " }{ prose(phone, content) }</a>
            }
            if let Some(text) = &resource.text {
                <a class="le-resource__way" href={format!("sms:{}", dial_digits(text))}>{ &ui.text }{ " " }{ prose(text, content) }</a>
            }
            if let Some(tty) = &resource.tty {
                <span class="le-resource__way">{ &ui.tty }{ " " }{ prose(tty, content) }</span>
            }
        </>
    }
}

#[component]
pub fn ResourceList(props: &ResourcesProps) -> Html {
    let content = &props.content;
    let heading = use_context::<Outline>().unwrap_or_default().tag(1);
    html! {
        <ul class="le-resources">
            { for content.resources.iter().map(|resource| html! {
                <li class="le-resource">
                    <@{heading.clone()} class="le-resource__name">{ prose(&resource.name, content) }</@>
                    <p>{ prose(&resource.about, content) }</p>
                    <p class="le-resource__ways">{ ways(content, resource) }</p>
                    if let Some(hours) = &resource.hours {
                        <p class="le-resource__hours">{ hours }</p>
                    }
                    if let Some(url) = &resource.url {
                        <p><a href={url.clone()} rel="noreferrer" target="_blank">{ url.trim_start_matches("https://") }</a></p>
                    }
                </li>
            }) }
        </ul>
    }
}

/// Every resource in one line each, name and ways: the walkthrough's ending.
#[component]
pub fn HelpLines(props: &ResourcesProps) -> Html {
    let content = &props.content;
    html! {
        <ul class="le-help-lines">
            { for content.resources.iter().map(|resource| html! {
                <li class="le-help__text"><strong>{ prose(&resource.name, content) }</strong>{ ways(content, resource) }</li>
            }) }
        </ul>
    }
}

/// The help line that stays in the same place on every step.
#[component]
pub fn HelpStrip(props: &ResourcesProps) -> Html {
    let content = &props.content;
    let Some(resource) = content.strip_resource() else { return Html::default() };
    html! {
        <aside class="le-help" aria-label={content.ui.help_label.clone()}>
            <p class="le-help__text">
                <strong>{ prose(&resource.name, content) }</strong>
                { ways(content, resource) }
            </p>
        </aside>
    }
}
