//! Arabic → Latin transliteration for slugs, and consonant skeletons to
//! compare an Arabic spelling of a foreign name with its Latin form
//! (بوستين ~ Bostyn).

use crate::lexicon::{DataError, DataFiles, Meta};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The transliteration table.
#[derive(Debug, Clone, Default)]
pub struct Translit {
    letters: BTreeMap<char, String>,
    /// Consonant spelling (either script) → class; longest first when matching.
    classes: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslitFile {
    #[allow(dead_code)]
    meta: Meta,
    letters: BTreeMap<String, String>,
    classes: BTreeMap<String, Vec<String>>,
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
        let mut classes: Vec<(String, String)> = Vec::new();
        for (class, spellings) in file.classes {
            for s in spellings {
                classes.push((crate::text::fold(&s), class.clone()));
            }
        }
        classes.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.cmp(b)));
        Ok(Translit { letters, classes })
    }

    /// A Latin rendering of a name in the matching form: Arabic letters
    /// through the table, other characters kept.
    pub fn latin(&self, folded: &str) -> String {
        let mut out = String::new();
        for c in folded.chars() {
            match self.letters.get(&c) {
                Some(l) => out.push_str(l),
                None => out.push(c),
            }
        }
        out
    }

    /// The consonant skeleton of a name (either script), as class names.
    pub fn skeleton(&self, name: &str) -> Vec<String> {
        let f = crate::text::fold(name);
        let chars: Vec<char> = f.chars().collect();
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let mut matched = false;
            for (sp, class) in &self.classes {
                let n = sp.chars().count();
                if i + n <= chars.len() && chars[i..i + n].iter().copied().eq(sp.chars()) {
                    if out.last() != Some(class) {
                        out.push(class.clone());
                    }
                    i += n;
                    matched = true;
                    break;
                }
            }
            if !matched {
                i += 1;
            }
        }
        out
    }

    /// Similarity of two names' skeletons, from 0 to 1.
    pub fn similarity(&self, a: &str, b: &str) -> f64 {
        let (x, y) = (self.skeleton(a), self.skeleton(b));
        let m = x.len().max(y.len());
        if m == 0 {
            return 0.0;
        }
        1.0 - levenshtein(&x, &y) as f64 / m as f64
    }
}

fn levenshtein(a: &[String], b: &[String]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
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

/// Capitalizes each word of a Latin rendering.
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
