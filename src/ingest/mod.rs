//! Ingest: from files, folders and standard input to [`Document`]s.
//!
//! Formats, chosen by extension (standard input by its first character):
//! - `.txt`, `.md`, `.markdown`: text with an optional front matter block
//!   ([`front_matter`]);
//! - `.html`, `.htm`: a web page ([`html`]);
//! - `.jsonl`, `.ndjson`: one record a line; `.json`: one record or an array
//!   of records. A record is `{id, text, published?, language?, title?,
//!   source?, url?}`.
//!
//! Folders are walked recursively in sorted order; files with other
//! extensions and gold files (`*.gold.json`) are passed over. A problem
//! with one document becomes a [`Diagnostic`] naming the file; the other
//! documents are still read.

pub mod front_matter;
pub mod html;

use crate::date::PartialDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// An article ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable, unique id.
    pub id: String,
    /// The file it came from.
    pub path: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// `ar`, `fr` or `en`; `None` until detected.
    pub language: Option<String>,
    /// Publication date, when given.
    pub published: Option<PartialDate>,
    /// True when `published` was inferred from the text.
    pub published_inferred: bool,
    /// The article text (NFC), after front matter.
    pub text: String,
    /// Where the document came from, for messages (`file`, `file:line`).
    pub origin: String,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The document was read, with a caveat.
    Warning,
    /// The document (or line) was skipped.
    Error,
}

/// A problem with one input, printed as `ties: <origin>: <message>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad.
    pub severity: Severity,
    /// The file (and line) at fault.
    pub origin: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tag = if self.severity == Severity::Warning { "warning: " } else { "" };
        write!(f, "{}: {tag}{}", self.origin, self.message)
    }
}

impl Diagnostic {
    /// An error: the input was skipped.
    pub fn error(origin: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, origin: origin.into(), message: message.into() }
    }
    /// A warning: the input was read with a caveat.
    pub fn warning(origin: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, origin: origin.into(), message: message.into() }
    }
}

/// Options that apply to every document.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Publication date for every document (`--published`), overriding metadata.
    pub published: Option<PartialDate>,
}

/// Something to read: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

const TEXT_EXT: [&str; 3] = ["txt", "md", "markdown"];
const HTML_EXT: [&str; 2] = ["html", "htm"];
const JSONL_EXT: [&str; 2] = ["jsonl", "ndjson"];

fn known(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    if name.ends_with(".gold.json") || name.starts_with('.') {
        return false;
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    TEXT_EXT.contains(&ext.as_str())
        || HTML_EXT.contains(&ext.as_str())
        || JSONL_EXT.contains(&ext.as_str())
        || ext == "json"
}

/// Expands the command line's inputs: folders into their files (recursive,
/// sorted), `-` into standard input. A path that does not exist is a
/// diagnostic.
pub fn expand(inputs: &[PathBuf]) -> (Vec<Source>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files, &mut diags, 0);
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else if input.exists() {
            out.push(Source::File(input.clone()));
        } else {
            diags.push(Diagnostic::error(input.display().to_string(), "no such file or folder"));
        }
    }
    (out, diags)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>, depth: usize) {
    if depth > 64 {
        diags.push(Diagnostic::error(dir.display().to_string(), "folders nested too deep; not read"));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::error(dir.display().to_string(), format!("cannot read folder: {e}")));
            return;
        }
    };
    for e in entries.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&p, out, diags, depth + 1);
        } else if known(&p) {
            out.push(p);
        }
    }
}

/// A JSON record.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    #[serde(alias = "lang")]
    language: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Reads one source, calling `sink` with each document or problem, in
