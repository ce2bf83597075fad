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
//!                                   # (agencies: also borne by other states')
//! examples = ["sentence where it must be found"]
//! ```

use crate::lexicon::{DataError, DataFiles, Meta, line_of};
use crate::model::ActorKind;
use rustc_hash::FxHashMap;
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
    /// The city an organization sits in, which stands for it when the text
    /// names the organization ("Brussels" for the European Union).
    #[serde(default)]
    pub seat: Option<String>,
    /// Parent country or organization.
    #[serde(default)]
    pub part_of: Option<String>,
    /// Dated roles (people).
    #[serde(default)]
    pub roles: Vec<RoleSpec>,
    /// Names knowingly shared with another entry.
    #[serde(default)]
    pub shared: Vec<String>,
    /// `shared` in the matching form of [`crate::text::name_key`] (set by
    /// the loader).
    #[serde(skip)]
    pub shared_keys: Vec<String>,
    /// `name` and `names` in the matching form (set by the loader).
    #[serde(skip)]
    pub name_keys: Vec<String>,
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

/// All gazetteer entries, by id, with their compiled matcher and the
/// actor cues of each language.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Entries, sorted by id.
    pub entries: Vec<Entry>,
    /// Entry id → its place in `entries` (looked up for every name found).
    index: FxHashMap<String, usize>,
    /// Names and adjectives compiled into one word trie.
    pub matcher: super::matcher::PhraseMatcher,
    /// The words of `matcher` and of every language's cue matcher, numbered
    /// once for all of them (see [`super::matcher::Forms`]).
    pub vocab: FxHashMap<String, u32>,
    /// Pattern id → the entries it names.
    pub targets: Vec<Vec<Target>>,
    /// Titles, organization heads, descriptions and transliteration.
    pub lexicon: super::lexicon::ActorLexicon,
    /// Capital (location id) → its country (entry id).
    pub capital_of: FxHashMap<String, String>,
    /// Seat (location id) → the organizations sitting there, by id.
    pub seat_of: FxHashMap<String, Vec<String>>,
    /// CAMEO code → the organizations that have it, by id.
    pub by_cameo: FxHashMap<String, Vec<String>>,
    /// Organization id → its domain, from the first English organization
    /// cue its name contains ("intelligence" for a "... Intelligence Service").
    pub domains: FxHashMap<String, String>,
    /// The actor record of each entry, by id, as documents report it.
    pub records: FxHashMap<String, crate::model::Actor>,
    /// Every person's id and the consonant skeleton of their name, by id.
    pub skeletons: Vec<(String, super::translit::Skeleton)>,
    /// Position → the people who held it, with the index of the role (in
    /// entry order), so a title's holder is found without a scan of all.
    pub by_position: FxHashMap<String, Vec<(String, usize)>>,
    /// Organization → the people who led it, with the index of the role.
    pub leaders_of: FxHashMap<String, Vec<(String, usize)>>,
}

/// What a name in the trie points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Entry id.
    pub entry: String,
    /// A name, or an adjective pointing at the entry.
    pub via: super::Via,
    /// What the original text must look like.
    pub case: Case,
}

/// Case constraint of a Latin name: acronyms (`US`, `EI`) only in capitals,
/// capitalized names (`Stock`, `Mali`) only with a capital.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Case {
    /// Any case.
    Any,
    /// First letter upper-case.
    Capital,
    /// Every letter upper-case.
    Upper,
}

impl Case {
    /// The constraint a data form sets.
    pub fn of(form: &str) -> Case {
        let letters: Vec<char> = form.chars().filter(|&c| crate::text::is_letter(c)).collect();
        if letters.is_empty() || !letters.iter().all(|c| c.is_ascii() || c.is_lowercase() || c.is_uppercase())
        {
            return Case::Any;
        }
        if letters.iter().any(|c| !c.is_lowercase() && !c.is_uppercase()) {
            return Case::Any;
        }
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        if upper == letters.len() && letters.len() <= 6 {
            Case::Upper
        } else if letters[0].is_uppercase() {
            Case::Capital
        } else {
            Case::Any
        }
    }

    /// Whether `original` satisfies the constraint.
    pub fn allows(self, original: &str) -> bool {
        let mut letters = original.chars().filter(|&c| crate::text::is_letter(c));
        match self {
            Case::Any => true,
            Case::Capital => letters.next().is_some_and(|c| !c.is_lowercase()),
            Case::Upper => letters.all(|c| !c.is_lowercase()),
        }
    }
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
            // Entries come in file order: each id is looked for after the
            // previous one, and lines are counted once over the file.
            let (mut at, mut line) = (0, 1);
            for mut e in file.entry {
                e.file = path.to_string();
                e.shared_keys = e.shared.iter().map(|s| crate::text::name_key(s)).collect();
                e.name_keys = std::iter::once(&e.name)
                    .chain(e.names.values().flatten())
                    .map(|s| crate::text::name_key(s))
                    .collect();
                let needle = format!("\"{}\"", e.id);
                e.line = match text[at..].find(&needle) {
                    Some(i) => {
                        line += text[at..at + i].bytes().filter(|&b| b == b'\n').count();
                        at += i;
                        line
                    }
                    None => line_of(text, &needle),
                };
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
        let index = entries.keys().enumerate().map(|(i, id)| (id.clone(), i)).collect();
        Ok(Gazetteer { entries: entries.into_values().collect(), index, ..Gazetteer::default() })
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.entries[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = "[meta]\nformat = 1\nsource = \"s\"\nlicence = \"l\"\n";

    fn entry(id: &str) -> String {
        format!("\n[[entry]]\nid = \"{id}\"\nkind = \"country\"\nname = \"{id}\"\n")
    }

    #[test]
    fn entries_know_their_line_and_duplicates_name_both() {
        let a =
            format!("{META}{}{}{}", entry("country/somalia"), entry("country/mali"), entry("country/chad"));
        let b = format!("{META}{}", entry("country/mali"));
        let g = Gazetteer::load(&DataFiles::from_files([("gazetteer/a.toml", a.as_str())])).unwrap();
        let lines: Vec<(&str, usize)> = g.entries.iter().map(|e| (e.id.as_str(), e.line)).collect();
        assert_eq!(lines, [("country/chad", 17), ("country/mali", 12), ("country/somalia", 7)]);
        let both =
            DataFiles::from_files([("gazetteer/a.toml", a.as_str()), ("gazetteer/b.toml", b.as_str())]);
        let err = Gazetteer::load(&both).unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("gazetteer/b.toml", 7));
        assert!(err.message.contains("gazetteer/a.toml:12"), "{}", err.message);
    }
}
