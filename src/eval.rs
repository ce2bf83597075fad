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
}

impl<'a> System<'a> {
    fn new(sys: &'a TiesDoc) -> Self {
        let mut names = BTreeMap::new();
        for a in &sys.actors {
            let set: BTreeSet<String> = std::iter::once(&a.name)
                .chain(a.names.values())
                .chain(a.aliases.iter())
                .map(|n| norm(n))
                .filter(|n| !n.is_empty())
                .collect();
            names.insert(a.id.as_str(), set);
        }
        let mut alias = BTreeMap::new();
        for d in &sys.documents {
            alias.insert(d.id.as_str(), d.id.as_str());
            if let Some(p) = d.path.as_deref().filter(|p| !p.is_empty()) {
                alias.entry(path_stem(p)).or_insert(d.id.as_str());
            }
        }
        System { sys, names, alias }
    }

    fn matches(&self, actor: &str, gold: &BTreeSet<String>) -> bool {
        self.names.get(actor).is_some_and(|names| names.iter().any(|n| gold.contains(n)))
    }

    fn score_doc(&self, gold: &Gold) -> (Option<&'a str>, Scores, usize, usize) {
        let sys_doc = self.alias.get(gold.doc.as_str()).copied();
        let in_doc = |ev: &[crate::model::Evidence]| sys_doc.is_some_and(|d| ev.iter().any(|e| e.doc == d));
        let empty = BTreeSet::new();
        let gactors: BTreeMap<&str, BTreeSet<String>> = gold
            .actors
            .iter()
            .map(|(k, v)| (k.as_str(), v.names.iter().map(|n| norm(n)).collect()))
            .collect();
        let gnames = |key: &str| gactors.get(key).unwrap_or(&empty);
        let events: Vec<&Event> =
            self.sys.events.iter().filter(|e| in_doc(&e.evidence) && e.modality.on_timeline()).collect();
        let relations: Vec<_> = self.sys.relations.iter().filter(|r| in_doc(&r.evidence)).collect();
        let times: Vec<_> = self.sys.times.iter().filter(|t| Some(t.doc.as_str()) == sys_doc).collect();
        let mut actor_ids: BTreeSet<&str> =
            events.iter().flat_map(|e| e.participants.iter().map(|p| p.actor.as_str())).collect();
        for r in &relations {
            actor_ids.insert(&r.source);
            actor_ids.insert(&r.target);
        }
        for a in &self.sys.actors {
            if a.mentions.iter().any(|m| Some(m.doc.as_str()) == sys_doc) {
                actor_ids.insert(&a.id);
            }
        }
        let mut scores = Scores::default();

        // Actors.
        scores.actors = Counts {
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
        scores.events = c;

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
        scores.relations = c;

        // Time expressions: one text contains the other, same value.
        let gold_texts: Vec<String> = gold.times.iter().map(|g| norm(&g.text)).collect();
        let sys_texts: Vec<String> = times.iter().map(|t| norm(&t.text)).collect();
        let overlap = |a: &str, b: &str| !a.is_empty() && !b.is_empty() && (b.contains(a) || a.contains(b));
        let t_match = |ti: usize, gi: usize| {
            overlap(&sys_texts[ti], &gold_texts[gi])
                && canon(times[ti].value.as_deref()) == canon(gold.times[gi].value.as_deref())
        };
        let mut c = Counts::default();
        for ti in 0..times.len() {
            let overlapping: Vec<usize> =
                (0..gold.times.len()).filter(|&gi| overlap(&sys_texts[ti], &gold_texts[gi])).collect();
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
        scores.times = c;

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
