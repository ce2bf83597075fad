//! Actors: gazetteer matching, recognition of unknown names, and
//! resolution of titles and short forms.

pub mod gazetteer;

pub use gazetteer::{Entry, Gazetteer, RoleSpec};

use crate::lexicon::{DataError, DataFiles};

impl Gazetteer {
    /// Loads and compiles the gazetteer.
    pub fn compile(data: &DataFiles) -> Result<Gazetteer, DataError> {
        Gazetteer::load(data)
    }
}
