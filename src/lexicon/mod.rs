//! The knowledge files under `data/`: where they come from, how they are
//! validated, and the compiled [`Lexicon`] every stage shares.
//!
//! `data/lexicon/` and `data/gazetteer/` are embedded in the binary at build
//! time, so an installed `ties` works from any folder; `--data DIR` reads an
//! edited copy instead (DIR holds `lexicon/` and `gazetteer/`). Each stage
//! compiles its part once; the result is shared by reference across
//! documents and threads.
//!
//! Errors name the file, the line and the key at fault.

use include_dir::{Dir, include_dir};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

static EMBEDDED_LEXICON: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/data/lexicon");
static EMBEDDED_GAZETTEER: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/data/gazetteer");

/// A problem in a knowledge file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {key}: {message}")]
pub struct DataError {
    /// The file, relative to the data folder (`lexicon/time/ar.toml`).
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// The key or entry at fault.
    pub key: String,
    /// What is wrong.
    pub message: String,
}

/// The knowledge files, by path relative to the data folder.
#[derive(Debug, Clone, Default)]
pub struct DataFiles {
    files: BTreeMap<String, String>,
}

impl DataFiles {
    /// The files embedded at build time.
    pub fn embedded() -> DataFiles {
        let mut files = BTreeMap::new();
        for (prefix, dir) in [("lexicon", &EMBEDDED_LEXICON), ("gazetteer", &EMBEDDED_GAZETTEER)] {
            collect_embedded(prefix, dir, &mut files);
        }
        DataFiles { files }
    }

    /// The files of a data folder (holding `lexicon/` and `gazetteer/`).
    pub fn from_dir(dir: &Path) -> Result<DataFiles, DataError> {
        let mut files = BTreeMap::new();
        let mut found = false;
        for sub in ["lexicon", "gazetteer"] {
            let root = dir.join(sub);
            if root.is_dir() {
                found = true;
                walk(&root, &root, sub, &mut files)?;
            }
        }
        if !found {
            return Err(DataError {
                file: dir.display().to_string(),
                line: 0,
                key: "lexicon/".into(),
                message: "not a data folder: it has neither lexicon/ nor gazetteer/".into(),
            });
        }
        Ok(DataFiles { files })
    }

    /// Builds a set from in-memory files (tests, fixtures).
    pub fn from_files<I, K, V>(files: I) -> DataFiles
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        DataFiles { files: files.into_iter().map(|(k, v)| (k.into(), v.into())).collect() }
    }

    /// The files under a folder (`lexicon/time/`), sorted by path.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// One file's text.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// Parses one TOML file into `T`, with errors that name file, line and key.
    pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, DataError> {
        toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |s| line_at(text, s.start));
            let msg = e.message().to_string();
            let key = e.span().map(|s| key_at(text, s.start)).unwrap_or_default();
            DataError { file: path.into(), line, key, message: msg }
        })
    }
}

fn collect_embedded(prefix: &str, dir: &Dir<'_>, out: &mut BTreeMap<String, String>) {
    for f in dir.files() {
        if f.path().extension().is_some_and(|e| e == "toml")
            && let Some(text) = f.contents_utf8()
        {
            out.insert(format!("{prefix}/{}", f.path().display()), text.to_string());
        }
    }
    for d in dir.dirs() {
        collect_embedded(prefix, d, out);
    }
}

fn walk(root: &Path, dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) -> Result<(), DataError> {
    let err = |p: &Path, m: String| DataError {
        file: p.display().to_string(),
        line: 0,
        key: String::new(),
        message: m,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| err(dir, e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(root, &p, prefix, out)?;
        } else if p.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&p).map_err(|e| err(&p, e.to_string()))?;
            let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            out.insert(format!("{prefix}/{rel}"), text);
        }
    }
    Ok(())
}

