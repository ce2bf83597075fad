//! The text layer: the original text, its matching form with an offset map,
//! its sentences and its words.
//!
//! Every later stage finds things in the matching form ([`Text::folded`])
//! and reports byte spans of the original ([`Text::original`]) through
//! [`Text::span`], so a mention's text is always `&original[start..end]`.

pub mod lang;
pub mod normalize;
pub mod segment;

pub use normalize::{Folded, fold, name_key};
pub use segment::{Sentence, Token};

use std::collections::HashSet;

/// `char::is_alphabetic`, answered without a table lookup for ASCII and
/// the Arabic letters (0620–064A), which are most of the text.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{0620}'..='\u{064A}').contains(&c) {
        true
    } else {
        c.is_alphabetic()
    }
}

/// `word` without `prefix`, if it starts with it: [`str::strip_prefix`]
/// compared byte by byte inline. Clitics and affixes are a letter or two,
/// tried many times for every word; for them the library's call to
/// `memcmp` costs more than the comparison.
#[inline]
pub fn strip_start<'w>(word: &'w str, prefix: &str) -> Option<&'w str> {
    let (w, p) = (word.as_bytes(), prefix.as_bytes());
    if w.len() < p.len() || w.iter().zip(p).any(|(a, b)| a != b) {
        return None;
    }
    word.get(p.len()..)
}

/// `char::is_alphanumeric`, with the fast paths of [`is_letter`].
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0620}'..='\u{064A}').contains(&c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// A document's text, analysed once and shared by every stage.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The document text (NFC).
    pub original: &'a str,
    /// The matching form and its map back to `original`.
    pub folded: Folded,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Words, in order.
    pub tokens: Vec<Token>,
}

impl<'a> Text<'a> {
    /// Analyses `original`, with the abbreviations of the document's language.
    pub fn new(original: &'a str, abbreviations: &HashSet<String>) -> Text<'a> {
        let folded = Folded::new(original);
        let sentences = segment::sentences(original, abbreviations);
        let tokens = segment::tokens(&folded);
        Text { original, folded, sentences, tokens }
    }

    /// Maps a span of the matching form to a span of the original.
    pub fn span(&self, fstart: usize, fend: usize) -> (usize, usize) {
        self.folded.to_original(fstart, fend)
    }

    /// The index of the sentence that contains original byte `at` (the last
    /// sentence starting at or before it).
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= at).saturating_sub(1)
    }

    /// The index of the first token starting at or after original byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    /// The folded text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.folded.text[t.fstart..t.fend]
    }
}

/// Whether bytes `start..end` lie in a paragraph's dateline: before a dash
/// that comes within the paragraph's first 80 bytes ("RABAT, 7 mars (MAP)
/// -", "الرباط (و م ع) –").
pub fn in_dateline(original: &str, start: usize, end: usize) -> bool {
    // Only the 80 bytes before `start` can hold the paragraph's start (a
    // single line of megabytes must not be searched back at every mention).
    let mut from = start.saturating_sub(80);
    while !original.is_char_boundary(from) {
        from -= 1;
    }
    let para = match original[from..start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let mut cut = original.len().min(para + 80);
    while !original.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &original[para..cut];
    [" - ", " -- ", " – ", " — ", " -\u{a0}"]
        .iter()
        .filter_map(|d| head.find(d))
        .min()
        .is_some_and(|dash| end <= para + dash)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fast_letter_tests_agree_with_the_standard_library() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn inline_strip_agrees_with_the_standard_library(w in "\\PC{0,6}", a in "\\PC{0,3}") {
            prop_assert_eq!(strip_start(&w, &a), w.strip_prefix(a.as_str()));
            let glued = format!("{a}{w}");
            prop_assert_eq!(strip_start(&glued, &a), Some(&glued[a.len()..]));
        }

        #[test]
        fn every_span_maps_to_char_boundaries(s in "\\PC{0,80}") {
            let text = Text::new(&s, &HashSet::new());
            for t in &text.tokens {
                prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
                prop_assert!(t.start < t.end && t.end <= s.len());
            }
            for sent in &text.sentences {
                prop_assert!(s.is_char_boundary(sent.start) && s.is_char_boundary(sent.end));
                prop_assert!(!s[sent.start..sent.end].trim().is_empty());
            }
        }

        #[test]
        fn arabic_spans_round_trip(s in "[\\u0621-\\u064A\\u064B-\\u0652\\u0640\\u0660-\\u0669 a-zé،.]{0,60}") {
            let text = Text::new(&s, &HashSet::new());
            let f = &text.folded;
            let boundaries: Vec<usize> = f.text.char_indices().map(|(i, _)| i).chain([f.text.len()]).collect();
            for w in boundaries.windows(2) {
                let (a, b) = text.span(w[0], w[1]);
                prop_assert!(s.is_char_boundary(a) && s.is_char_boundary(b) && a <= b);
            }
        }
    }
}
