//! Scoring an extraction against gold annotations (`ties eval`).
//!
//! Gold files (`*.gold.json`) follow the loose format at the end of the
//! `ties/1` schema description: per document, actors as key → names, events
//! as types + date + participant keys, relations as type + source and
//! target keys, time expressions as text + value. [`score`] compares a
//! `ties/1` document with them under the project's reference matching rules
//! (`tests/score.py` implements the same rules; the two must agree):
//!
//! - names are compared after [`norm`];
//! - a system actor matches a gold actor when any of its `name`, `names`
//!   or `aliases` equals any gold name;
//! - the system side of a gold document is the document whose id equals the
//!   gold `doc`, or else the first whose `path` has that file stem; its
//!   events and relations are those with evidence in it (events that are
//!   negated or hypothetical left out), its times those of the document, and
//!   its actors the participants of those events, the ends of those
//!   relations and every actor with a mention in the document;
//! - a system event matches a gold event when its type is one of the gold
//!   types, its date interval overlaps the gold one (a gold date needs a
//!   system date) and at least one participant matches a gold participant;
//! - a relation matches on type, source and target (either way round for
//!   the symmetric `counterpart_of` and `cooperates_with`);
//! - a time expression matches when one normalized text contains the other
//!   and the values are equal (a range whose ends are equal counts as that
//!   one date);
//! - gold items marked `optional` count neither for recall nor, when
//!   matched, against precision;
//! - exact event dates are counted over the required gold events that are
//!   matched.
//!
//! Counts are summed over documents before precision, recall and F1 are
//! computed (micro-average).

use crate::model::{Event, TiesDoc};
use chrono::NaiveDate;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// One gold annotation file: what a document should yield.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gold {
    /// Id of the annotated document (or the file stem of its path).
    pub doc: String,
    /// Publication date of the document, for the annotator's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Free note of the annotator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Actors by key: the names that count as a match.
    #[serde(default)]
    pub actors: BTreeMap<String, GoldActor>,
    /// Events the document reports.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    /// Relations the document states.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    /// Time expressions of the document.
    #[serde(default)]
    pub times: Vec<GoldTime>,
}

/// A gold actor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldActor {
    /// `person`, `organization`, `country`, `location`, `group` or `media`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Every name that counts as this actor.
    #[serde(default)]
    pub names: Vec<String>,
}

/// A gold event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldEvent {
    /// Event types any of which counts.
    #[serde(default)]
    pub types: Vec<String>,
    /// ISO 8601 date, month, year or `START/END` range; `None` when the
    /// text gives no date.
    #[serde(default)]
    pub date: Option<String>,
    /// Keys of the gold actors taking part.
    #[serde(default)]
    pub participants: Vec<String>,
    /// Not needed for recall, not a false positive either.
    #[serde(default)]
    pub optional: bool,
    /// What happened, for the annotator's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// A gold relation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldRelation {
    /// Relation type (`leads`, `part_of`...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Key of the source actor.
    pub source: String,
    /// Key of the target actor.
    pub target: String,
    /// Not needed for recall, not a false positive either.
    #[serde(default)]
    pub optional: bool,
}

/// A gold time expression.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldTime {
    /// The expression as written.
    pub text: String,
    /// Its ISO 8601 value, `None` when it is not a date.
    #[serde(default)]
    pub value: Option<String>,
    /// Not needed for recall, not a false positive either.
    #[serde(default)]
    pub optional: bool,
}

/// Why gold or system files could not be read.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file or folder could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A file is not what it should be.
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Format {
        /// The file.
        path: PathBuf,
        /// The line, for JSON Lines.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

/// Reads one gold file.
pub fn load_gold_file(path: &Path) -> Result<Gold, EvalError> {
    let text =
        std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    serde_json::from_str(&text).map_err(|e| EvalError::Format {
        path: path.to_path_buf(),
        line: None,
        message: format!("not a gold annotation: {e}"),
    })
}

/// Reads every `*.gold.json` file under `dir` (recursively), in the order
/// of their paths.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<Gold>, EvalError> {
    let mut files = Vec::new();
    collect_gold_files(dir, &mut files)?;
    files.sort();
    files.iter().map(|p| load_gold_file(p)).collect()
}

fn collect_gold_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), EvalError> {
    let io = |source| EvalError::Io { path: dir.to_path_buf(), source };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        if path.is_dir() {
            collect_gold_files(&path, out)?;
        } else if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".gold.json")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads a system output: one `ties/1` document, or JSON Lines of them
/// (one per line, concatenated into one document without merging).
pub fn load_system(path: &Path) -> Result<TiesDoc, EvalError> {
    let text = if path == Path::new("-") {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    }
    .map_err(|source| EvalError::Io { path: path.to_path_buf(), source })?;
    parse_system(&text).map_err(|(line, message)| EvalError::Format {
        path: path.to_path_buf(),
        line,
        message,
    })
}

/// Parses a system output held in memory (see [`load_system`]); the error
/// gives the line (for JSON Lines) and what is wrong.
pub fn parse_system(text: &str) -> Result<TiesDoc, (Option<usize>, String)> {
    use serde_json::error::Category;
    match serde_json::from_str::<TiesDoc>(text) {
        Ok(doc) => return Ok(doc),
        Err(e) if !matches!(e.classify(), Category::Syntax | Category::Eof) => {
            return Err((None, format!("not a ties/1 document: {e}")));
        }
        Err(_) => {}
    }
    let mut all = TiesDoc::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: TiesDoc =
            serde_json::from_str(line).map_err(|e| (Some(i + 1), format!("not a ties/1 document: {e}")))?;
        all.documents.extend(doc.documents);
        all.actors.extend(doc.actors);
        all.events.extend(doc.events);
        all.relations.extend(doc.relations);
        all.times.extend(doc.times);
    }
    Ok(all)
}

