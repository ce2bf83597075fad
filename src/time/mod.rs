//! Time expressions: recognition in the matching form and normalization
//! against the publication date.
//!
//! Words live in `data/lexicon/time/{ar,fr,en}.toml` (month names of every
//! Arabic system, weekdays, relative markers, parts, cue words); the
//! grammar that combines them is in [`recognize`], the resolution against
//! the publication date in [`normalize`], Hijri conversion in [`hijri`].
//! Values follow `data/times-README.md`: ISO 8601 at the precision written,
//! ranges as `START/END`, no value for durations, vague references and
//! numbers that are not dates.

pub mod hijri;
pub mod lexicon;
pub mod normalize;
pub mod recognize;

use std::collections::BTreeMap;

use crate::date::{PartialDate, Period};
use crate::lexicon::{DataError, DataFiles};
use crate::text::Text;

use lexicon::LangLexicon;

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMention {
    /// Byte offset in the original text.
    pub start: usize,
    /// End byte offset in the original text.
    pub end: usize,
    /// The resolved value, or `None` when the expression is not a date.
    pub value: Option<Period>,
}

/// The compiled time lexicon of every language.
#[derive(Debug, Default)]
pub struct TimeLexicon {
    /// By language code.
    pub langs: BTreeMap<String, LangLexicon>,
}

impl TimeLexicon {
    /// Compiles `lexicon/time/*.toml`.
    pub fn compile(data: &DataFiles) -> Result<TimeLexicon, DataError> {
        let mut langs = BTreeMap::new();
        for (path, text) in data.under("lexicon/time/") {
            let Some(lang) = path.strip_prefix("lexicon/time/").and_then(|f| f.strip_suffix(".toml")) else {
                continue;
            };
            langs.insert(lang.to_string(), LangLexicon::compile(path, text)?);
        }
        Ok(TimeLexicon { langs })
    }
}

/// Finds and resolves the time expressions of `text`, written in `lang`,
/// against the publication date `dct` (at whatever precision is known).
pub fn recognize(text: &Text, lang: &str, dct: Option<PartialDate>, lex: &TimeLexicon) -> Vec<TimeMention> {
    recognize::run(text, lang, dct, lex)
}

/// Infers a publication date from the text when none is given: a dateline
/// ("الرباط، نونبر 2024 —"), a copyright year ("2024 ©"), the latest
/// explicit year together with a month said to be current ("نوفمبر
/// الجاري"). Returns the precision found (`2024`, `2024-11`).
pub fn infer_dct(text: &Text, lang: &str, lex: &TimeLexicon) -> Option<PartialDate> {
    let l = lex.langs.get(lang)?;
    // Explicit dates need no publication date.
    let found = recognize::run(text, lang, None, lex);
    // A dateline: an explicit date in the first line, before a dash.
    let first_line_end = text.original.find('\n').unwrap_or(text.original.len()).min(200);
    for t in &found {
        if t.end > first_line_end {
            break;
        }
        let after = text.original[t.end..].trim_start_matches([' ', '\u{a0}']);
        if let Some(v) = t.value
            && v.start == v.end
            && after.starts_with(['—', '–', '-', ':', '|', '('])
        {
            return Some(v.start);
        }
    }
    let copyright = recognize::copyright_year(text, l);
    // Dates written to the month or day are mostly reports of what has
    // happened; bare years are often targets ("بحلول عام 2030").
    let latest_of = |fine: bool| {
        found
            .iter()
            .filter_map(|t| t.value)
            .filter(|v| !fine || v.start.month().is_some())
            .map(|v| v.end.year())
            .max()
    };
    let latest = latest_of(true).or_else(|| latest_of(false));
    let year = match (copyright, latest) {
        (Some(c), _) => Some(c),
        (None, l) => l,
    }?;
    // A month said to be current gives the month of that year.
    if let Some(m) = recognize::current_month(text, l) {
        return Some(PartialDate::Month(year, m));
    }
    copyright.map(PartialDate::Year)
}

#[cfg(test)]
mod tests;
