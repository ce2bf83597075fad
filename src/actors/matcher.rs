//! Phrase matching over the words of a text.
//!
//! A phrase (a gazetteer name, a title) is stored as its words in the
//! matching form joined by single spaces. A text is seen as its words with
//! the gaps between them: a gap of spaces, hyphens, apostrophes or periods
//! is soft (a phrase may cross it), any other gap (a comma, a line break) is
//! hard. The phrases are compiled once into a trie over words: a word of
//! the text is looked up once in the phrases' vocabulary, and at each word
//! the candidate forms of that word (itself, and with Arabic proclitics
//! peeled) are followed down the trie by the next words, which gives the
//! longest phrase starting there in time bounded by its length.

use rustc_hash::FxHashMap;

use crate::text::{Text, strip_start};

/// The most words a phrase may have.
pub const MAX_WORDS: usize = 12;

/// The root node of a trie.
const ROOT: u32 = 0;

/// A set of phrases compiled into a trie over words.
#[derive(Debug, Clone, Default)]
pub struct PhraseMatcher {
    keys: Vec<String>,
    index: FxHashMap<String, usize>,
    /// Every word of every phrase -> its word id.
    vocab: FxHashMap<String, u32>,
    /// (node, word id) -> child node.
    edges: FxHashMap<(u32, u32), u32>,
    /// The phrase ending at each node, with its length in words.
    ends: Vec<Option<(usize, usize)>>,
}

impl PhraseMatcher {
    /// Compiles phrase keys (words in the matching form joined by single
    /// spaces); the index of a key in the result of [`PhraseMatcher::keys`]
    /// is its pattern id. Duplicates are merged.
    pub fn new<I: IntoIterator<Item = String>>(keys: I) -> PhraseMatcher {
        let mut m = PhraseMatcher { ends: vec![None], ..PhraseMatcher::default() };
        for k in keys {
            if k.is_empty() || m.index.contains_key(&k) {
                continue;
            }
            let id = m.keys.len();
            let mut node = ROOT;
            let mut n = 0;
            for w in k.split(' ') {
                let next_word = m.vocab.len() as u32;
                let wid = *m.vocab.entry(w.to_string()).or_insert(next_word);
                let next_node = m.ends.len() as u32;
                node = *m.edges.entry((node, wid)).or_insert(next_node);
                if node == next_node {
                    m.ends.push(None);
                }
                n += 1;
            }
            m.ends[node as usize] = Some((id, n));
            m.index.insert(k.clone(), id);
            m.keys.push(k);
        }
        m
    }