static NOT_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\p{L}\p{N}_]+").expect("the non-word pattern is valid"));

/// Arabic diacritics (harakat, Quranic marks, superscript alef) and tatweel.
fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}')
}

/// The matching form of a name: compatibility decomposition (NFKD),
/// combining marks dropped (except those of the Arabic block, which are
/// then dropped if they are diacritics), tatweel removed, ⟨أ إ آ ٱ⟩ → ⟨ا⟩,
/// ⟨ى⟩ → ⟨ي⟩, ⟨ة⟩ → ⟨ه⟩, full Unicode case folding (`ß` → `ss`), every
/// run of characters that are neither letters, digits nor `_` → one space,
/// `_` → space, spaces collapsed and trimmed.
pub fn norm(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.nfkd() {
        let combining = unicode_normalization::char::canonical_combining_class(c) != 0;
        if (combining && !('\u{0600}'..='\u{06ff}').contains(&c)) || is_arabic_diacritic(c) {
            continue;
        }
        s.push(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        });
    }
    let folded = caseless::default_case_fold_str(&s);
    let spaced = NOT_WORD.replace_all(&folded, " ");
    let mut out = String::with_capacity(spaced.len());
    for word in spaced.split([' ', '_']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Parses an integer as the reference scorer does (surrounding spaces, a
/// `+` sign and `_` between digits allowed).
fn parse_int(s: &str) -> Option<i32> {
    let s = s.trim();
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    if !digits.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return None;
    }
    digits.replace('_', "").parse().ok()
}

fn ymd(y: i32, m: i32, d: i32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, u32::try_from(m).ok()?, u32::try_from(d).ok()?)
}

/// First and last day of an ISO date, month, year or `START/END` range;
/// `None` when empty or not a date.
pub fn bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    if value.is_empty() {
        return None;
    }
    if let Some((a, b)) = value.split_once('/') {
        return Some((bounds(a)?.0, bounds(b)?.1));
    }
    let parts: Vec<i32> = value.split('-').take(3).map(parse_int).collect::<Option<_>>()?;
    match parts[..] {
        [y] => Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?)),
        [y, m] => {
            let first = ymd(y, m, 1)?;
            let next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1)? } else { ymd(y, m + 1, 1)? };
            Some((first, next.pred_opt()?))
        }
        [y, m, d] => {
            let day = ymd(y, m, d)?;
            Some((day, day))
        }
        _ => None,
    }
}

/// The comparable form of a value: `None` when empty, a range whose two
/// ends are equal reduced to that end.
pub fn canon(value: Option<&str>) -> Option<&str> {
    let v = value.filter(|v| !v.is_empty())?;
    match v.split_once('/') {
        Some((a, b)) if a == b => Some(a),
        _ => Some(v),
    }
}

/// An event's date as one ISO value (`START` or `START/END`), `None` when
/// it has no start.
pub fn system_date(ev: &Event) -> Option<String> {
    let d = ev.date.as_ref()?;
    if d.start.is_empty() {
        return None;
    }
    let end = d.end.as_deref().filter(|e| !e.is_empty()).unwrap_or(&d.start);
    Some(if end == d.start { d.start.clone() } else { format!("{}/{end}", d.start) })
}

/// The file stem of a path, as Python's `pathlib` gives it: the last
/// component (empty and `.` components skipped) without its last suffix;
/// a name starting with its only dot, or ending with a dot, is kept whole.
pub fn path_stem(path: &str) -> &str {
    let name = path.split('/').rfind(|c| !c.is_empty() && *c != ".").unwrap_or("");
    match name.rfind('.') {
        Some(i) if i > 0 && i < name.len() - 1 => &name[..i],
        _ => name,
    }
}

/// True and false positives and negatives of one kind of item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// System items that are right.
    pub tp_p: usize,
    /// System items counted for precision.
    pub n_p: usize,
    /// Gold items found.
    pub tp_r: usize,
    /// Gold items counted for recall.
    pub n_r: usize,
}

impl Counts {
    /// Precision, recall and F1 (0 where undefined).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.n_p > 0 { self.tp_p as f64 / self.n_p as f64 } else { 0.0 };
        let r = if self.n_r > 0 { self.tp_r as f64 / self.n_r as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    fn add(&mut self, o: &Counts) {
        self.tp_p += o.tp_p;
        self.n_p += o.n_p;
        self.tp_r += o.tp_r;
        self.n_r += o.n_r;
    }
}

/// Counts for the four kinds of items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    /// Actors.
    pub actors: Counts,
    /// Events.
    pub events: Counts,
    /// Relations.
    pub relations: Counts,
    /// Time expressions.
    pub times: Counts,
}

impl Scores {
    /// The four kinds with their names, in output order.
    pub fn kinds(&self) -> [(&'static str, &Counts); 4] {
        [
            ("actors", &self.actors),
            ("events", &self.events),
            ("relations", &self.relations),
            ("times", &self.times),
        ]
    }

    fn add(&mut self, o: &Scores) {
        self.actors.add(&o.actors);
        self.events.add(&o.events);
        self.relations.add(&o.relations);
        self.times.add(&o.times);
    }
}

/// The scores of one gold document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocRow {
    /// The gold document id.
    pub doc: String,
    /// The system document it was compared with, if any.
    pub system_doc: Option<String>,
    /// Its counts.
    pub scores: Scores,
}