/// order. JSON Lines are streamed line by line, in constant memory.
pub fn read_source(
    source: &Source,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Result<Document, Diagnostic>),
) {
    match source {
        Source::Stdin => {
            let mut reader = BufReader::new(std::io::stdin().lock());
            let first = match reader.fill_buf() {
                Ok(buf) => buf.iter().copied().find(|b| !b.is_ascii_whitespace()),
                Err(e) => return sink(Err(Diagnostic::error("<stdin>", format!("cannot read: {e}")))),
            };
            if first.is_none() {
                // Nothing at all on standard input: no document, no error
                // (a mapper may be handed an empty partition).
                return;
            }
            if first == Some(b'{') {
                read_jsonl(reader, "<stdin>", None, opts, sink);
            } else {
                match read_all(reader, "<stdin>") {
                    Ok(text) => sink(text_document(&text, "<stdin>", None, "stdin", opts)),
                    Err(d) => sink(Err(d)),
                }
            }
        }
        Source::File(path) => {
            let origin = path.display().to_string();
            let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
            let file = match std::fs::File::open(path) {
                Ok(f) => f,
                Err(e) => return sink(Err(Diagnostic::error(&origin, format!("cannot read: {e}")))),
            };
            if JSONL_EXT.contains(&ext.as_str()) {
                return read_jsonl(BufReader::new(file), &origin, Some(path), opts, sink);
            }
            let text = match read_all(file, &origin) {
                Ok(t) => t,
                Err(d) => return sink(Err(d)),
            };
            let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            if ext == "json" {
                read_json(&text, &origin, Some(path), opts, sink);
            } else if HTML_EXT.contains(&ext.as_str()) {
                sink(html_document(&text, &origin, path, &stem, opts));
            } else {
                sink(text_document(&text, &origin, Some(path), &stem, opts));
            }
        }
    }
}

/// Reads a whole input as UTF-8, refusing binary data.
fn read_all(mut r: impl Read, origin: &str) -> Result<String, Diagnostic> {
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes).map_err(|e| Diagnostic::error(origin, format!("cannot read: {e}")))?;
    decode(bytes, origin)
}

fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, Diagnostic> {
    let head = &bytes[..bytes.len().min(8192)];
    if looks_binary(head) {
        return Err(Diagnostic::error(origin, "binary file (NUL bytes), not an article; skipped"));
    }
    String::from_utf8(bytes).map_err(|e| {
        Diagnostic::error(origin, format!("invalid UTF-8 at byte {}; skipped", e.utf8_error().valid_up_to()))
    })
}

/// Binary: NUL bytes that are either frequent (1% or more) or come with
/// bytes that are not UTF-8. A stray NUL in a text is dropped instead.
fn looks_binary(head: &[u8]) -> bool {
    let nul = head.iter().filter(|&&b| b == 0).count();
    let broken = std::str::from_utf8(head).is_err_and(|e| e.error_len().is_some());
    nul > 0 && (nul * 100 >= head.len() || broken)
}

fn clean_text(s: String) -> String {
    let mut text = match s.strip_prefix('\u{FEFF}') {
        Some(rest) if crate::text::normalize::is_nfc(rest) => rest.to_string(),
        Some(rest) => rest.nfc().collect(),
        None if crate::text::normalize::is_nfc(&s) => s,
        None => s.nfc().collect(),
    };
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    // NUL and other C0 controls but tab and newline carry no text.
    if text.chars().any(|c| c != '\n' && c != '\t' && c.is_control()) {
        text.retain(|c| c == '\n' || c == '\t' || !c.is_control());
    }
    text
}

struct Meta {
    id: String,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    language: Option<String>,
}

fn finish(
    meta: Meta,
    body: String,
    origin: &str,
    path: Option<&Path>,
    opts: &IngestOptions,
) -> Result<Document, Diagnostic> {
    let text = clean_text(body);
    if text.trim().is_empty() {
        return Err(Diagnostic::error(origin, "empty document; skipped"));
    }
    let id = meta.id.trim().to_string();
    if id.is_empty() {
        return Err(Diagnostic::error(origin, "empty document id; skipped"));
    }
    if id.chars().any(|c| c.is_control()) {
        return Err(Diagnostic::error(origin, format!("document id {id:?} has control characters; skipped")));
    }
    let published =
        match (&opts.published, meta.published.as_deref().map(str::trim).filter(|s| !s.is_empty())) {
            (Some(d), _) => Some(*d),
            (None, Some(s)) => Some(PartialDate::parse_lenient(s).ok_or_else(|| {
                Diagnostic::error(
                    origin,
                    format!("impossible publication date {s:?} (want YYYY, YYYY-MM or YYYY-MM-DD); skipped"),
                )
            })?),
            (None, None) => None,
        };
    let language = match meta.language.as_deref().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()) {
        Some(l) => {
            let short: String = l.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            if !crate::text::lang::LANGUAGES.contains(&short.as_str()) {
                return Err(Diagnostic::error(
                    origin,
                    format!("unsupported language {l:?} (ties reads ar, fr and en); skipped"),
                ));
            }
            Some(short)
        }
        None => None,
    };
    Ok(Document {
        id,
        path: path.map(|p| p.display().to_string()),
        source: meta.source.filter(|s| !s.trim().is_empty()),
        url: meta.url.filter(|s| !s.trim().is_empty()),
        title: meta.title.filter(|s| !s.trim().is_empty()),
        language,
        published,
        published_inferred: false,
        text,
        origin: origin.to_string(),
    })
}

