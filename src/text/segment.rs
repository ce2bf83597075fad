//! Sentence segmentation and word tokens.
//!
//! Sentences end at `.`, `!`, `?`, `؟`, `…` and at line breaks; the Arabic
//! comma `،` and semicolon `؛` join clauses inside a sentence and never end
//! one. A period does not end a sentence after a known abbreviation
//! (`M.`, `Dr.`, `U.S.`, listed per language in
//! `data/lexicon/abbreviations.toml`), after a single capital letter (an
//! initial), between digits (`2.3`), or before a lower-case letter.
//!
//! Tokens are maximal runs of letters, digits and Arabic marks in the
//! matching form; each keeps its span in the original text.

use super::normalize::Folded;
use std::collections::HashSet;

/// A sentence: a byte span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character (after leading space).
    pub start: usize,
    /// Byte offset one past the last character (trailing space excluded).
    pub end: usize,
}

/// A word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the matching form.
    pub fstart: usize,
    /// End of the byte span in the matching form.
    pub fend: usize,
    /// Byte span in the original text.
    pub start: usize,
    /// End of the byte span in the original text.
    pub end: usize,
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›')
}

/// Splits `text` into sentences.
///
/// `abbreviations` holds folded abbreviations without their final period
/// (`m`, `dr`, `u.s`).
pub fn sentences(text: &str, abbreviations: &HashSet<String>) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        let mut cut: Option<usize> = None;
        if c == '\n' {
            cut = Some(at);
        } else if is_terminal(c) {
            // Take runs like "?!" or "..." and closing quotes with the end.
            let mut run = chars.clone();
            let mut alone = true;
            let next = loop {
                let mut ahead = run.clone();
                match ahead.next() {
                    Some((_, d)) if is_terminal(d) || is_closing(d) => {
                        run = ahead;
                        alone = false;
                    }
                    other => break other,
                }
            };
            let at_end = next.is_none_or(|(_, n)| n.is_whitespace());
            if at_end && !(c == '.' && alone && period_continues(text, at, abbreviations)) {
                cut = Some(next.map_or(text.len(), |x| x.0));
                chars = run;
            } else if !at_end {
                // No mark of the run can end a sentence (they all share what
                // follows it): go past it, so a long run costs its length once.
                chars = run;
            }
        }
        if let Some(end) = cut {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Does the period at byte `at` sit inside a sentence?
fn period_continues(text: &str, at: usize, abbreviations: &HashSet<String>) -> bool {
    // The word before the period, periods inside it kept ("U.S").
    let mut from = at;
    let mut back = text[..at].char_indices().rev().peekable();
    while let Some(&(p, c)) = back.peek() {
        back.next();
        let inside = super::is_word_char(c)
            || (c == '.' && back.peek().is_some_and(|&(_, before)| super::is_word_char(before)));
        if !inside {
            break;
        }
        from = p;
    }
    let word = &text[from..at];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "J. Smith"
    }
    if !word.is_empty() && abbreviations.contains(&super::normalize::fold(word)) {
        return true;
    }
    // Next non-space character lower case: "etc. and".
    let next = text[at + 1..].chars().find(|c| !c.is_whitespace());
    next.is_some_and(|c| c.is_lowercase())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(Sentence { start: start + lead, end: end - trail });
    }
}

/// The words of a folded text, with their original spans.
pub fn tokens(folded: &Folded) -> Vec<Token> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in folded.text.char_indices() {
        let word = super::is_word_char(c);
        match (word, cur) {
            (true, None) => cur = Some(i),
            (false, Some(s)) => {
                out.push(make(folded, s, i));
                cur = None;
            }
            _ => {}
        }
    }
    if let Some(s) = cur {
        out.push(make(folded, s, folded.text.len()));
    }
    out
}

fn make(folded: &Folded, fstart: usize, fend: usize) -> Token {
    let (start, end) = folded.to_original(fstart, fend);
    Token { fstart, fend, start, end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let abbr: HashSet<String> = ["m", "dr", "u.s", "mr"].iter().map(|s| s.to_string()).collect();
        sentences(text, &abbr).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_per_language() {
        let cases: &[(&str, &[&str])] = &[
            (
                "زار الوزير الرباط، والتقى نظيره. ثم غادر؟ نعم.",
                &["زار الوزير الرباط، والتقى نظيره.", "ثم غادر؟", "نعم."],
            ),
            (
                "وقع البلدان اتفاقية؛ وتناولت المباحثات الأمن.",
                &["وقع البلدان اتفاقية؛ وتناولت المباحثات الأمن."],
            ),
            (
                "M. Laftit a reçu Dr. Dupont. Ils ont parlé.",
                &["M. Laftit a reçu Dr. Dupont.", "Ils ont parlé."],
            ),
            (
                "The U.S. Justice Department said so. Inflation rose 2.3 percent.",
                &["The U.S. Justice Department said so.", "Inflation rose 2.3 percent."],
            ),
            (
                "J. Smith met him. \"It is over.\" Then he left",
                &["J. Smith met him.", "\"It is over.\"", "Then he left"],
            ),
            ("Title line\n\nBody text. More", &["Title line", "Body text.", "More"]),
            // Runs of marks and closing quotes end with the sentence.
            ("Really?! Yes... «Done.» Next", &["Really?!", "Yes...", "«Done.»", "Next"]),
            ("Il a dit « non ». etc. and so on. Fin", &["Il a dit « non ». etc. and so on.", "Fin"]),
            // A period inside a number or a word is no end; one at the very
            // start or end of the text is.
            (". Start 3.5 x.y end.", &[".", "Start 3.5 x.y end."]),
            ("Mr. Smith and Dr. Who left. End", &["Mr. Smith and Dr. Who left.", "End"]),
            // A run of marks glued to the next word ends nothing.
            ("a...b?!c ok. Next", &["a...b?!c ok.", "Next"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "{text}");
        }
    }

    #[test]
    fn tokens_keep_original_spans() {
        let text = "بعبدِ اللطيف (DGST)، l’État";
        let f = Folded::new(text);
        let words: Vec<&str> = tokens(&f).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["بعبدِ", "اللطيف", "DGST", "l", "État"]);
    }
}
