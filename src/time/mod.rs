//! Time expressions: recognition in the matching form and normalization
//! against the publication date.

use crate::date::{PartialDate, Period};
use crate::lexicon::{DataError, DataFiles};
use crate::text::Text;

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
pub struct TimeLexicon {}

impl TimeLexicon {
    /// Compiles `lexicon/time/*.toml`.
    pub fn compile(_data: &DataFiles) -> Result<TimeLexicon, DataError> {
        Ok(TimeLexicon {})
    }
}

/// Finds and resolves the time expressions of `text`, written in `lang`,
/// against the publication date `dct` (at whatever precision is known).
pub fn recognize(
    _text: &Text,
    _lang: &str,
    _dct: Option<PartialDate>,
    _lex: &TimeLexicon,
) -> Vec<TimeMention> {
    Vec::new()
}

/// Infers a publication date from the text when none is given: a dateline
/// ("الرباط، نونبر 2024 —"), a copyright year ("2024 ©"), the latest
/// explicit year together with a month said to be current ("نوفمبر
/// الجاري"). Returns the precision found (`2024`, `2024-11`).
pub fn infer_dct(_text: &Text, _lang: &str, _lex: &TimeLexicon) -> Option<PartialDate> {
    None
}