fn text_document(
    input: &str,
    origin: &str,
    path: Option<&Path>,
    stem: &str,
    opts: &IngestOptions,
) -> Result<Document, Diagnostic> {
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let (fields, body) = match front_matter::split(input) {
        Ok(Some(fm)) => (fm.fields.clone(), &input[fm.body_start..]),
        Ok(None) => (BTreeMap::new(), input),
        Err(e) => return Err(Diagnostic::error(origin, format!("{e}; skipped"))),
    };
    let get = |k: &str| fields.get(k).cloned();
    let meta = Meta {
        id: get("id").unwrap_or_else(|| stem.to_string()),
        title: get("title"),
        source: get("source"),
        url: get("url"),
        published: get("published").or_else(|| get("date")),
        language: get("language").or_else(|| get("lang")),
    };
    finish(meta, body.to_string(), origin, path, opts)
}

fn html_document(
    input: &str,
    origin: &str,
    path: &Path,
    stem: &str,
    opts: &IngestOptions,
) -> Result<Document, Diagnostic> {
    let a = html::read(input);
    // A page date that does not parse is not worth losing the article for.
    let published = a.published.as_deref().and_then(PartialDate::parse_lenient).map(|d| d.to_string());
    let meta = Meta {
        id: stem.to_string(),
        title: a.title,
        source: a.source,
        url: a.url,
        published,
        language: a.language.filter(|l| crate::text::lang::LANGUAGES.contains(&l.as_str())),
    };
    finish(meta, a.text, origin, Some(path), opts)
}

fn record_document(
    value: serde_json::Value,
    origin: &str,
    path: Option<&Path>,
    opts: &IngestOptions,
) -> Result<Document, Diagnostic> {
    let rec: Record = serde_json::from_value(value)
        .map_err(|e| Diagnostic::error(origin, format!("not a record: {e}; skipped")))?;
    let id = match rec.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(Diagnostic::error(origin, "record `id` must be a string or a number; skipped"));
        }
        None => return Err(Diagnostic::error(origin, "record has no `id`; skipped")),
    };
    let Some(text) = rec.text else { return Err(Diagnostic::error(origin, "record has no `text`; skipped")) };
    let meta = Meta {
        id,
        title: rec.title,
        source: rec.source,
        url: rec.url,
        published: rec.published,
        language: rec.language,
    };
    finish(meta, text, origin, path, opts)
}

fn read_jsonl(
    mut reader: impl BufRead,
    origin: &str,
    path: Option<&Path>,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Result<Document, Diagnostic>),
) {
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return sink(Err(Diagnostic::error(
                    format!("{origin}:{}", line_no + 1),
                    format!("cannot read: {e}"),
                )));
            }
        }
        line_no += 1;
        let at = format!("{origin}:{line_no}");
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l,
            Err(e) => {
                sink(Err(Diagnostic::error(
                    &at,
                    format!("invalid UTF-8 at byte {} of the line; skipped", e.valid_up_to()),
                )));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(v) => sink(record_document(v, &at, path, opts)),
            Err(e) => sink(Err(Diagnostic::error(&at, format!("bad JSON line: {e}; skipped")))),
        }
    }
}

fn read_json(
    text: &str,
    origin: &str,
    path: Option<&Path>,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Result<Document, Diagnostic>),
) {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(items)) => {
            for (i, v) in items.into_iter().enumerate() {
                sink(record_document(v, &format!("{origin}[{i}]"), path, opts));
            }
        }
        Ok(v) => sink(record_document(v, origin, path, opts)),
        Err(e) => sink(Err(Diagnostic::error(origin, format!("bad JSON: {e}; skipped")))),
    }
}

