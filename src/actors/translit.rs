//! Arabic → Latin transliteration for slugs, and consonant skeletons to
//! compare an Arabic spelling of a foreign name with its Latin form
//! (بوستين ~ Bostyn).

use crate::lexicon::{DataError, DataFiles, Meta};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A consonant skeleton: class numbers, one per run of the same class.
pub type Skeleton = Vec<u16>;

/// The transliteration table.
#[derive(Debug, Clone, Default)]
pub struct Translit {
    letters: BTreeMap<char, String>,
    /// First character of a consonant spelling (either script) → the rest
    /// of each spelling starting with it and its class number, longest first.
    classes: FxHashMap<char, Vec<(Vec<char>, u16)>>,
    /// Name words (folded) → their usual Latin spelling ("محمد" → Mohammed).
    words: FxHashMap<String, String>,
    /// Which of those are given names (not particles).
    given: rustc_hash::FxHashSet<String>,
    /// The article (as written, and folded) and how a name word's article
    /// is written in Latin ("الخليفي" → al-Khlifi).
    article: Option<(String, String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslitFile {
    #[allow(dead_code)]
    meta: Meta,
    letters: BTreeMap<String, String>,
    classes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    article: Option<ArticleSpec>,
    #[serde(default)]
    particles: BTreeMap<String, String>,
    #[serde(default)]
    given_names: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleSpec {
    arabic: String,
    latin: String,
}

impl Translit {
    /// Parses `lexicon/actors/translit.toml`.
    pub fn compile(path: &str, text: &str) -> Result<Translit, DataError> {
        let file: TranslitFile = DataFiles::parse(path, text)?;
        let mut letters = BTreeMap::new();
        for (k, v) in file.letters {
            let mut cs = k.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => {
                    letters.insert(c, v);
                }
                _ => {
                    return Err(DataError {
                        file: path.into(),
                        line: crate::lexicon::line_of(text, &k),
                        key: k,
                        message: "a letter key must be one character".into(),
                    });
                }
            }
        }
        let mut spellings: Vec<(String, u16)> = Vec::new();
        for (n, (_, list)) in file.classes.into_iter().enumerate() {
            for s in list {
                spellings.push((crate::text::fold(&s), n as u16));
            }
        }
        // Longest first, so "sh" is read before "s".
        spellings.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.cmp(b)));
        let mut classes: FxHashMap<char, Vec<(Vec<char>, u16)>> = FxHashMap::default();
        for (sp, class) in spellings {
            let mut cs = sp.chars();
            if let Some(first) = cs.next() {
                classes.entry(first).or_default().push((cs.collect(), class));
            }
        }
        let mut words = FxHashMap::default();
        let mut given = rustc_hash::FxHashSet::default();
        for (k, v) in &file.particles {
            words.insert(crate::text::fold(k), v.clone());
        }
        for (k, v) in &file.given_names {
            let k = crate::text::fold(k);
            given.insert(k.clone());
            words.insert(k, v.clone());
        }
        let article = file.article.map(|a| (crate::text::fold(&a.arabic), a.arabic, a.latin));
        Ok(Translit { letters, classes, words, given, article })
    }

    /// Is this word (folded) a common given name ("محمد", "سارة")?
    pub fn given_name(&self, folded: &str) -> bool {
        self.given.contains(folded)
    }

    /// A Latin rendering of a name in the matching form: known name words
    /// by their usual spelling, the article as `article.latin`, other Arabic
    /// letters through the table, other characters kept.
    pub fn latin(&self, folded: &str) -> String {
        let mut out = String::new();
        for (i, word) in folded.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
            }
            self.word_latin(word, true, &mut out);
        }
        out
    }

    /// [`Translit::latin`] of a name as written: the article is read only
    /// where it is written, not where folding made it ("ألينا" is no
    /// al-ina).
    pub fn latin_written(&self, written: &str) -> String {
        let key = crate::text::name_key(written);
        let raw: Vec<&str> = written.split_whitespace().collect();
        let words: Vec<&str> = key.split(' ').collect();
        let aligned = raw.len() == words.len();
        let mut out = String::new();
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            let article =
                !aligned || self.article.as_ref().is_none_or(|(_, ar, _)| raw[i].starts_with(ar.as_str()));
            self.word_latin(word, article, &mut out);
        }
        out
    }

    fn word_latin(&self, word: &str, article: bool, out: &mut String) {
        if let Some(w) = self.words.get(word) {
            out.push_str(w);
            return;
        }
        // The article of a family name: "الخليفي" → al-Khlifi.
        let mut rest = word;
        if article
            && let Some((ar, _, la)) = &self.article
            && let Some(r) = word.strip_prefix(ar.as_str())
            && r.chars().count() >= 2
        {
            out.push_str(la);
            rest = r;
            if let Some(w) = self.words.get(rest) {
                out.push_str(w);
                return;
            }
        }
        for c in rest.chars() {
            match self.letters.get(&c) {
                Some(l) => out.push_str(l),
                None => out.push(c),
            }
        }
    }

    /// The consonant skeleton of a name (either script).
    pub fn skeleton(&self, name: &str) -> Skeleton {
        let chars: Vec<char> = crate::text::fold(name).chars().collect();
        let mut out: Skeleton = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let found = self.classes.get(&chars[i]).and_then(|list| {
                list.iter()
                    .find(|(rest, _)| chars[i + 1..].starts_with(rest))
                    .map(|(rest, c)| (rest.len(), *c))
            });
            match found {
                Some((n, class)) => {
                    if out.last() != Some(&class) {
                        out.push(class);
                    }
                    i += 1 + n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Similarity of two names' skeletons, from 0 to 1.
    pub fn similarity(&self, a: &str, b: &str) -> f64 {
        similarity(&self.skeleton(a), &self.skeleton(b))
    }
}

/// Similarity of two skeletons, from 0 to 1: one less their edit distance
/// over the longer length.
pub fn similarity(x: &[u16], y: &[u16]) -> f64 {
    let m = x.len().max(y.len());
    if m == 0 {
        return 0.0;
    }
    1.0 - levenshtein(x, y) as f64 / m as f64
}

/// Whether two skeletons may be at least `threshold` similar: the edit
/// distance is at least the difference of their lengths, so a pair whose
/// lengths differ too much never is (checked before the distance itself).
pub fn may_reach(x: &[u16], y: &[u16], threshold: f64) -> bool {
    let m = x.len().max(y.len());
    m > 0 && 1.0 - x.len().abs_diff(y.len()) as f64 / m as f64 >= threshold
}

fn levenshtein(a: &[u16], b: &[u16]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A slug: lower-case ASCII letters and digits joined by hyphens.
pub fn slug(s: &str) -> String {
    let f = crate::text::fold(s);
    let mut out = String::new();
    for w in f.split(|c: char| !c.is_ascii_alphanumeric()) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(w);
        }
    }
    out
}

/// Capitalizes each word of a Latin rendering, and the word after an
/// article's hyphen ("al-khlifi" → Al-Khlifi).
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper = true;
    for c in s.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        upper = c == ' ' || c == '-';
    }
    out
}
