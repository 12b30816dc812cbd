//! Presenting to a room: the state the presenter's and the audience's windows share, the
//! messages that carry it between them over a `BroadcastChannel`, and the keys a clicker sends.
//! Pure, so the protocol is tested without a browser.

use crate::walkthrough::{Action, Walkthrough};

/// The channel both windows open. Same origin only, by the browser's rules: no server, no network.
pub const CHANNEL: &str = "law-explainer-present";

/// Which window this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The educator's window: the step, speaker notes, a timer and the controls.
    Presenter,
    /// The projector's window: the step alone.
    Audience,
}

/// What both windows show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Show {
    pub walk: Walkthrough,
    /// The audience sees a plain panel instead of the step.
    pub covered: bool,
    /// Questions whose choices the presenter has revealed, by id.
    pub revealed: Vec<String>,
    /// The choice picked in each question, by id.
    pub chosen: Vec<(String, usize)>,
    /// Where the presenter is in a long step: the index of the step's first part on the
    /// presenter's screen, which the audience window scrolls to.
    pub place: usize,
    /// Set when this state came from the other window, so it is not sent back.
    pub heard: bool,
}

/// Something that changes what both windows show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    Walk(Action),
    ToggleCover,
    Reveal(String),
    Choose(String, usize),
    /// The presenter's screen moved within the step (see [`Show::place`]).
    Place(usize),
    /// The other window's state, as it sent it.
    Heard(Signal),
}

/// A message between the windows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The whole state: step, cover, revealed questions, chosen answers and the presenter's place.
    State { step: usize, covered: bool, revealed: Vec<String>, chosen: Vec<(String, usize)>, place: usize },
    /// A window that has just opened asks for the state.
    Hello,
    /// The quick exit was used in one window: every window leaves.
    Exit,
}

impl Show {
    pub fn new(step: usize, total: usize) -> Self {
        Self {
            walk: Walkthrough::starting_at(step, total),
            covered: false,
            revealed: Vec::new(),
            chosen: Vec::new(),
            place: 0,
            heard: false,
        }
    }

    pub fn is_revealed(&self, question: &str) -> bool {
        self.revealed.iter().any(|id| id == question)
    }

    pub fn chosen(&self, question: &str) -> Option<usize> {
        self.chosen.iter().find(|(id, _)| id == question).map(|(_, choice)| *choice)
    }

    /// The state as a message for the other window.
    pub fn signal(&self) -> Signal {
        Signal::State {
            step: self.walk.step,
            covered: self.covered,
            revealed: self.revealed.clone(),
            chosen: self.chosen.clone(),
            place: self.place,
        }
    }

    pub fn apply(&self, cue: Cue) -> Self {
        let mut next = Self { heard: false, ..self.clone() };
        match cue {
            Cue::Walk(action) => {
                next.walk = self.walk.apply(action);
                if next.walk.step != self.walk.step {
                    next.place = 0;
                }
            }
            Cue::Place(place) => next.place = place,
            Cue::ToggleCover => next.covered = !self.covered,
            Cue::Reveal(id) => {
                if !self.is_revealed(&id) {
                    next.revealed.push(id);
                }
            }
            Cue::Choose(id, choice) => {
                next.chosen.retain(|(question, _)| *question != id);
                next.chosen.push((id, choice));
            }
            Cue::Heard(Signal::State { step, covered, revealed, chosen, place }) => {
                next =
                    Self { walk: self.walk.apply(Action::GoTo(step)), covered, revealed, chosen, place, heard: true };
            }
            Cue::Heard(_) => {}
        }
        next
    }
}

impl Signal {
    /// A line of text: `state|step|covered|revealed ids|id:choice,...`, `hello` or `exit`.
    /// Content ids hold no `|`, `,` or `:` (the build checks ids are plain words and hyphens).
    pub fn encode(&self) -> String {
        match self {
            Signal::Hello => "hello".into(),
            Signal::Exit => "exit".into(),
            Signal::State { step, covered, revealed, chosen, place } => {
                let chosen: Vec<String> = chosen.iter().map(|(id, choice)| format!("{id}:{choice}")).collect();
                format!("state|{step}|{}|{}|{}|{place}", u8::from(*covered), revealed.join(","), chosen.join(","))
            }
        }
    }

    /// The message as sent between the windows: `secret|` before it. Any page of the widget's
    /// origin can open the channel; only the two windows know the presentation's secret.
    pub fn seal(&self, secret: &str) -> String {
        format!("{secret}|{}", self.encode())
    }

    /// The message sealed with `secret` in `text`, or `None` for anything without it.
    pub fn open(text: &str, secret: &str) -> Option<Signal> {
        let message = text.strip_prefix(secret)?.strip_prefix('|')?;
        (!secret.is_empty()).then_some(())?;
        Signal::decode(message)
    }

    /// The message in `text`, or `None` for anything else another page might send.
    pub fn decode(text: &str) -> Option<Signal> {
        match text {
            "hello" => return Some(Signal::Hello),
            "exit" => return Some(Signal::Exit),
            _ => {}
        }
        let mut parts = text.split('|');
        if parts.next()? != "state" {
            return None;
        }
        let step = parts.next()?.parse().ok()?;
        let covered = match parts.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let list =
            |part: &str| -> Vec<String> { part.split(',').filter(|s| !s.is_empty()).map(String::from).collect() };
        let revealed = list(parts.next()?);
        let chosen = list(parts.next()?)
            .into_iter()
            .map(|pair| {
                let (id, choice) = pair.split_once(':')?;
                Some((id.to_string(), choice.parse().ok()?))
            })
            .collect::<Option<Vec<_>>>()?;
        let place = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(Signal::State { step, covered, revealed, chosen, place })
    }
}