    /// The pattern id of a key.
    pub fn id(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The keys, by pattern id.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Numbers this matcher's words as in `shared` (adding those it lacks),
    /// so that matchers renumbered into one vocabulary can all be scanned
    /// with the word ids of one [`Forms`].
    pub fn renumber(&mut self, shared: &mut FxHashMap<String, u32>) {
        let mut to = vec![0u32; self.vocab.len()];
        for (w, id) in self.vocab.iter_mut() {
            let next = shared.len() as u32;
            let s = *shared.entry(w.clone()).or_insert(next);
            to[*id as usize] = s;
            *id = s;
        }
        self.edges = self.edges.drain().map(|((node, w), child)| ((node, to[w as usize]), child)).collect();
    }

    /// The word id of each word of a text (`None`: in no phrase).
    fn word_ids(&self, words: &Words) -> Vec<Option<u32>> {
        words.words.iter().map(|w| self.vocab.get(*w).copied()).collect()
    }

    /// The node reached from `node` by the word `wid`.
    fn step(&self, node: u32, wid: Option<u32>) -> Option<u32> {
        self.edges.get(&(node, wid?)).copied()
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
pub struct Words<'t> {
    /// Each word in the matching form.
    pub words: Vec<&'t str>,
    /// Whether the gap after word `i` lets a phrase cross it.
    pub soft: Vec<bool>,
    /// Whether the word is written in Arabic script.
    pub arabic: Vec<bool>,
}

impl<'t> Words<'t> {
    /// The words of `text`.
    pub fn new(text: &'t Text) -> Words<'t> {
        let f = &text.folded.text;
        let n = text.tokens.len();
        let mut words = Vec::with_capacity(n);
        let mut soft = Vec::with_capacity(n);
        let mut arabic = Vec::with_capacity(n);
        for (i, t) in text.tokens.iter().enumerate() {
            let w = f.get(t.fstart..t.fend).unwrap_or("");
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
    let mut out = Vec::new();
    each_variant(word, arabic, cl, |form, peel, stripped| {
        out.push(Variant { form: form.to_string(), peel, stripped })
    });
    out.dedup();
    out
}

/// Calls `f(form, peel, stripped)` on each candidate form of a word, in
/// the order of [`variants`], without building strings but for the rare
/// form that gives back an article's alef (للمغرب → المغرب).
pub fn each_variant(word: &str, arabic: bool, cl: &Clitics, mut f: impl FnMut(&str, usize, bool)) {
    f(word, 0, false);
    if !arabic {
        return;
    }
    let art = cl.article.as_str();
    let conj = std::iter::once("").chain(cl.conjunctions.iter().map(String::as_str));
    for c1 in conj {
        let Some(after1) = strip_start(word, c1) else { continue };
        let prep = std::iter::once("").chain(cl.prepositions.iter().map(String::as_str));
        for c2 in prep {
            let Some(rest) = strip_start(after1, c2) else { continue };
            let peel = c1.len() + c2.len();
            if peel > 0 {
                if rest.chars().nth(1).is_none() {
                    continue;
                }
                f(rest, peel, false);
                // لل: the preposition ل eats the alef of the article.
                if !art.is_empty() && c2 == "ل" && rest.starts_with('ل') && strip_start(rest, art).is_none()
                {
                    f(&format!("ا{rest}"), peel, false);
                }
            }
            if !art.is_empty()
                && let Some(bare) = strip_start(rest, art)
                && bare.chars().nth(1).is_some()
            {
                // The article stays in the span: only the proclitics before it are peeled.
                f(bare, peel, true);
            }
        }
    }
}

/// The candidate forms of every word of a text ([`each_variant`]), looked
/// up once in a vocabulary shared by several matchers (see
/// [`PhraseMatcher::renumber`]): the scans of those matchers then follow
/// word ids and do not hash the words again.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    /// The id of each word as written (`None`: in no phrase).
    plain: Vec<Option<u32>>,
    /// Where each word's forms start in `forms` (one more entry at the end).
    starts: Vec<u32>,
    /// (word id, peel, stripped) of the forms found in the vocabulary, in
    /// the order of [`each_variant`].
    forms: Vec<(u32, usize, bool)>,
}

impl Forms {
    /// The forms of `words` in `vocab`.
    pub fn new(words: &Words, cl: &Clitics, vocab: &FxHashMap<String, u32>) -> Forms {
        let n = words.len();
        let mut f =
            Forms { plain: Vec::with_capacity(n), starts: Vec::with_capacity(n + 1), forms: Vec::new() };
        for i in 0..n {
            f.starts.push(f.forms.len() as u32);
            let (mut plain, mut first) = (None, true);
            each_variant(words.words[i], words.arabic[i], cl, |form, peel, stripped| {
                let id = vocab.get(form).copied();
                if first {
                    // The first form is the word as written.
                    (plain, first) = (id, false);
                }
                if let Some(w) = id {
                    f.forms.push((w, peel, stripped));
                }
            });
            f.plain.push(plain);
        }
        f.starts.push(f.forms.len() as u32);
        f
    }

    fn of(&self, i: usize) -> &[(u32, usize, bool)] {
        &self.forms[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
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
    accept: impl FnMut(&Hit) -> bool,
) -> Vec<Hit> {
    let ids = m.word_ids(words);
    let forms = |i: usize, f: &mut dyn FnMut(u32, usize, bool)| {
        each_variant(words.words[i], words.arabic[i], cl, |form, peel, stripped| {
            if let Some(&w) = m.vocab.get(form) {
                f(w, peel, stripped);
            }
        })
    };
    scan_ids(words, m, &ids, forms, skippable, accept)
}

/// [`scan`] with the forms of the words looked up once: `m` must have been
/// renumbered into the vocabulary `forms` was made with.
pub fn scan_forms(
    words: &Words,
    forms: &Forms,
    m: &PhraseMatcher,
    skippable: &[bool],
    accept: impl FnMut(&Hit) -> bool,
) -> Vec<Hit> {
    let each = |i: usize, f: &mut dyn FnMut(u32, usize, bool)| {
        for &(w, peel, stripped) in forms.of(i) {
            f(w, peel, stripped);
        }
    };
    scan_ids(words, m, &forms.plain, each, skippable, accept)
}

/// The scan itself: `ids` gives each word's id as written, `forms(i, f)`
/// calls `f(id, peel, stripped)` on each form of word `i` that is in the
/// matcher's vocabulary, in the order of [`each_variant`].
fn scan_ids(
    words: &Words,
    m: &PhraseMatcher,
    ids: &[Option<u32>],
    forms: impl Fn(usize, &mut dyn FnMut(u32, usize, bool)),
    skippable: &[bool],
    mut accept: impl FnMut(&Hit) -> bool,
) -> Vec<Hit> {
    let n = words.len();
    let mut out = Vec::new();
    // The phrase ends met down the trie from one word, shortest first.
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut best: Option<Hit> = None;
        forms(i, &mut |w, peel, stripped| {
            let Some(first) = m.step(ROOT, Some(w)) else { return };
            for skip in [false, true] {
                if skip && !(i + 2 < n && skippable.get(i + 1).copied().unwrap_or(false) && words.soft[i]) {
                    continue;
                }
                // Down the trie while the gaps are soft, noting each phrase end.
                let mut node = first;
                ends.clear();
                ends.extend(m.ends[node as usize]);
                let mut k = if skip { i + 2 } else { i + 1 };
                let mut gap_soft = words.soft[if skip { i + 1 } else { i }];
                while gap_soft && k < n && k < i + MAX_WORDS {
                    let Some(next) = m.step(node, ids[k]) else { break };
                    node = next;
                    ends.extend(m.ends[node as usize]);
                    gap_soft = words.soft[k];
                    k += 1;
                }
                // The longest phrase the caller accepts.
                let Some(hit) = ends.iter().rev().find_map(|&(p, nw)| {
                    if skip && nw < 2 {
                        return None;
                    }
                    let end = i + nw + usize::from(skip);
                    let hit =
                        Hit { start: i, end, pattern: p, peel, stripped, skipped: skip.then_some(i + 1) };
                    accept(&hit).then_some(hit)
                }) else {
                    continue;
                };
                let better = match &best {
                    None => true,
                    Some(b) => hit.end > b.end || (hit.end == b.end && hit.peel < b.peel),
                };
                if better {
                    best = Some(hit);
                }
            }
        });
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

    /// Two matchers renumbered into one vocabulary find with the shared
    /// forms of a text what each finds on its own, words of one alone
    /// included (the other's tries never step on them).
    #[test]
    fn shared_forms_find_what_each_matcher_finds() {
        let a = PhraseMatcher::new(
            ["المغرب", "عبد اللطيف حموشي", "mali niger", "mali", "المملكة المغربية"].map(key),
        );
        let b = PhraseMatcher::new(
            ["وزير الداخلية", "ministre de la justice", "المدير العام", "اللطيف"].map(key),
        );
        let (mut ra, mut rb) = (a.clone(), b.clone());
        let mut vocab = FxHashMap::default();
        ra.renumber(&mut vocab);
        rb.renumber(&mut vocab);
        let texts = [
            "التقى وزير الداخلية بعبد اللطيف حموشي المدير العام للمملكة المغربية وللمغرب",
            "le ministre de la Justice au Mali Niger, mali",
            "فالمغرب واللطيف وبالمملكة المغربية",
        ];
        for s in texts {
            let text = Text::new(s, &HashSet::new());
            let w = Words::new(&text);
            let forms = Forms::new(&w, &ar(), &vocab);
            for (m, r) in [(&a, &ra), (&b, &rb)] {
                let alone = scan(&w, m, &ar(), &[], |_| true);
                assert!(!alone.is_empty(), "{s}");
                assert_eq!(scan_forms(&w, &forms, r, &[], |_| true), alone, "{s}");
                assert_eq!(scan(&w, r, &ar(), &[], |_| true), alone, "{s}");
            }
        }
    }
}