/// Keeps the first document of each id; later ones become errors that
/// name both origins.
#[derive(Debug, Default)]
pub struct IdRegistry {
    seen: std::collections::HashMap<String, String>,
}

impl IdRegistry {
    /// Checks `doc`'s id; `Err` when it was already taken.
    pub fn admit(&mut self, doc: &Document) -> Result<(), Diagnostic> {
        if let Some(first) = self.seen.get(&doc.id) {
            return Err(Diagnostic::error(
                &doc.origin,
                format!("duplicate document id {:?}, already used by {first}; skipped", doc.id),
            ));
        }
        self.seen.insert(doc.id.clone(), doc.origin.clone());
        Ok(())
    }
}

/// Reads every input, in order, and returns the documents with the
/// problems met (duplicate ids included).
pub fn read_all_inputs(inputs: &[PathBuf], opts: &IngestOptions) -> (Vec<Document>, Vec<Diagnostic>) {
    let (sources, mut diags) = expand(inputs);
    let mut docs = Vec::new();
    let mut ids = IdRegistry::default();
    for s in &sources {
        read_source(s, opts, &mut |r| match r.and_then(|d| ids.admit(&d).map(|_| d)) {
            Ok(d) => docs.push(d),
            Err(d) => diags.push(d),
        });
    }
    (docs, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(input: &str) -> Result<Document, Diagnostic> {
        text_document(input, "a.txt", None, "a", &IngestOptions::default())
    }

    #[test]
    fn text_with_front_matter() {
        let d = one("---\nid: x1\npublished: 2024-11\nlanguage: AR\nsource: S\n---\nنص المقال").unwrap();
        assert_eq!(
            (d.id.as_str(), d.language.as_deref(), d.published.map(|p| p.to_string())),
            ("x1", Some("ar"), Some("2024-11".into()))
        );
        assert_eq!(d.text, "نص المقال");
        assert_eq!(d.source.as_deref(), Some("S"));
    }

    #[test]
    fn bad_documents_are_named() {
        let cases = [
            ("", "empty document"),
            ("---\nid: x\n", "never closed"),
            ("---\npublished: 2024-13-45\n---\nText.", "impossible publication date \"2024-13-45\""),
            ("---\nlanguage: de\n---\nText.", "unsupported language \"de\""),
        ];
        for (input, want) in cases {
            let e = one(input).unwrap_err();
            assert_eq!(e.origin, "a.txt");
            assert!(e.message.contains(want), "{input:?}: {}", e.message);
        }
        let e = decode(vec![0xff, 0xfe, b'a'], "b.txt").unwrap_err();
        assert!(e.message.contains("invalid UTF-8 at byte 0"), "{}", e.message);
        let e = decode(b"\x00\x01\x02\x00ELF".to_vec(), "c.bin").unwrap_err();
        assert!(e.message.contains("binary"), "{}", e.message);
    }

    #[test]
    fn published_override_wins() {
        let opts = IngestOptions { published: PartialDate::parse("2020-01-02") };
        let d = text_document("---\npublished: 2024-11\n---\nText.", "a", None, "a", &opts).unwrap();
        assert_eq!(d.published.unwrap().to_string(), "2020-01-02");
    }

    #[test]
    fn jsonl_lines_are_numbered() {
        let input = "{\"id\":\"a\",\"text\":\"Hello there.\"}\nnot json\n\n{\"id\":2,\"text\":\"x\",\"published\":\"2024-01-05\"}\n{\"text\":\"no id\"}\n";
        let mut got = Vec::new();
        read_jsonl(input.as_bytes(), "in.jsonl", None, &IngestOptions::default(), &mut |r| got.push(r));
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].as_ref().unwrap().id, "a");
        assert_eq!(got[1].as_ref().unwrap_err().origin, "in.jsonl:2");
        assert_eq!(got[2].as_ref().unwrap().id, "2");
        assert!(got[3].as_ref().unwrap_err().message.contains("no `id`"));
    }

    #[test]
    fn duplicate_ids_name_both_files() {
        let mut ids = IdRegistry::default();
        let a = one("Text.").unwrap();
        let mut b = a.clone();
        b.origin = "b.txt".into();
        ids.admit(&a).unwrap();
        let e = ids.admit(&b).unwrap_err();
        assert!(e.origin == "b.txt" && e.message.contains("a.txt"), "{e}");
    }
}