/// What a key does while presenting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Walk(Action),
    Cover,
    FullScreen,
}

/// The command for `key` (a `KeyboardEvent.key`). Presentation clickers send PageDown and
/// PageUp (some send the arrows, or Space).
pub fn key_command(key: &str) -> Option<Key> {
    Some(match key {
        "ArrowRight" | "PageDown" | " " => Key::Walk(Action::Next),
        "ArrowLeft" | "PageUp" => Key::Walk(Action::Back),
        "Home" => Key::Walk(Action::GoTo(0)),
        "End" => Key::Walk(Action::Last),
        "b" | "B" => Key::Cover,
        "f" | "F" => Key::FullScreen,
        _ => return None,
    })
}

/// Minutes and seconds, as a presenter's timer shows them: `07:05`.
pub fn clock(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(show: &Show) -> Signal {
        Signal::decode(&show.signal().encode()).expect("a window reads what another wrote")
    }

    #[test]
    fn the_audience_window_ends_up_where_the_presenter_is() {
        let presenter = Show::new(0, 14)
            .apply(Cue::Walk(Action::Next))
            .apply(Cue::Walk(Action::Next))
            .apply(Cue::ToggleCover)
            .apply(Cue::Reveal("locked-door".into()))
            .apply(Cue::Choose("locked-door".into(), 2))
            .apply(Cue::Choose("locked-door".into(), 0));
        let audience = Show::new(0, 14).apply(Cue::Heard(state(&presenter)));
        assert_eq!(audience.walk.step, 2);
        assert!(audience.covered);
        assert!(audience.is_revealed("locked-door"));
        assert_eq!(audience.chosen("locked-door"), Some(0));
        assert!(audience.heard, "a heard state is not sent back");
        let lower = presenter.apply(Cue::Place(4));
        assert_eq!(
            Show::new(0, 14).apply(Cue::Heard(state(&lower))).place,
            4,
            "the audience follows the presenter down"
        );
        assert_eq!(lower.apply(Cue::Walk(Action::Next)).place, 0, "a new step starts at its top");
        assert!(!presenter.heard);
    }

    #[test]
    fn a_step_that_does_not_exist_is_ignored() {
        let show = Show::new(3, 14);
        let heard = show.apply(Cue::Heard(Signal::State {
            step: 99,
            covered: false,
            revealed: Vec::new(),
            chosen: Vec::new(),
            place: 0,
        }));
        assert_eq!(heard.walk.step, 3);
    }

    #[test]
    fn messages_round_trip_and_anything_else_is_refused() {
        for signal in [
            Signal::Hello,
            Signal::Exit,
            Signal::State { step: 0, covered: false, revealed: vec![], chosen: vec![], place: 0 },
            Signal::State {
                step: 13,
                covered: true,
                revealed: vec!["a".into(), "sort-2".into()],
                chosen: vec![("a".into(), 1)],
                place: 7,
            },
        ] {
            assert_eq!(Signal::decode(&signal.encode()), Some(signal));
        }
        let junk = [
            "",
            "state",
            "state|x|0|||0",
            "state|1|2|||0",
            "state|1|0||a|0",
            "state|1|0||a:b|0",
            "state|1|0|||",
            "state|1|0|||0|",
            "<b>",
        ];
        for junk in junk {
            assert_eq!(Signal::decode(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn clicker_keys_move_and_other_keys_do_nothing() {
        assert_eq!(key_command("PageDown"), Some(Key::Walk(Action::Next)));
        assert_eq!(key_command(" "), Some(Key::Walk(Action::Next)));
        assert_eq!(key_command("PageUp"), Some(Key::Walk(Action::Back)));
        assert_eq!(key_command("End"), Some(Key::Walk(Action::Last)));
        assert_eq!(key_command("B"), Some(Key::Cover));
        assert_eq!(key_command("Shift"), None);
        assert_eq!(key_command("Escape"), None, "Esc is the browser's: it leaves full screen");
    }

    #[test]
    fn the_timer_shows_minutes_and_seconds() {
        assert_eq!(clock(0), "00:00");
        assert_eq!(clock(425), "07:05");
        assert_eq!(clock(3600), "60:00");
    }

    #[test]
    fn only_a_message_sealed_with_the_presentations_secret_is_heard() {
        let secret = "3f9a0c1d7e5b2a4c8d6e0f1a2b3c4d5e";
        for signal in [Signal::Hello, Signal::Exit, Show::new(4, 14).signal()] {
            assert_eq!(Signal::open(&signal.seal(secret), secret), Some(signal.clone()));
            assert_eq!(Signal::open(&signal.encode(), secret), None, "unsealed");
            assert_eq!(Signal::open(&signal.seal("guess"), secret), None, "another secret");
            assert_eq!(Signal::open(&signal.seal(""), ""), None, "no secret at all");
        }
    }
}
