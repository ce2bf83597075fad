//! Phrase matching over the words of a text.
//!
//! A phrase (a gazetteer name, a title) is stored as its words in the
//! matching form joined by single spaces. A text is seen as its words with
//! the gaps between them: a gap of spaces, hyphens, apostrophes or periods
//! is soft (a phrase may cross it), any other gap (a comma, a line break) is
//! hard. At each word, the candidate forms of that word (itself, and with
//! Arabic proclitics peeled) are followed by the next words, and one
//! automaton, compiled once with leftmost-longest semantics and searched
//! anchored, gives the longest phrase that ends on a word boundary.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;

use crate::text::Text;

/// The most words a phrase may have.
pub const MAX_WORDS: usize = 12;

/// A set of phrases compiled into one automaton.
#[derive(Debug, Clone, Default)]
pub struct PhraseMatcher {
    ac: Option<AhoCorasick>,
    keys: Vec<String>,
    index: HashMap<String, usize>,
}

impl PhraseMatcher {
    /// Compiles phrase keys (words in the matching form joined by single
    /// spaces); the index of a key in the result of [`PhraseMatcher::keys`]
    /// is its pattern id. Duplicates are merged.
    pub fn new<I: IntoIterator<Item = String>>(keys: I) -> PhraseMatcher {
        let mut index = HashMap::new();
        let mut list = Vec::new();
        for k in keys {
            if k.is_empty() || index.contains_key(&k) {
                continue;
            }
            index.insert(k.clone(), list.len());
            list.push(k);
        }
        let patterns: Vec<String> = list.iter().map(|k| format!("{k} ")).collect();
        let ac = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(&patterns)
                .ok()
        };
        PhraseMatcher { ac, keys: list, index }
    }

    /// The pattern id of a key.
    pub fn id(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The keys, by pattern id.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// The longest pattern that starts at the beginning of `seg`.
    fn longest_at(&self, seg: &str) -> Option<usize> {
        let ac = self.ac.as_ref()?;
        let input = Input::new(seg).anchored(Anchored::Yes);
        ac.find(input).map(|m| m.pattern().as_usize())
    }
}

/// Arabic proclitics, in the matching form.
#[derive(Debug, Clone, Default)]
pub struct Clitics {
    /// و ف
    pub conjunctions: Vec<String>,
    /// ب ل ك
    pub prepositions: Vec<String>,
    /// ال
    pub article: String,
}

/// The words of a text in the matching form, with the kind of gap after each.
#[derive(Debug, Clone)]
pub struct Words {
    /// Each word in the matching form.
    pub words: Vec<String>,
    /// Whether the gap after word `i` lets a phrase cross it.
    pub soft: Vec<bool>,
    /// Whether the word is written in Arabic script.
    pub arabic: Vec<bool>,
}

impl Words {
    /// The words of `text`.
    pub fn new(text: &Text) -> Words {
        let f = &text.folded.text;
        let n = text.tokens.len();
        let mut words = Vec::with_capacity(n);
        let mut soft = Vec::with_capacity(n);
        let mut arabic = Vec::with_capacity(n);
        for (i, t) in text.tokens.iter().enumerate() {
            let w = f.get(t.fstart..t.fend).unwrap_or("").to_string();
            arabic.push(w.chars().any(is_arabic_letter));
            words.push(w);
            let gap = match text.tokens.get(i + 1) {
                Some(next) => f.get(t.fend..next.fstart).unwrap_or(","),
                None => ",",
            };
            soft.push(gap.chars().count() <= 3 && gap.chars().all(|c| matches!(c, ' ' | '-' | '\'' | '.')));
        }
        Words { words, soft, arabic }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Whether `c` is an Arabic letter.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}')
}

/// One candidate form of a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The form.
    pub form: String,
    /// Bytes of proclitics before the name (in the matching form); an
    /// article taken off for matching stays in the span.
    pub peel: usize,
    /// Whether the article was taken off (الحموشي → حموشي).
    pub stripped: bool,
}

/// The candidate forms of a word: itself, then with proclitics peeled.
pub fn variants(word: &str, arabic: bool, cl: &Clitics) -> Vec<Variant> {
    let mut out = vec![Variant { form: word.to_string(), peel: 0, stripped: false }];
    if !arabic {
        return out;
    }
    let empty = String::new();
    let conj: Vec<&String> = std::iter::once(&empty).chain(cl.conjunctions.iter()).collect();
    let prep: Vec<&String> = std::iter::once(&empty).chain(cl.prepositions.iter()).collect();
    let art = cl.article.as_str();
    for c1 in &conj {
        for c2 in &prep {
            let prefix = format!("{c1}{c2}");
            let Some(rest) = word.strip_prefix(prefix.as_str()) else { continue };
            if !prefix.is_empty() {
                if rest.chars().count() < 2 {
                    continue;
                }
                out.push(Variant { form: rest.to_string(), peel: prefix.len(), stripped: false });
                // لل: the preposition ل eats the alef of the article.
                if !art.is_empty() && c2.as_str() == "ل" && rest.starts_with('ل') && !rest.starts_with(art)
                {
                    out.push(Variant { form: format!("ا{rest}"), peel: prefix.len(), stripped: false });
                }
            }
            if !art.is_empty()
                && let Some(bare) = rest.strip_prefix(art)
                && bare.chars().count() >= 2
            {
                // The article stays in the span: only the proclitics before it are peeled.
                out.push(Variant { form: bare.to_string(), peel: prefix.len(), stripped: true });
            }
        }
    }
    out.dedup();
    out
}

