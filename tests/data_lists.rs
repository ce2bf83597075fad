//! The knowledge files list each word once: a list of forms, cues or
//! names with an entry twice is a slip of editing (the copy changes
//! nothing, or hides that the entry meant was another).

use std::path::{Path, PathBuf};

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            toml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

/// Every array of strings under `v` holding an entry twice: its key path
/// and the entry.
fn repeats(v: &toml::Value, at: &str, out: &mut Vec<String>) {
    match v {
        toml::Value::Table(t) => {
            for (k, x) in t {
                repeats(x, &format!("{at}.{k}"), out);
            }
        }
        toml::Value::Array(items) => {
            let mut seen = std::collections::BTreeSet::new();
            for (i, x) in items.iter().enumerate() {
                match x {
                    toml::Value::String(s) => {
                        if !seen.insert(s.as_str()) {
                            out.push(format!("{at}: {s:?} twice"));
                        }
                    }
                    other => repeats(other, &format!("{at}[{i}]"), out),
                }
            }
        }
        _ => {}
    }
}

#[test]
fn no_list_of_the_knowledge_files_repeats_an_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files = Vec::new();
    toml_files(&root, &mut files);
    assert!(files.len() > 10, "{files:?}");
    let mut faults = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.strip_prefix(&root).unwrap().display().to_string();
        repeats(&value, &name, &mut faults);
    }
    assert!(faults.is_empty(), "{} repeated entries:\n{}", faults.len(), faults.join("\n"));
}

#[test]
fn a_repeated_entry_is_found() {
    let value: toml::Value =
        toml::from_str("[a]\nforms = [\"x\", \"y\", \"x\"]\n[[b]]\nc = [\"z\"]\n").unwrap();
    let mut faults = Vec::new();
    repeats(&value, "f", &mut faults);
    assert_eq!(faults, vec!["f.a.forms: \"x\" twice".to_string()]);
}
