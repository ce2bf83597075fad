//! The gazetteer: known actors with their names in each language, the
//! adjectives that point at them, and the dated roles of people.
//!
//! Format of `data/gazetteer/*.toml` (see `data/gazetteer/README.md`):
//!
//! ```toml
//! [meta]
//! format = 1
//! source = "..."
//! licence = "..."
//!
//! [[entry]]
//! id = "country/belgium"            # kind/slug, unique across all files
//! kind = "country"                  # person organization country location group media
//! name = "Belgium"                  # English display name
//! country = "BEL"                   # ISO 3166-1 alpha-3, where it applies
//! cameo = "BEL"                     # optional CAMEO actor code
//! names = { ar = ["بلجيكا", "مملكة بلجيكا"], fr = ["Belgique"], en = ["Belgium"] }
//! aliases = ["..."]                 # acronyms, short forms, other spellings
//! adjectives = { ar = ["بلجيكي", "بلجيكية"], fr = ["belge"], en = ["Belgian"] }
//! capital = "location/brussels"     # countries: the capital, for metonymy
//! part_of = "country/belgium"       # organizations, groups, locations
//! roles = [ { role = "leads", org = "organization/vsse", position = "head-intelligence",
//!             title = "Administrator General", from = "2024-04-01" } ]
//! shared = ["..."]                  # names knowingly shared with another entry
//! examples = ["sentence where it must be found"]
//! ```

use crate::lexicon::{DataError, DataFiles, Meta, line_of};
use crate::model::ActorKind;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A dated role of a person.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleSpec {
    /// `leads` or `member_of`.
    pub role: String,
    /// The organization or country (an entry id).
    pub org: String,
    /// What the position is, as the titles lexicon names it
    /// (`minister-justice`, `head-of-state`, `head-intelligence`).
    #[serde(default)]
    pub position: Option<String>,
    /// The English title (`Minister of Justice`).
    #[serde(default)]
    pub title: Option<String>,
    /// First day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); open when absent.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day; open (still in office) when absent.
    #[serde(default)]
    pub to: Option<String>,
}

/// One known actor, as written in a gazetteer file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// `kind/slug`.
    pub id: String,
    /// What it is.
    pub kind: ActorKind,
    /// English display name.
    pub name: String,
    /// ISO 3166-1 alpha-3.
    #[serde(default)]
    pub country: Option<String>,
    /// CAMEO actor code.
    #[serde(default)]
    pub cameo: Option<String>,
    /// Names per language; the first of each is that language's display form.
    #[serde(default)]
    pub names: BTreeMap<String, Vec<String>>,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjectives that point at it (nisba, demonyms), per language.
    #[serde(default)]
    pub adjectives: BTreeMap<String, Vec<String>>,
    /// Capital city (countries).
    #[serde(default)]
    pub capital: Option<String>,
    /// Parent country or organization.
    #[serde(default)]
    pub part_of: Option<String>,
    /// Dated roles (people).
    #[serde(default)]
    pub roles: Vec<RoleSpec>,
    /// Names knowingly shared with another entry.
    #[serde(default)]
    pub shared: Vec<String>,
    /// Sentences in which recognition must find this entry.
    #[serde(default)]
    pub examples: Vec<String>,
    /// The file it comes from (set by the loader).
    #[serde(skip)]
    pub file: String,
    /// The line of its id (set by the loader).
    #[serde(skip)]
    pub line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GazetteerFile {
    #[allow(dead_code)]
    meta: Meta,
    #[serde(default)]
    entry: Vec<Entry>,
}

/// All gazetteer entries, by id.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Entries by id.
    pub entries: BTreeMap<String, Entry>,
}

impl Gazetteer {
    /// Loads every `gazetteer/*.toml` file, rejecting duplicate ids.
    pub fn load(data: &DataFiles) -> Result<Gazetteer, DataError> {
        let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
        for (path, text) in data.under("gazetteer/") {
            if !path.ends_with(".toml") {
                continue;
            }
            let file: GazetteerFile = DataFiles::parse(path, text)?;
            for mut e in file.entry {
                e.file = path.to_string();
                e.line = line_of(text, &format!("\"{}\"", e.id));
                if let Some(prev) = entries.get(&e.id) {
                    return Err(DataError {
                        file: path.into(),
                        line: e.line,
                        key: e.id.clone(),
                        message: format!("duplicate id, first defined in {}:{}", prev.file, prev.line),
                    });
                }
                entries.insert(e.id.clone(), e);
            }
        }
        Ok(Gazetteer { entries })
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }
}
