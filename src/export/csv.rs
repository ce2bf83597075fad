//! `events.csv` and `relations.csv`: one row per event and per relation,
//! for spreadsheets.
//!
//! RFC 4180 through the `csv` crate (fields quoted when needed, UTF-8, a
//! header row). Lists (participant ids, names, documents) are joined with
//! `; `. A cell that a spreadsheet would read as a formula (starting with
//! `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`
//! ([`neutralize`]), so a hostile article cannot plant one.

use crate::export::text::{actor_index, name_of, one_line, to_text};
use crate::model::{Role, TiesDoc};
use std::collections::BTreeSet;

/// Makes a cell inert in spreadsheets: a leading `'` before `= + - @`, tab
/// or carriage return (OWASP's advice against CSV injection).
pub fn neutralize(s: &str) -> String {
    let s = one_line(s);
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s }
}

fn to_csv(
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header)?;
    for r in rows {
        w.write_record(r.iter().map(|c| neutralize(c)))?;
    }
    w.flush()
}

/// `events.csv`: id, type, cameo, dates, modality, confidence, sources,
/// participants by role (ids and names), place, summary, first evidence
/// sentence, documents.
pub fn events(doc: &TiesDoc) -> Vec<u8> {
    to_text(|w| write_events(doc, w)).into_bytes()
}

/// Writes [`events`] into `out`.
pub fn write_events(doc: &TiesDoc, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let actors = actor_index(doc);
    let header = [
        "id",
        "type",
        "cameo",
        "start",
        "end",
        "precision",
        "modality",
        "confidence",
        "sources",
        "agents",
        "agent_names",
        "others",
        "other_names",
        "location",
        "location_names",
        "summary",
        "evidence",
        "documents",
    ];
    let rows = doc.events.iter().map(|e| {
        let pick = |f: &dyn Fn(Role) -> bool| -> (String, String) {
            let ps: Vec<&str> =
                e.participants.iter().filter(|p| f(p.role)).map(|p| p.actor.as_str()).collect();
            (ps.join("; "), ps.iter().map(|id| name_of(&actors, id)).collect::<Vec<_>>().join("; "))
        };
        let (agents, agent_names) = pick(&|r| r == Role::Agent);
        let (others, other_names) = pick(&|r| !matches!(r, Role::Agent | Role::Location));
        let (places, place_names) = pick(&|r| r == Role::Location);
        let docs: BTreeSet<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
        vec![
            e.id.clone(),
            e.kind.clone(),
            e.cameo.clone(),
            e.date.as_ref().map(|d| d.start.clone()).unwrap_or_default(),
            e.date.as_ref().and_then(|d| d.end.clone()).unwrap_or_default(),
            e.date.as_ref().map(|d| format!("{:?}", d.precision).to_lowercase()).unwrap_or_default(),
            e.modality.as_str().to_string(),
            format!("{}", e.confidence),
            e.sources.unwrap_or(docs.len().max(1)).to_string(),
            agents,
            agent_names,
            others,
            other_names,
            places,
            place_names,
            e.summary.clone(),
            e.evidence.first().map(|v| v.text.clone()).unwrap_or_default(),
            docs.into_iter().collect::<Vec<_>>().join("; "),
        ]
    });
    to_csv(&header, rows, out)
}

/// `relations.csv`: id, type, both ends (ids and names), validity, basis,
/// confidence, first evidence sentence, documents.
pub fn relations(doc: &TiesDoc) -> Vec<u8> {
    to_text(|w| write_relations(doc, w)).into_bytes()
}

/// Writes [`relations`] into `out`.
pub fn write_relations(doc: &TiesDoc, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let actors = actor_index(doc);
    let header = [
        "id",
        "type",
        "source",
        "source_name",
        "target",
        "target_name",
        "valid_from",
        "valid_to",
        "basis",
        "confidence",
        "evidence",
        "documents",
    ];
    let rows = doc.relations.iter().map(|r| {
        let docs: BTreeSet<&str> = r.evidence.iter().map(|v| v.doc.as_str()).collect();
        vec![
            r.id.clone(),
            r.kind.clone(),
            r.source.clone(),
            name_of(&actors, &r.source).to_string(),
            r.target.clone(),
            name_of(&actors, &r.target).to_string(),
            r.valid.as_ref().and_then(|v| v.start.clone()).unwrap_or_default(),
            r.valid.as_ref().and_then(|v| v.end.clone()).unwrap_or_default(),
            r.basis.map(|_| "gazetteer".to_string()).unwrap_or_default(),
            r.confidence.map(|c| c.to_string()).unwrap_or_default(),
            r.evidence.first().map(|v| v.text.clone()).unwrap_or_default(),
            docs.into_iter().collect::<Vec<_>>().join("; "),
        ]
    });
    to_csv(&header, rows, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralized() {
        #[rustfmt::skip]
        let table = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+1", "'+1+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'=1"), (" \r\n-1", "'-1"),
            ("a=1", "a=1"), ("2024-11", "2024-11"), ("المغرب", "المغرب"),
        ];
        for (input, want) in table {
            assert_eq!(neutralize(input), want, "{input:?}");
        }
    }
}
