//! The classroom's part of the walkthrough's shell. In the classroom's wasm (the `classroom`
//! feature): presenting, the classroom controls (Present, the two handouts) and the handout being
//! printed. In the visitor's: on the widget's own page, unframed, only the link that asks the
//! loader for the classroom's wasm, which takes over at the step reached.

use model::content::{Content, Ui};
use model::presenting::Role;
use model::walkthrough::Walkthrough;
use web_sys::HtmlElement;
use yew::prelude::*;

#[cfg(feature = "classroom")]
use crate::browser::{exit_full_screen, open_window, toggle_full_screen, use_exit_reaches_every_window, use_print};
#[cfg(feature = "classroom")]
use crate::handout::{Handout, Kind};
use crate::kept::Kept;
use crate::outline::Outline;
#[cfg(feature = "classroom")]
use crate::present::Presentation;
use crate::{Place, Shared};

/// What the classroom keeps in the shell: presenting (`role`, from the `mode` attribute, or
/// Present), whether its controls show, and the handout being printed.
#[cfg(feature = "classroom")]
pub struct Classroom {
    role: UseStateHandle<Option<Role>>,
    on: UseStateHandle<bool>,
    printing: Option<Kind>,
    ask_to_print: Callback<Kind>,
}

#[cfg(feature = "classroom")]
#[hook]
pub fn use_classroom(role: Option<Role>, on: bool, host: Option<HtmlElement>) -> Classroom {
    let (role, on) = (use_state(|| role), use_state(|| on));
    let (printing, ask_to_print) = use_print();
    use_exit_reaches_every_window(host);
    Classroom { role, on, printing, ask_to_print }
}

#[cfg(feature = "classroom")]
impl Classroom {
    /// Presenter mode or the audience window in the walkthrough's place, when presenting.
    pub fn presentation(
        &self,
        walkthrough: &UseReducerHandle<Kept<Walkthrough>>,
        place: Option<&Place>,
        content: &Shared<Content>,
        outline: Outline,
        opened_presenting: bool,
    ) -> Option<Html> {
        let (presenting, place) = ((*self.role)?, place?);
        // Opened from the walkthrough, presenter mode can hand back to it at the step reached.
        let onleave = (!opened_presenting).then(|| {
            let (dispatcher, role) = (walkthrough.dispatcher(), self.role.clone());
            Callback::from(move |step: usize| {
                exit_full_screen();
                dispatcher.dispatch(model::walkthrough::Action::GoTo(step));
                role.set(None);
            })
        });
        Some(html! {
            <ContextProvider<Outline> context={outline}>
                <Presentation content={content.clone()} role={presenting} start={walkthrough.step}
                              host={place.host.clone()} page={place.page.clone()} {onleave} />
            </ContextProvider<Outline>>
        })
    }

    /// The handout being printed, if any.
    pub fn handout(&self, content: &Shared<Content>) -> Html {
        self.printing.map(|kind| html! { <Handout content={content.clone()} {kind} /> }).unwrap_or_default()
    }

    /// The classroom controls when they are on; on the widget's own page the link that turns
    /// them on.
    pub fn controls(&self, place: Option<&Place>, _step: &str, content: &Content) -> Html {
        let (Some(place), ui) = (place, &content.ui) else { return Html::default() };
        let ask_to_print = &self.ask_to_print;
        if *self.on {
            html! {
                <p class="le-tools">
                    <button type="button" class="le-button le-button--secondary" onclick={present_here(place, &self.role, content)}>
                        { &ui.present }
                    </button>
                    <button type="button" class="le-button le-button--secondary le-print--sheet"
                            onclick={ask_to_print.reform(|_: MouseEvent| Kind::Sheet)}>
                        { &ui.print_sheet }
                    </button>
                    <button type="button" class="le-button le-button--secondary le-print--teacher"
                            onclick={ask_to_print.reform(|_: MouseEvent| Kind::Teacher)}>
                        { &ui.print }
                    </button>
                </p>
            }
        } else if place.own_page {
            let on = self.on.clone();
            educators_link(ui, Callback::from(move |_: MouseEvent| on.set(true)))
        } else {
            Html::default()
        }
    }
}

/// The visitor's wasm keeps nothing of the classroom.
#[cfg(not(feature = "classroom"))]
pub struct Classroom;

#[cfg(not(feature = "classroom"))]
#[hook]
pub fn use_classroom(_role: Option<Role>, _on: bool, _host: Option<HtmlElement>) -> Classroom {
    Classroom
}

#[cfg(not(feature = "classroom"))]
impl Classroom {
    pub fn presentation(
        &self,
        _walkthrough: &UseReducerHandle<Kept<Walkthrough>>,
        _place: Option<&Place>,
        _content: &Shared<Content>,
        _outline: Outline,
        _opened_presenting: bool,
    ) -> Option<Html> {
        None
    }

    pub fn handout(&self, _content: &Shared<Content>) -> Html {
        Html::default()
    }

    /// On the widget's own page, the link that asks the loader for the classroom at `step`.
    pub fn controls(&self, place: Option<&Place>, step: &str, content: &Content) -> Html {
        let Some(place) = place.filter(|place| place.own_page) else { return Html::default() };
        let (host, step) = (place.host.clone(), step.to_string());
        educators_link(
            &content.ui,
            Callback::from(move |_: MouseEvent| crate::browser::ask_for_classroom(&host, &step)),
        )
    }
}

fn educators_link(ui: &Ui, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <p class="le-tools">
            <button type="button" class="le-link" {onclick}>{ &ui.educators }</button>
        </p>
    }
}

/// The Present control: presenter mode in this page, full screen, when the audience window
/// can hear it; otherwise the widget's own page in presenter mode, in a new tab.
#[cfg(feature = "classroom")]
fn present_here(place: &Place, role: &UseStateHandle<Option<Role>>, content: &Content) -> Callback<MouseEvent> {
    let (place, role) = (place.clone(), role.clone());
    // Not the step: the new tab's address stays in the browser's history, and must not record
    // where the visitor was.
    let elsewhere = format!("{}?mode=present&lang={}", place.page, content.locale);
    Callback::from(move |_: MouseEvent| {
        if place.in_place {
            role.set(Some(Role::Presenter));
            toggle_full_screen(&place.host);
        } else {
            open_window(&elsewhere, "_blank");
        }
    })
}
