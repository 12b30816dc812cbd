//! The heading outline, a context: the level of the widget's top heading, so the widget fits
//! the host page's outline; deeper headings follow it.

/// The level of the widget's top heading.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outline(pub u8);

/// On a page of its own, the widget's title is the page's h1.
impl Default for Outline {
    fn default() -> Self {
        Outline(1)
    }
}

impl Outline {
    /// The tag for a heading `depth` levels below the widget's title.
    pub fn tag(self, depth: u8) -> String {
        format!("h{}", (self.0 + depth).min(6))
    }
}
