//! WCAG contrast for the partner's colour custom properties. A partner colour that would make
//! text or a control hard to see is dropped in favour of the default.

/// The colour properties a partner may set, each checked against the one it is drawn on.
/// (foreground, background, minimum ratio): 4.5 for text, 3 for the focus ring (WCAG 1.4.11).
pub const PAIRS: &[(&str, &str, f64)] = &[
    ("text", "background", 4.5),
    ("muted", "background", 4.5),
    ("accent", "background", 4.5),
    ("accent-text", "accent", 4.5),
    ("exit-text", "exit", 4.5),
    ("focus", "background", 3.0),
];

/// An sRGB colour, 0–255 per channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Reads the browser's computed `color` form: `rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)`. A colour
/// that is not opaque cannot be checked against its background, so it counts as unreadable.
pub fn parse_computed(value: &str) -> Option<Rgb> {
    let inner = value.trim().strip_prefix("rgba(").or_else(|| value.trim().strip_prefix("rgb("))?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
    // Compared as text: parsing a float would add kilobytes of wasm. Browsers serialise an
    // opaque alpha as rgb(), so any alpha here other than "1" is translucent.
    if parts.len() == 4 && parts[3] != "1" {
        return None;
    }
    match parts[..] {
        [r, g, b] | [r, g, b, _] => Some(Rgb(r.parse().ok()?, g.parse().ok()?, b.parse().ok()?)),
        _ => None,
    }
}

fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The WCAG 2 contrast ratio, from 1 to 21.
pub fn ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// One colour the page sees: its resolved value (None if unreadable) and whether the partner set it.
#[derive(Clone, Copy, Debug)]
pub struct Seen {
    pub colour: Option<Rgb>,
    pub by_partner: bool,
}

/// The partner properties to drop, each with the warning that names it.
pub fn rejected(seen: impl Fn(&str) -> Seen) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for &(fg, bg, minimum) in PAIRS {
        let (f, b) = (seen(fg), seen(bg));
        let contrast = match (f.colour, b.colour) {
            (Some(x), Some(y)) => ratio(x, y),
            _ => 1.0,
        };
        if contrast >= minimum {
            continue;
        }
        for (name, side) in [(fg, f), (bg, b)] {
            if side.by_partner && !out.iter().any(|(n, _)| *n == name) {
                out.push((
                    name,
                    format!(
                        "--le-{name} gives a contrast of {}:1 between --le-{fg} and --le-{bg} \
                         (at least {}:1 is needed); using the default colour",
                        two_places(contrast),
                        two_places(minimum)
                    ),
                ));
            }
        }
    }
    out
}

/// `4.5` as "4.50", without the float formatting machinery (kilobytes of wasm).
fn two_places(x: f64) -> String {
    let hundredths = (x * 100.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: Rgb = Rgb(255, 255, 255);
    const BLACK: Rgb = Rgb(0, 0, 0);

    #[test]
    fn ratios_match_wcag() {
        assert!((ratio(WHITE, BLACK) - 21.0).abs() < 1e-9);
        assert!((ratio(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((ratio(Rgb(0x76, 0x76, 0x76), WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn computed_colours_parse_and_translucent_ones_do_not() {
        assert_eq!(parse_computed("rgb(29, 79, 145)"), Some(Rgb(29, 79, 145)));
        assert_eq!(parse_computed(" rgba(1, 2, 3, 1) "), Some(Rgb(1, 2, 3)));
        assert_eq!(parse_computed("rgba(1, 2, 3, 0.5)"), None);
        assert_eq!(parse_computed("red"), None);
        assert_eq!(parse_computed("rgb(1, 2)"), None);
    }

    #[test]
    fn only_the_partners_side_of_a_failing_pair_is_dropped() {
        let seen = |name: &str| match name {
            "accent" => Seen { colour: Some(Rgb(0xff, 0xee, 0x00)), by_partner: true },
            "background" => Seen { colour: Some(WHITE), by_partner: false },
            "accent-text" => Seen { colour: Some(BLACK), by_partner: false },
            _ => Seen { colour: Some(BLACK), by_partner: false },
        };
        let dropped = rejected(seen);
        assert_eq!(dropped.len(), 1, "{dropped:?}");
        assert_eq!(dropped[0].0, "accent");
        assert!(dropped[0].1.starts_with("--le-accent gives a contrast of 1.20:1"), "{}", dropped[0].1);
        assert!(dropped[0].1.contains("(at least 4.50:1 is needed)"), "{}", dropped[0].1);
    }

    #[test]
    fn good_partner_colours_and_defaults_are_kept() {
        let dark_on_light = |name: &str| {
            let light = ["background", "accent-text", "exit-text"].contains(&name);
            Seen { colour: Some(if light { WHITE } else { Rgb(0x1d, 0x4f, 0x91) }), by_partner: true }
        };
        assert!(rejected(dark_on_light).is_empty());
    }
}
