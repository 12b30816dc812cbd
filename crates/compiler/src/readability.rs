//! Reading grade of plain-language text (Flesch-Kincaid grade level), so a test can hold the
//! walkthrough's own words to US grade 7. Quotations of the law are exempt.

use model::content::{Block, Content, Inline, Question, Step};

/// The Flesch-Kincaid grade of `text`: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
pub fn grade(text: &str) -> f64 {
    // Citation abbreviations are not sentence ends.
    let text = text.replace("M.R.S.", "MRS").replace("U.S.C.", "USC").replace('§', " section ");
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.split_whitespace().any(|w| w.chars().any(char::is_alphabetic)))
        .count()
        .max(1);
    if words.is_empty() {
        return 0.0;
    }
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * words.len() as f64 / sentences as f64 + 11.8 * syllables as f64 / words.len() as f64 - 15.59
}

/// An estimate of a word's syllables: groups of vowels, less a silent final "e".
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// A step's own words: paragraphs and list items (each item read as a sentence), its
/// scenarios and any exercise it includes; not quotations.
pub fn step_text(content: &Content, step: &Step) -> String {
    let inline = |pieces: &[Inline]| {
        pieces
            .iter()
            .map(|piece| match piece {
                Inline::Text(t) | Inline::Strong(t) => t.as_str(),
                Inline::Term { label, .. } | Inline::Link { label, .. } => label.as_str(),
            })
            .collect::<String>()
    };
    let sentence = |s: String| if s.trim_end().ends_with(['.', '!', '?']) { s } else { format!("{s}.") };
    let mut parts = vec![sentence(step.title.clone())];
    for block in &step.blocks {
        match block {
            Block::Paragraph(pieces) => parts.push(sentence(inline(pieces))),
            Block::List(items) => parts.extend(items.iter().map(|item| sentence(inline(item)))),
            Block::Sort => parts.extend(content.sort.iter().flat_map(|q| question_text(q).into_iter().map(sentence))),
            Block::Explorer => {
                let explorer = &content.explorer;
                parts.extend(explorer.questions.iter().map(|q| sentence(q.text.clone())));
                parts.extend(
                    explorer.outcomes.iter().flat_map(|o| [sentence(o.title.clone()), sentence(o.text.clone())]),
                );
            }
            Block::Quote { .. } | Block::Resources | Block::AllSources => {}
        }
    }
    parts.extend(step.questions.iter().flat_map(|q| question_text(q).into_iter().map(sentence)));
    parts.join(" ")
}

fn question_text(question: &Question) -> Vec<String> {
    let mut parts = vec![question.story.clone()];
    parts.extend(question.question.iter().cloned());
    parts.extend(question.choices.iter().map(|c| c.feedback.clone()));
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_the_usual_way() {
        let counted: Vec<usize> = ["cat", "table", "person", "make", "trafficking", "the"].map(syllables).to_vec();
        assert_eq!(counted, vec![1, 2, 2, 1, 3, 1]);
    }

    #[test]
    fn short_plain_sentences_read_easier_than_long_legal_ones() {
        let plain = grade("The cat sat on the mat. It was warm. The dog ran off.");
        let legal = grade("Notwithstanding any other provision, the aforementioned individual shall, upon conviction, be subject to imprisonment for an indeterminate duration.");
        assert!(plain < 2.0, "{plain}");
        assert!(legal > 12.0, "{legal}");
    }

    /// The bar for the walkthrough's own words (quotations of the law are exempt).
    const MAX_GRADE: f64 = 7.0;

    #[test]
    fn every_step_reads_at_grade_7_or_below() {
        let content = crate::english();
        let mut report = String::new();
        let mut too_hard = Vec::new();
        for step in &content.steps {
            let g = grade(&step_text(&content, step));
            report.push_str(&format!("  {:>5.1}  {}\n", g, step.id));
            if g > MAX_GRADE {
                too_hard.push(step.id.as_str());
            }
        }
        println!("Flesch-Kincaid grade per step (English):\n{report}");
        assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}\n{report}");
    }
}