/// The 1-based line of byte `at` in `text`.
pub fn line_at(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

/// The key on the line of byte `at` (`key = ...` or `[table]`).
fn key_at(text: &str, at: usize) -> String {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("");
    let line = line.trim();
    if let Some(k) = line.split_once('=') { k.0.trim().to_string() } else { line.to_string() }
}

/// The 1-based line on which `needle` first occurs, 0 when absent. Used to
/// point validation errors at the entry they are about.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle).map_or(0, |i| line_at(text, i))
}

/// The `[meta]` table every knowledge file starts with.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Format version of the file (1).
    pub format: u32,
    /// Language of the file, when it is about one.
    #[serde(default)]
    pub language: Option<String>,
    /// Where its knowledge comes from.
    pub source: String,
    /// Licence of its content.
    pub licence: String,
    /// What the file holds.
    #[serde(default)]
    pub description: Option<String>,
}

/// Sentence-splitting knowledge: abbreviations that end with a period.
#[derive(Debug, Clone, Default)]
pub struct TextLexicon {
    abbreviations: BTreeMap<String, HashSet<String>>,
    empty: HashSet<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AbbreviationsFile {
    #[allow(dead_code)]
    meta: Meta,
    abbreviations: BTreeMap<String, Vec<String>>,
}

impl TextLexicon {
    /// Compiles `lexicon/abbreviations.toml`.
    pub fn compile(data: &DataFiles) -> Result<TextLexicon, DataError> {
        let path = "lexicon/abbreviations.toml";
        let Some(text) = data.get(path) else { return Ok(TextLexicon::default()) };
        let file: AbbreviationsFile = DataFiles::parse(path, text)?;
        let mut abbreviations = BTreeMap::new();
        for (lang, list) in file.abbreviations {
            let mut set = HashSet::new();
            for a in list {
                let folded = crate::text::fold(a.trim_end_matches('.'));
                if folded.is_empty() {
                    return Err(DataError {
                        file: path.into(),
                        line: line_of(text, &a),
                        key: lang,
                        message: "empty abbreviation".into(),
                    });
                }
                set.insert(folded);
            }
            abbreviations.insert(lang, set);
        }
        Ok(TextLexicon { abbreviations, empty: HashSet::new() })
    }

    /// The abbreviations of a language (folded, without the final period).
    pub fn abbreviations(&self, lang: &str) -> &HashSet<String> {
        self.abbreviations.get(lang).unwrap_or(&self.empty)
    }
}

/// Everything the stages know, compiled once.
#[derive(Debug)]
pub struct Lexicon {
    /// Sentence splitting.
    pub text: TextLexicon,
    /// Time expressions.
    pub time: crate::time::TimeLexicon,
    /// Actors.
    pub gazetteer: crate::actors::Gazetteer,
    /// Event triggers, modality cues, topics.
    pub events: crate::events::EventLexicon,
}

impl Lexicon {
    /// Compiles every stage's knowledge from `data`.
    pub fn compile(data: &DataFiles) -> Result<Lexicon, DataError> {
        Ok(Lexicon {
            text: TextLexicon::compile(data)?,
            time: crate::time::TimeLexicon::compile(data)?,
            gazetteer: crate::actors::Gazetteer::compile(data)?,
            events: crate::events::EventLexicon::compile(data)?,
        })
    }

    /// The lexicon embedded at build time.
    pub fn embedded() -> Result<Lexicon, DataError> {
        Lexicon::compile(&DataFiles::embedded())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_compiles() {
        let lex = Lexicon::embedded().unwrap();
        assert!(lex.text.abbreviations("fr").contains("m"));
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let bad =
            "[meta]\nformat = 1\nsource = \"x\"\nlicence = \"y\"\n\n[abbreviations]\nfr = [\"M.\", 3]\n";
        let data = DataFiles::from_files([("lexicon/abbreviations.toml", bad)]);
        let e = TextLexicon::compile(&data).unwrap_err();
        assert_eq!(e.file, "lexicon/abbreviations.toml");
        assert_eq!(e.line, 7);
        assert_eq!(e.key, "fr");
    }
}