/// A phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// Pattern id.
    pub pattern: usize,
    /// Bytes peeled from the first word.
    pub peel: usize,
    /// Whether the article was taken off the first word.
    pub stripped: bool,
    /// A word skipped inside the phrase (an adjective: "ministre belge de la Justice").
    pub skipped: Option<usize>,
}

/// Finds non-overlapping phrases, left to right, the longest at each word.
///
/// `skippable[i]` lets word `i` be left out when it stands second in a
/// phrase; `accept` can refuse a hit (case rules, article rules).
pub fn scan(
    words: &Words,
    m: &PhraseMatcher,
    cl: &Clitics,
    skippable: &[bool],
    mut accept: impl FnMut(&Hit) -> bool,
) -> Vec<Hit> {
    let n = words.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let mut best: Option<Hit> = None;
        for v in variants(&words.words[i], words.arabic[i], cl) {
            for skip in [false, true] {
                if skip && !(i + 2 < n && skippable.get(i + 1).copied().unwrap_or(false) && words.soft[i]) {
                    continue;
                }
                let mut seg = v.form.clone();
                let mut k = if skip { i + 2 } else { i + 1 };
                let mut gap_soft = words.soft[if skip { i + 1 } else { i }];
                while k < n && k < i + MAX_WORDS {
                    seg.push_str(if gap_soft { " " } else { " | " });
                    if !gap_soft {
                        break;
                    }
                    seg.push_str(&words.words[k]);
                    gap_soft = words.soft[k];
                    k += 1;
                }
                if !seg.ends_with(' ') {
                    seg.push(' ');
                }
                let Some(p) = m.longest_at(&seg) else { continue };
                let nw = m.keys[p].matches(' ').count() + 1;
                if skip && nw < 2 {
                    continue;
                }
                let end = i + nw + usize::from(skip);
                let hit = Hit {
                    start: i,
                    end,
                    pattern: p,
                    peel: v.peel,
                    stripped: v.stripped,
                    skipped: skip.then_some(i + 1),
                };
                if !accept(&hit) {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some(b) => hit.end > b.end || (hit.end == b.end && hit.peel < b.peel),
                };
                if better {
                    best = Some(hit);
                }
            }
        }
        match best {
            Some(h) => {
                i = h.end;
                out.push(h);
            }
            None => i += 1,
        }
    }
    out
}

/// The key of a phrase: its words in the matching form, joined by spaces.
pub fn key(s: &str) -> String {
    crate::text::name_key(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn ar() -> Clitics {
        Clitics {
            conjunctions: vec!["و".into(), "ف".into()],
            prepositions: vec!["ب".into(), "ل".into(), "ك".into()],
            article: "ال".into(),
        }
    }

    #[test]
    fn peels_arabic_proclitics() {
        let m = PhraseMatcher::new(["المغرب", "بلجيكا", "عبد اللطيف حموشي", "مالي"].map(key));
        let cases = [
            ("زار وبالمغرب", "المغرب"),
            ("شكر للمغرب", "المغرب"),
            ("التقى بعبد اللطيف حموشي أمس", "عبد اللطيف حموشي"),
            ("فرنسا وبلجيكا", "بلجيكا"),
            ("بلجيكا", "بلجيكا"),
        ];
        for (s, want) in cases {
            let text = Text::new(s, &HashSet::new());
            let w = Words::new(&text);
            let hits = scan(&w, &m, &ar(), &[], |_| true);
            assert_eq!(hits.len(), 1, "{s}");
            assert_eq!(m.keys()[hits[0].pattern], key(want), "{s}");
        }
    }

    #[test]
    fn phrases_end_on_word_boundaries_and_stop_at_commas() {
        let m = PhraseMatcher::new(["المغرب", "mali niger", "mali"].map(key));
        for (s, n) in [("المغربية", 0), ("Mali, Niger", 1), ("Mali Niger", 1), ("malien", 0)] {
            let text = Text::new(s, &HashSet::new());
            let hits = scan(&Words::new(&text), &m, &ar(), &[], |_| true);
            assert_eq!(hits.len(), n, "{s}");
        }
    }
}