/// The result of scoring: per document and in total.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// One row per gold document, in gold order.
    pub rows: Vec<DocRow>,
    /// Counts summed over all documents.
    pub totals: Scores,
    /// Matched required gold events whose date the system gave exactly.
    pub date_exact: usize,
    /// Matched required gold events.
    pub date_matched: usize,
    /// Gold documents the system has no document for.
    pub missing_docs: Vec<String>,
}

/// Precision, recall and F1 rounded to 3 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

/// The totals as `--json` prints them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Actors.
    pub actors: Prf,
    /// Events.
    pub events: Prf,
    /// Relations.
    pub relations: Prf,
    /// Time expressions.
    pub times: Prf,
    /// Share of matched required gold events whose date is exact.
    pub event_date_exact: f64,
    /// Gold documents with no system document.
    pub missing_docs: Vec<String>,
}

/// Rounds to 3 decimals, half to even on the exact binary value.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

impl Report {
    /// The totals, rounded.
    pub fn summary(&self) -> Summary {
        let prf = |c: &Counts| {
            let (p, r, f1) = c.prf();
            Prf { p: round3(p), r: round3(r), f1: round3(f1) }
        };
        Summary {
            actors: prf(&self.totals.actors),
            events: prf(&self.totals.events),
            relations: prf(&self.totals.relations),
            times: prf(&self.totals.times),
            event_date_exact: if self.date_matched > 0 {
                round3(self.date_exact as f64 / self.date_matched as f64)
            } else {
                0.0
            },
            missing_docs: self.missing_docs.clone(),
        }
    }

    /// The totals as one line of JSON, spaced as Python's `json.dumps`.
    pub fn to_json(&self) -> String {
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, SpacedJson);
        // Serializing plain structs of numbers and strings cannot fail.
        let _ = self.summary().serialize(&mut ser);
        String::from_utf8(buf).unwrap_or_default()
    }

    /// A text table: one line per document (F1 of each kind), then the
    /// totals, exact event dates and missing documents.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let lines: Vec<String> = self
            .rows
            .iter()
            .map(|row| {
                let cells: Vec<String> =
                    row.scores.kinds().iter().map(|(k, c)| format!("{} {:.2}", &k[..3], c.prf().2)).collect();
                format!("{:<16} {}", row.doc, cells.join("  "))
            })
            .collect();
        out.push_str(&lines.join("\n"));
        out.push('\n');
        let s = self.summary();
        for (k, v) in
            [("actors", s.actors), ("events", s.events), ("relations", s.relations), ("times", s.times)]
        {
            let _ = writeln!(out, "{k:<10} P {:.3}  R {:.3}  F1 {:.3}", v.p, v.r, v.f1);
        }
        let _ = writeln!(out, "event dates exact (of matched gold events): {:.3}", s.event_date_exact);
        if !s.missing_docs.is_empty() {
            let _ = writeln!(out, "documents with no output: {}", s.missing_docs.join(", "));
        }
        out
    }
}

/// JSON with `", "` and `": "` between items, like Python's `json.dumps`.
struct SpacedJson;

impl serde_json::ser::Formatter for SpacedJson {
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
}

const SYMMETRIC: [&str; 2] = ["counterpart_of", "cooperates_with"];

/// The system document indexed for scoring.
struct System<'a> {
    sys: &'a TiesDoc,
    /// Actor id → normalized names (the last actor of an id wins).
    names: BTreeMap<&'a str, BTreeSet<String>>,
    /// Gold doc id → system doc id.
    alias: BTreeMap<&'a str, &'a str>,
    /// System doc id → what it holds, as indices in input order.
    by_doc: BTreeMap<&'a str, DocItems<'a>>,
}

/// The items of one system document.
#[derive(Default)]
struct DocItems<'a> {
    events: Vec<usize>,
    relations: Vec<usize>,
    times: Vec<usize>,
    mentioned: BTreeSet<&'a str>,
}

impl<'a> System<'a> {
    fn new(sys: &'a TiesDoc) -> Self {
        let mut names = BTreeMap::new();
        let mut by_doc: BTreeMap<&str, DocItems> = BTreeMap::new();
        for a in &sys.actors {
            let set: BTreeSet<String> = std::iter::once(&a.name)
                .chain(a.names.values())
                .chain(a.aliases.iter())
                .map(|n| norm(n))
                .filter(|n| !n.is_empty())
                .collect();
            names.insert(a.id.as_str(), set);
            for m in &a.mentions {
                by_doc.entry(&m.doc).or_default().mentioned.insert(&a.id);
            }
        }
        for (i, e) in sys.events.iter().enumerate() {
            let docs: BTreeSet<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
            for d in docs {
                by_doc.entry(d).or_default().events.push(i);
            }
        }
        for (i, r) in sys.relations.iter().enumerate() {
            let docs: BTreeSet<&str> = r.evidence.iter().map(|v| v.doc.as_str()).collect();
            for d in docs {
                by_doc.entry(d).or_default().relations.push(i);
            }
        }
        for (i, t) in sys.times.iter().enumerate() {
            by_doc.entry(&t.doc).or_default().times.push(i);
        }
        let mut alias = BTreeMap::new();
        for d in &sys.documents {
            alias.insert(d.id.as_str(), d.id.as_str());
            if let Some(p) = d.path.as_deref().filter(|p| !p.is_empty()) {
                alias.entry(path_stem(p)).or_insert(d.id.as_str());
            }
        }
        System { sys, names, alias, by_doc }
    }

