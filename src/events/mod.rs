//! Events and relations: triggers, arguments, dates, modality,
//! coreference and evidence.

use crate::lexicon::{DataError, DataFiles};

/// The compiled event lexicon.
#[derive(Debug, Default)]
pub struct EventLexicon {}

impl EventLexicon {
    /// Compiles `lexicon/events/*.toml`.
    pub fn compile(_data: &DataFiles) -> Result<EventLexicon, DataError> {
        Ok(EventLexicon {})
    }
}