    fn matches(&self, actor: &str, gold: &BTreeSet<String>) -> bool {
        self.names.get(actor).is_some_and(|names| names.iter().any(|n| gold.contains(n)))
    }

    fn score_doc(&self, gold: &Gold) -> (Option<&'a str>, Scores, usize, usize) {
        let sys_doc = self.alias.get(gold.doc.as_str()).copied();
        let none = DocItems::default();
        let items = sys_doc.and_then(|d| self.by_doc.get(d)).unwrap_or(&none);
        let empty = BTreeSet::new();
        let gactors: BTreeMap<&str, BTreeSet<String>> = gold
            .actors
            .iter()
            .map(|(k, v)| (k.as_str(), v.names.iter().map(|n| norm(n)).collect()))
            .collect();
        let gnames = |key: &str| gactors.get(key).unwrap_or(&empty);
        let events: Vec<&Event> =
            items.events.iter().map(|&i| &self.sys.events[i]).filter(|e| e.modality.on_timeline()).collect();
        let relations: Vec<_> = items.relations.iter().map(|&i| &self.sys.relations[i]).collect();
        let times: Vec<_> = items.times.iter().map(|&i| &self.sys.times[i]).collect();
        let mut actor_ids: BTreeSet<&str> =
            events.iter().flat_map(|e| e.participants.iter().map(|p| p.actor.as_str())).collect();
        for r in &relations {
            actor_ids.insert(&r.source);
            actor_ids.insert(&r.target);
        }
        actor_ids.extend(items.mentioned.iter().copied());

        // Actors.
        let actors = Counts {
            tp_p: actor_ids.iter().filter(|a| gactors.values().any(|g| self.matches(a, g))).count(),
            n_p: actor_ids.len(),
            tp_r: gactors.values().filter(|g| actor_ids.iter().any(|a| self.matches(a, g))).count(),
            n_r: gactors.len(),
        };

        // Events.
        let ev_match = |e: &Event, g: &GoldEvent| {
            if !g.types.contains(&e.kind) {
                return false;
            }
            if let Some(gd) = g.date.as_deref().and_then(bounds) {
                match system_date(e).as_deref().and_then(bounds) {
                    Some(sd) if !(sd.1 < gd.0 || gd.1 < sd.0) => {}
                    _ => return false,
                }
            }
            e.participants.iter().any(|p| g.participants.iter().any(|k| self.matches(&p.actor, gnames(k))))
        };
        let mut c = Counts::default();
        for e in &events {
            let hits: Vec<&GoldEvent> = gold.events.iter().filter(|g| ev_match(e, g)).collect();
            if !hits.is_empty() && hits.iter().all(|g| g.optional) {
                continue;
            }
            c.n_p += 1;
            c.tp_p += usize::from(!hits.is_empty());
        }
        let (mut exact, mut matched) = (0, 0);
        for g in gold.events.iter().filter(|g| !g.optional) {
            c.n_r += 1;
            let hits: Vec<&&Event> = events.iter().filter(|e| ev_match(e, g)).collect();
            if !hits.is_empty() {
                c.tp_r += 1;
                matched += 1;
                let want = canon(g.date.as_deref());
                exact += usize::from(hits.iter().any(|e| canon(system_date(e).as_deref()) == want));
            }
        }
        let events_c = c;

        // Relations.
        let rel_match = |r: &crate::model::Relation, g: &GoldRelation| {
            if r.kind != g.kind {
                return false;
            }
            let (s, t) = (gnames(&g.source), gnames(&g.target));
            let fwd = self.matches(&r.source, s) && self.matches(&r.target, t);
            let back = self.matches(&r.source, t) && self.matches(&r.target, s);
            fwd || (SYMMETRIC.contains(&g.kind.as_str()) && back)
        };
        let mut c = Counts::default();
        for r in &relations {
            let hits: Vec<&GoldRelation> = gold.relations.iter().filter(|g| rel_match(r, g)).collect();
            if !hits.is_empty() && hits.iter().all(|g| g.optional) {
                continue;
            }
            c.n_p += 1;
            c.tp_p += usize::from(!hits.is_empty());
        }
        for g in gold.relations.iter().filter(|g| !g.optional) {
            c.n_r += 1;
            c.tp_r += usize::from(relations.iter().any(|r| rel_match(r, g)));
        }
        let relations_c = c;

        // Time expressions: one text contains the other, same value.
        let gold_texts: Vec<String> = gold.times.iter().map(|g| norm(&g.text)).collect();
        let sys_texts: Vec<String> = times.iter().map(|t| norm(&t.text)).collect();
        let overlap = |a: &str, b: &str| !a.is_empty() && !b.is_empty() && (b.contains(a) || a.contains(b));
        let t_match = |ti: usize, gi: usize| {
            overlap(&sys_texts[ti], &gold_texts[gi])
                && canon(times[ti].value.as_deref()) == canon(gold.times[gi].value.as_deref())
        };
        let mut c = Counts::default();
        for (ti, text) in sys_texts.iter().enumerate() {
            let overlapping: Vec<usize> =
                (0..gold.times.len()).filter(|&gi| overlap(text, &gold_texts[gi])).collect();
            if !overlapping.is_empty() && overlapping.iter().all(|&gi| gold.times[gi].optional) {
                continue;
            }
            c.n_p += 1;
            c.tp_p += usize::from((0..gold.times.len()).any(|gi| t_match(ti, gi)));
        }
        for gi in (0..gold.times.len()).filter(|&gi| !gold.times[gi].optional) {
            c.n_r += 1;
            c.tp_r += usize::from((0..times.len()).any(|ti| t_match(ti, gi)));
        }
        let scores = Scores { actors, events: events_c, relations: relations_c, times: c };

        (sys_doc, scores, exact, matched)
    }
}

/// Scores `system` against every gold document, in order.
pub fn score(system: &TiesDoc, golds: &[Gold]) -> Report {
    let sys = System::new(system);
    let mut report = Report::default();
    for gold in golds {
        let (sys_doc, scores, exact, matched) = sys.score_doc(gold);
        report.totals.add(&scores);
        report.date_exact += exact;
        report.date_matched += matched;
        if sys_doc.is_none() {
            report.missing_docs.push(gold.doc.clone());
        }
        report.rows.push(DocRow { doc: gold.doc.clone(), system_doc: sys_doc.map(str::to_string), scores });
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn norm_table() {
        let table = [
            ("Francisca Bostyn", "francisca bostyn"),
            ("  FRANCISCA\tbostyn. ", "francisca bostyn"),
            ("مُحَمَّد", "محمد"),
            ("مـحـمـد", "محمد"),
            ("أحمد", "احمد"),
            ("إسلام", "اسلام"),
            ("آمنة", "امنه"),
            ("ٱلقدس", "القدس"),
            ("مصطفى", "مصطفي"),
            ("الوطنيّ", "الوطني"),
            ("Straße", "strasse"),
            ("ẞ", "ss"),
            ("ΌΣΟΣ", "οσοσ"),
            ("Sûreté de l’État", "surete de l etat"),
            ("Al-Qaida", "al qaida"),
            ("snake_case__name", "snake case name"),
            ("A.B.C.", "a b c"),
            ("ﬁnance", "finance"),
            ("Ⅻ", "xii"),
            ("١٢٣", "١٢٣"),
            ("１２３", "123"),
            ("İzmir", "izmir"),
            ("e\u{301}", "e"),
            ("", ""),
            ("—", ""),
        ];
        for (input, want) in table {
            assert_eq!(norm(input), want, "norm({input:?})");
        }
    }

    #[test]
    fn bounds_table() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let table: [(&str, Option<(&str, &str)>); 11] = [
            ("2024", Some(("2024-01-01", "2024-12-31"))),
            ("2024-02", Some(("2024-02-01", "2024-02-29"))),
            ("2023-12", Some(("2023-12-01", "2023-12-31"))),
            ("2024-11-25", Some(("2024-11-25", "2024-11-25"))),
            ("2024-11-25/2024-11-26", Some(("2024-11-25", "2024-11-26"))),
            ("2024-11/2025", Some(("2024-11-01", "2025-12-31"))),
            ("2024-11-x", None),
            ("", None),
            ("2024-13", None),
            ("2024-W47", None),
            ("2024-11-25/", None),
        ];
        for (input, want) in table {
            assert_eq!(bounds(input), want.map(|(a, b)| (d(a), d(b))), "bounds({input:?})");
        }
        // Only the first three parts count.
        assert_eq!(bounds("2024-11-25-7"), Some((d("2024-11-25"), d("2024-11-25"))));
    }

    #[test]
    fn canon_and_stem_tables() {
        for (input, want) in [
            (None, None),
            (Some(""), None),
            (Some("2024"), Some("2024")),
            (Some("2024-11-22/2024-11-22"), Some("2024-11-22")),
            (Some("2024-11-22/2024-11-23"), Some("2024-11-22/2024-11-23")),
        ] {
            assert_eq!(canon(input), want, "canon({input:?})");
        }
        for (input, want) in [
            ("data/articles/dev-ar-01.txt", "dev-ar-01"),
            ("x.tar.gz", "x.tar"),
            (".hidden", ".hidden"),
            ("name.", "name."),
            ("..x", "."),
            ("a/b/", "b"),
            ("a/b/.", "b"),
            ("/", ""),
        ] {
            assert_eq!(path_stem(input), want, "path_stem({input:?})");
        }
    }

    /// A system document from compact JSON pieces (documents default to one
    /// with id `d`).
    fn system(actors: Value, events: Value, relations: Value, times: Value) -> TiesDoc {
        let actors: Vec<Value> = actors
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let mut a = a.clone();
                a["kind"] = json!("person");
                a
            })
            .collect();
        let events: Vec<Value> = events
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut full = json!({ "id": format!("e{i}"), "cameo": "040", "modality": "asserted",
                    "summary": "", "confidence": 1.0,
                    "evidence": [{ "doc": "d", "sentence": 0, "start": 0, "end": 0, "text": "" }] });
                for (k, v) in e.as_object().unwrap() {
                    full[k] = v.clone();
                }
                full
            })
            .collect();
        let relations: Vec<Value> = relations
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut full = json!({ "id": format!("r{i}"),
                    "evidence": [{ "doc": "d", "sentence": 0, "start": 0, "end": 0, "text": "" }] });
                for (k, v) in r.as_object().unwrap() {
                    full[k] = v.clone();
                }
                full
            })
            .collect();
        let times: Vec<Value> = times
            .as_array()
            .unwrap()
            .iter()
            .map(|t| json!({ "doc": "d", "text": t[0], "start": 0, "end": 0, "value": t[1] }))
            .collect();
        serde_json::from_value(json!({
            "schema": "ties/1",
            "documents": [{ "id": "d", "language": "en" }],
            "actors": actors, "events": events, "relations": relations, "times": times
        }))
        .unwrap()
    }

    fn gold(v: Value) -> Gold {
        let mut v = v;
        v["doc"] = json!("d");
        serde_json::from_value(v).unwrap()
    }

    fn c(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> Counts {
        Counts { tp_p, n_p, tp_r, n_r }
    }

    fn mention() -> Value {
        json!([{ "doc": "d", "start": 0, "end": 0, "text": "" }])
    }

    #[test]
    fn actors_match_by_any_name_and_count_per_document() {
        let g = gold(json!({ "actors": {
            "a": { "names": ["Amal Haddad"] }, "b": { "names": ["بوستين"] }, "c": { "names": ["DGSN"] },
            "z": { "names": ["Nobody"] } } }));
        let table = [
            // (actors, events, what is expected)
            (
                json!([{ "id": "p/a", "name": "AMAL  HADDAD", "mentions": mention() }]),
                json!([]),
                c(1, 1, 1, 4),
            ),
            (
                json!([{ "id": "p/b", "name": "Bostyn", "names": { "ar": "بوستين" }, "mentions": mention() }]),
                json!([]),
                c(1, 1, 1, 4),
            ),
            (
                json!([{ "id": "p/c", "name": "Sûreté", "aliases": ["D.G.S.N."], "mentions": mention() }]),
                json!([]),
                c(0, 1, 0, 4),
            ),
            (
                json!([{ "id": "p/c", "name": "Sûreté", "aliases": ["dgsn"], "mentions": mention() }]),
                json!([]),
                c(1, 1, 1, 4),
            ),
            // Named, but not in this document: not counted.
            (json!([{ "id": "p/a", "name": "Amal Haddad" }]), json!([]), c(0, 0, 0, 4)),
            // A participant counts even without a mention or an actor entry.
            (
                json!([{ "id": "p/a", "name": "Amal Haddad" }]),
                json!([{ "type": "visit", "participants": [
                { "actor": "p/a", "role": "agent" }, { "actor": "p/ghost", "role": "host" }] }]),
                c(1, 2, 1, 4),
            ),
            // Negated events do not bring their participants.
            (
                json!([{ "id": "p/a", "name": "Amal Haddad" }]),
                json!([{ "type": "visit", "modality": "negated",
                "participants": [{ "actor": "p/a", "role": "agent" }] }]),
                c(0, 0, 0, 4),
            ),
        ];
        for (i, (actors, events, want)) in table.into_iter().enumerate() {
            let r = score(&system(actors, events, json!([]), json!([])), std::slice::from_ref(&g));
            assert_eq!(r.totals.actors, want, "row {i}");
        }
    }

    #[test]
    fn event_rules() {
        let actors = json!([{ "id": "p/a", "name": "Amal" }, { "id": "p/b", "name": "Badr" }]);
        let g = gold(json!({
            "actors": { "a": { "names": ["amal"] }, "b": { "names": ["badr"] } },
            "events": [{ "types": ["visit", "meeting"], "date": "2024-11-25/2024-11-26", "participants": ["a"] }]
        }));
        let a = json!([{ "actor": "p/a", "role": "agent" }]);
        let b = json!([{ "actor": "p/b", "role": "agent" }]);
        let day = |s: &str| json!({ "start": s, "precision": "day" });
        let table = [
            (json!({ "type": "visit", "date": day("2024-11-25"), "participants": a }), c(1, 1, 1, 1), (0, 1)),
            (
                json!({ "type": "meeting", "date": day("2024-11-26"), "participants": a }),
                c(1, 1, 1, 1),
                (0, 1),
            ),
            (
                json!({ "type": "agreement", "date": day("2024-11-25"), "participants": a }),
                c(0, 1, 0, 1),
                (0, 0),
            ),
            (json!({ "type": "visit", "date": day("2024-11-27"), "participants": a }), c(0, 1, 0, 1), (0, 0)),
            (
                json!({ "type": "visit", "date": { "start": "2024-11", "precision": "month" }, "participants": a }),
                c(1, 1, 1, 1),
                (0, 1),
            ),
            (
                json!({ "type": "visit", "date": { "start": "2024-11-25", "end": "2024-11-26", "precision": "day" }, "participants": a }),
                c(1, 1, 1, 1),
                (1, 1),
            ),
            (json!({ "type": "visit", "participants": a }), c(0, 1, 0, 1), (0, 0)),
            (json!({ "type": "visit", "date": day("2024-11-25"), "participants": b }), c(0, 1, 0, 1), (0, 0)),
            (
                json!({ "type": "visit", "date": day("2024-11-25"), "participants": a, "modality": "negated" }),
                c(0, 0, 0, 1),
                (0, 0),
            ),
            (
                json!({ "type": "visit", "date": day("2024-11-25"), "participants": a, "modality": "hypothetical" }),
                c(0, 0, 0, 1),
                (0, 0),
            ),
            (
                json!({ "type": "visit", "date": day("2024-11-25"), "participants": a, "modality": "planned" }),
                c(1, 1, 1, 1),
                (0, 1),
            ),
        ];
        for (i, (event, want, (exact, matched))) in table.into_iter().enumerate() {
            let r = score(
                &system(actors.clone(), json!([event]), json!([]), json!([])),
                std::slice::from_ref(&g),
            );
            assert_eq!(r.totals.events, want, "row {i}");
            assert_eq!((r.date_exact, r.date_matched), (exact, matched), "row {i}");
        }
    }

    #[test]
    fn undated_gold_events_and_optional_gold() {
        let actors = json!([{ "id": "p/a", "name": "Amal" }]);
        let a = json!([{ "actor": "p/a", "role": "agent" }]);
        let g = gold(json!({
            "actors": { "a": { "names": ["amal"] } },
            "events": [{ "types": ["visit"], "date": null, "participants": ["a"] },
                       { "types": ["threat"], "date": "2024", "participants": ["a"], "optional": true }]
        }));
        let table = [
            // An undated gold event takes any date; exact only when undated too.
            (json!({ "type": "visit", "participants": a }), c(1, 1, 1, 1), (1, 1)),
            (
                json!({ "type": "visit", "date": { "start": "2020", "precision": "year" }, "participants": a }),
                c(1, 1, 1, 1),
                (0, 1),
            ),
            // Matching only an optional gold event: neither right nor wrong.
            (
                json!({ "type": "threat", "date": { "start": "2024-05", "precision": "month" }, "participants": a }),
                c(0, 0, 0, 1),
                (0, 0),
            ),
            (
                json!({ "type": "threat", "date": { "start": "2023", "precision": "year" }, "participants": a }),
                c(0, 1, 0, 1),
                (0, 0),
            ),
        ];
        for (i, (event, want, (exact, matched))) in table.into_iter().enumerate() {
            let r = score(
                &system(actors.clone(), json!([event]), json!([]), json!([])),
                std::slice::from_ref(&g),
            );
            assert_eq!(r.totals.events, want, "row {i}");
            assert_eq!((r.date_exact, r.date_matched), (exact, matched), "row {i}");
        }
    }

    #[test]
    fn relation_rules() {
        let actors = json!([{ "id": "p/a", "name": "Amal" }, { "id": "o/b", "name": "Bureau" }]);
        let g = gold(json!({
            "actors": { "a": { "names": ["amal"] }, "b": { "names": ["bureau"] } },
            "relations": [{ "type": "leads", "source": "a", "target": "b" },
                          { "type": "cooperates_with", "source": "b", "target": "a" },
                          { "type": "threatens", "source": "a", "target": "b", "optional": true }]
        }));
        let rel = |t: &str, s: &str, o: &str| json!({ "type": t, "source": s, "target": o });
        let table = [
            (rel("leads", "p/a", "o/b"), c(1, 1, 1, 2)),
            (rel("leads", "o/b", "p/a"), c(0, 1, 0, 2)),
            (rel("member_of", "p/a", "o/b"), c(0, 1, 0, 2)),
            (rel("cooperates_with", "p/a", "o/b"), c(1, 1, 1, 2)),
            (rel("cooperates_with", "o/b", "p/a"), c(1, 1, 1, 2)),
            (rel("threatens", "p/a", "o/b"), c(0, 0, 0, 2)),
            (
                json!({ "type": "leads", "source": "p/a", "target": "o/b", "basis": "gazetteer", "evidence": [] }),
                c(0, 0, 0, 2),
            ),
        ];
        for (i, (r, want)) in table.into_iter().enumerate() {
            let rep =
                score(&system(actors.clone(), json!([]), json!([r]), json!([])), std::slice::from_ref(&g));
            assert_eq!(rep.totals.relations, want, "row {i}");
        }
    }

    #[test]
    fn time_rules() {
        let g = gold(json!({ "times": [
            { "text": "يومي 25 و26 نوفمبر", "value": "2024-11-25/2024-11-26" },
            { "text": "Friday", "value": "2024-11-22" },
            { "text": "three years", "value": null },
            { "text": "last week", "value": "2024-W47", "optional": true } ] }));
        let table = [
            (json!(["25 و26 نوفمبر", "2024-11-25/2024-11-26"]), c(1, 1, 1, 3)),
            (json!(["25 و26 نوفمبر", "2024-11-25"]), c(0, 1, 0, 3)),
            (json!(["on FRIDAY,", "2024-11-22/2024-11-22"]), c(1, 1, 1, 3)),
            (json!(["Fri", "2024-11-22"]), c(1, 1, 1, 3)),
            (json!(["Friday 29", "2024-11-29"]), c(0, 1, 0, 3)),
            (json!(["three years", null]), c(1, 1, 1, 3)),
            (json!(["last week", "2024-11-18/2024-11-24"]), c(0, 0, 0, 3)),
            (json!(["...", "2024"]), c(0, 1, 0, 3)),
        ];
        for (i, (t, want)) in table.into_iter().enumerate() {
            let rep = score(&system(json!([]), json!([]), json!([]), json!([t])), std::slice::from_ref(&g));
            assert_eq!(rep.totals.times, want, "row {i}");
        }
    }

    #[test]
    fn documents_found_by_id_or_path_stem() {
        let docs = |list: Value| -> TiesDoc {
            let mut t = system(json!([]), json!([]), json!([]), json!([]));
            t.documents = serde_json::from_value(list).unwrap();
            t
        };
        let g = |id: &str| Gold { doc: id.to_string(), ..Default::default() };
        let table = [
            (json!([{ "id": "x", "language": "ar" }]), "x", Some("x")),
            (json!([{ "id": "site-1", "language": "ar", "path": "in/x.txt" }]), "x", Some("site-1")),
            (
                json!([{ "id": "a", "language": "ar", "path": "1/x.txt" }, { "id": "b", "language": "ar", "path": "2/x.html" }]),
                "x",
                Some("a"),
            ),
            (
                json!([{ "id": "a", "language": "ar", "path": "1/x.txt" }, { "id": "x", "language": "ar" }]),
                "x",
                Some("x"),
            ),
            (json!([{ "id": "a", "language": "ar", "path": "x.txt" }]), "y", None),
        ];
        for (i, (list, gold_doc, want)) in table.into_iter().enumerate() {
            let r = score(&docs(list), &[g(gold_doc)]);
            assert_eq!(r.rows[0].system_doc.as_deref(), want, "row {i}");
            assert_eq!(r.missing_docs.is_empty(), want.is_some(), "row {i}");
        }
    }

    #[test]
    fn totals_are_micro_averaged() {
        // Two documents: 1 of 1 actors right in the first, 0 of 3 in the
        // second: precision 1/4, not the mean 1/2.
        let mut sys = system(
            json!([{ "id": "p/a", "name": "Amal", "mentions": mention() }]),
            json!([]),
            json!([]),
            json!([]),
        );
        let others: Vec<Value> = ["p/x", "p/y", "p/z"]
            .iter()
            .map(|id| {
                json!({ "id": id, "kind": "person", "name": id,
                    "mentions": [{ "doc": "e", "start": 0, "end": 0, "text": "" }] })
            })
            .collect();
        let other: TiesDoc = serde_json::from_value(json!({
            "schema": "ties/1", "documents": [{ "id": "e", "language": "en" }],
            "actors": others, "events": [], "relations": [], "times": []
        }))
        .unwrap();
        sys.documents.extend(other.documents);
        sys.actors.extend(other.actors);
        let g1 = gold(json!({ "actors": { "a": { "names": ["Amal"] } } }));
        let mut g2 = gold(json!({ "actors": { "q": { "names": ["Q"] } } }));
        g2.doc = "e".into();
        let r = score(&sys, &[g1, g2]);
        assert_eq!(r.totals.actors, c(1, 4, 1, 2));
        assert_eq!(r.summary().actors, Prf { p: 0.25, r: 0.5, f1: 0.333 });
    }

    #[test]
    fn summary_rounds_half_to_even_and_prints_like_the_reference() {
        let mut r = Report::default();
        r.totals.events = c(1, 16, 3, 16);
        r.date_exact = 0;
        r.date_matched = 0;
        r.missing_docs = vec!["doc \"q\"".into()];
        let s = r.summary();
        assert_eq!((s.events.p, s.events.r), (0.062, 0.188));
        assert_eq!(
            r.to_json(),
            "{\"actors\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, \"events\": {\"p\": 0.062, \"r\": 0.188, \
             \"f1\": 0.094}, \"relations\": {\"p\": 0.0, \"r\": 0.0, \"f1\": 0.0}, \"times\": {\"p\": 0.0, \
             \"r\": 0.0, \"f1\": 0.0}, \"event_date_exact\": 0.0, \"missing_docs\": [\"doc \\\"q\\\"\"]}"
        );
    }

    #[test]
    fn table_lists_documents_then_totals() {
        let mut r = score(&system(json!([]), json!([]), json!([]), json!([])), &[gold(json!({}))]);
        r.rows[0].scores.actors = c(1, 2, 1, 1);
        r.totals.actors = c(1, 2, 1, 1);
        r.missing_docs = vec!["m".into()];
        let text = r.render_table();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "d                act 0.67  eve 0.00  rel 0.00  tim 0.00");
        assert_eq!(lines[1], "actors     P 0.500  R 1.000  F1 0.667");
        assert_eq!(lines[5], "event dates exact (of matched gold events): 0.000");
        assert_eq!(lines[6], "documents with no output: m");
    }

    #[test]
    fn system_files_are_one_document_or_json_lines() {
        let one = r#"{"schema":"ties/1","documents":[{"id":"a","language":"ar"}],"actors":[],"events":[],"relations":[],"times":[]}"#;
        let two = one.replace("\"a\"", "\"b\"");
        assert_eq!(parse_system(one).unwrap().documents.len(), 1);
        let lines = format!("{one}\n\n{two}\n");
        let doc = parse_system(&lines).unwrap();
        assert_eq!(doc.documents.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(parse_system(&format!("{one}\n{{oops\n")).unwrap_err().0, Some(2));
        assert_eq!(parse_system(r#"{"schema":"ties/1","documents":7}"#).unwrap_err().0, None);
        assert!(parse_system("").is_ok_and(|d| d.documents.is_empty()));
    }

    proptest::proptest! {
        /// Arbitrary names, dates, values and paths never make scoring panic.
        #[test]
        fn scoring_never_panics(
            name in "\\PC{0,12}", gold_name in "\\PC{0,12}", start in "[0-9/+_ -]{0,14}|\\PC{0,6}",
            end in "[0-9/+_ -]{0,14}", gold_date in "[0-9/+_ -]{0,14}|\\PC{0,6}", path in "\\PC{0,10}",
            value in "[0-9/-]{0,12}", text in "\\PC{0,8}",
        ) {
            let mut sys = system(
                json!([{ "id": "p/a", "name": name.clone(), "aliases": [text.clone()] }]),
                json!([{ "type": "visit", "date": { "start": start, "end": end, "precision": "day" },
                         "participants": [{ "actor": "p/a", "role": "agent" }] }]),
                json!([{ "type": "cooperates_with", "source": "p/a", "target": "p/b" }]),
                json!([[text.clone(), value.clone()]]),
            );
            sys.documents[0].path = Some(path);
            let g = gold(json!({
                "actors": { "a": { "names": [gold_name] } },
                "events": [{ "types": ["visit"], "date": gold_date, "participants": ["a", "missing"] }],
                "relations": [{ "type": "cooperates_with", "source": "a", "target": "unknown" }],
                "times": [{ "text": name, "value": value }]
            }));
            let r = score(&sys, &[g]);
            proptest::prop_assert_eq!(r.rows.len(), 1);
            let _ = r.render_table();
            let _ = r.to_json();
        }
    }
}
