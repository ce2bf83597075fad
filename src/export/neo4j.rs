//! `neo4j/`: the graph for Neo4j, two ways.
//!
//! - `nodes.csv` and `relationships.csv` in the header format of
//!   `neo4j-admin database import full` (`id:ID`, `:LABEL`, `:START_ID`,
//!   `:END_ID`, `:TYPE`, typed properties, arrays split on `;`):
//!   `neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv`.
//! - `import.cypher`: an idempotent script for a running database —
//!   uniqueness constraints, then `MERGE` on nodes by id, then `MERGE` on
//!   relationships between matched nodes, in batches of 500 rows, so
//!   running it twice adds nothing.
//!
//! Actors are `:Actor` plus their kind (`:Person`, `:Country`...); events are
//! `:Event`; participation is `PARTICIPATES_IN {role}`; relations keep
//! their type in upper snake case (`LEADS`, `PART_OF`). Dates stay ISO
//! strings at their precision (`2023-11`), because Neo4j's `date` type
//! needs a day. These files are for Neo4j, not spreadsheets: cells are not
//! altered against formula injection (see [`super::csv`]).

use crate::export::text::{actor_index, arabic_name, one_line};
use crate::model::TiesDoc;
use std::fmt::Write as _;

/// A relationship type: upper snake case, ASCII letters, digits and `_`.
pub fn rel_type(kind: &str) -> String {
    let t: String =
        kind.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    if t.is_empty() || t.starts_with(|c: char| c.is_ascii_digit()) { format!("R_{t}") } else { t }
}

fn label_of(kind: &str) -> String {
    let mut c = kind.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

fn write_csv(header: &[&str], rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).expect("writing to memory does not fail");
    for r in rows {
        w.write_record(r.iter().map(|c| one_line(c))).expect("writing to memory does not fail");
    }
    w.into_inner().expect("writing to memory does not fail")
}

/// `nodes.csv`: actors, then events.
pub fn nodes(doc: &TiesDoc) -> Vec<u8> {
    let header = [
        "id:ID",
        ":LABEL",
        "name",
        "name_ar",
        "kind",
        "country",
        "cameo",
        "aliases:string[]",
        "type",
        "start",
        "end",
        "precision",
        "modality",
        "confidence:double",
        "sources:int",
        "summary",
    ];
    let mut rows = vec![];
    for a in &doc.actors {
        rows.push(vec![
            a.id.clone(),
            format!("Actor;{}", label_of(a.kind.as_str())),
            a.name.clone(),
            arabic_name(a).unwrap_or_default().to_string(),
            a.kind.as_str().to_string(),
            a.country.clone().unwrap_or_default(),
            a.cameo.clone().unwrap_or_default(),
            a.aliases.iter().map(|x| x.replace(';', ",")).collect::<Vec<_>>().join(";"),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    for e in &doc.events {
        rows.push(vec![
            format!("event:{}", e.id),
            "Event".to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            e.cameo.clone(),
            String::new(),
            e.kind.clone(),
            e.date.as_ref().map(|d| d.start.clone()).unwrap_or_default(),
            e.date.as_ref().map(|d| d.end.clone().unwrap_or_else(|| d.start.clone())).unwrap_or_default(),
            e.date.as_ref().map(|d| format!("{:?}", d.precision).to_lowercase()).unwrap_or_default(),
            e.modality.as_str().to_string(),
            e.confidence.to_string(),
            e.sources.unwrap_or(1).to_string(),
            e.summary.clone(),
        ]);
    }
    write_csv(&header, rows)
}

/// `relationships.csv`: participation (actor → event), then relations.
pub fn relationships(doc: &TiesDoc) -> Vec<u8> {
    let actors = actor_index(doc);
    let header =
        [":START_ID", ":END_ID", ":TYPE", "role", "valid_from", "valid_to", "basis", "confidence:double"];
    let mut rows = vec![];
    for e in &doc.events {
        for p in &e.participants {
            if actors.contains_key(p.actor.as_str()) {
                rows.push(vec![
                    p.actor.clone(),
                    format!("event:{}", e.id),
                    "PARTICIPATES_IN".into(),
                    p.role.as_str().into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
    }
    for r in &doc.relations {
        if actors.contains_key(r.source.as_str()) && actors.contains_key(r.target.as_str()) {
            rows.push(vec![
                r.source.clone(),
                r.target.clone(),
                rel_type(&r.kind),
                String::new(),
                r.valid.as_ref().and_then(|v| v.start.clone()).unwrap_or_default(),
                r.valid.as_ref().and_then(|v| v.end.clone()).unwrap_or_default(),
                r.basis.map(|_| "gazetteer".to_string()).unwrap_or_default(),
                r.confidence.map(|c| c.to_string()).unwrap_or_default(),
            ]);
        }
    }
    write_csv(&header, rows)
}

/// A Cypher string literal: single quotes, `\` `'` and line breaks escaped,
/// other control characters dropped.
pub fn cypher_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('\'');
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '\n' => o.push_str("\\n"),
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o.push('\'');
    o
}

/// A Cypher map literal from keys (plain identifiers) and values (already literals).
fn map(fields: &[(&str, String)]) -> String {
    let inner: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    format!("{{{}}}", inner.join(", "))
}

fn opt(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_string(), cypher_str)
}

const BATCH: usize = 500;

fn unwind(o: &mut String, rows: &[String], body: &str) {
    for chunk in rows.chunks(BATCH) {
        let _ = writeln!(o, "UNWIND [\n  {}\n] AS row\n{body};\n", chunk.join(",\n  "));
    }
}

/// `import.cypher`: the idempotent MERGE script.
pub fn cypher(doc: &TiesDoc) -> String {
    let actors = actor_index(doc);
    let mut o = String::from(
        "// ties graph for Neo4j: run with cypher-shell -f import.cypher (idempotent).\n\
         CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n\
         CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;\n\n",
    );
    // Actors, one UNWIND per kind so the kind label can be set literally.
    let mut kinds: Vec<&str> = doc.actors.iter().map(|a| a.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for kind in kinds {
        let rows: Vec<String> = doc
            .actors
            .iter()
            .filter(|a| a.kind.as_str() == kind)
            .map(|a| {
                map(&[
                    ("id", cypher_str(&a.id)),
                    ("name", cypher_str(&a.name)),
                    ("name_ar", opt(arabic_name(a))),
                    ("kind", cypher_str(kind)),
                    ("country", opt(a.country.as_deref())),
                    ("cameo", opt(a.cameo.as_deref())),
                    (
                        "aliases",
                        format!(
                            "[{}]",
                            a.aliases.iter().map(|x| cypher_str(x)).collect::<Vec<_>>().join(", ")
                        ),
                    ),
                ])
            })
            .collect();
        unwind(
            &mut o,
            &rows,
            &format!(
                "MERGE (a:Actor {{id: row.id}})\nSET a:{}, a.name = row.name, a.name_ar = row.name_ar, a.kind = row.kind, a.country = row.country, a.cameo = row.cameo, a.aliases = row.aliases",
                label_of(kind)
            ),
        );
    }
    let rows: Vec<String> = doc
        .events
        .iter()
        .map(|e| {
            map(&[
                ("id", cypher_str(&format!("event:{}", e.id))),
                ("type", cypher_str(&e.kind)),
                ("cameo", cypher_str(&e.cameo)),
                ("start", opt(e.date.as_ref().map(|d| d.start.as_str()))),
                ("end", opt(e.date.as_ref().map(|d| d.end.as_deref().unwrap_or(&d.start)))),
                ("modality", cypher_str(e.modality.as_str())),
                ("confidence", format!("{}", e.confidence)),
                ("sources", e.sources.unwrap_or(1).to_string()),
                ("summary", cypher_str(&e.summary)),
            ])
        })
        .collect();
    unwind(
        &mut o,
        &rows,
        "MERGE (e:Event {id: row.id})\nSET e.type = row.type, e.cameo = row.cameo, e.start = row.start, e.end = row.end, e.modality = row.modality, e.confidence = row.confidence, e.sources = row.sources, e.summary = row.summary",
    );
    let rows: Vec<String> = doc
        .events
        .iter()
        .flat_map(|e| {
            e.participants.iter().filter(|p| actors.contains_key(p.actor.as_str())).map(move |p| {
                map(&[
                    ("a", cypher_str(&p.actor)),
                    ("e", cypher_str(&format!("event:{}", e.id))),
                    ("role", cypher_str(p.role.as_str())),
                ])
            })
        })
        .collect();
    unwind(
        &mut o,
        &rows,
        "MATCH (a:Actor {id: row.a}) MATCH (e:Event {id: row.e})\nMERGE (a)-[:PARTICIPATES_IN {role: row.role}]->(e)",
    );
    let mut types: Vec<String> = doc.relations.iter().map(|r| rel_type(&r.kind)).collect();
    types.sort();
    types.dedup();
    for t in types {
        let rows: Vec<String> = doc
            .relations
            .iter()
            .filter(|r| rel_type(&r.kind) == t)
            .filter(|r| actors.contains_key(r.source.as_str()) && actors.contains_key(r.target.as_str()))
            .map(|r| {
                map(&[
                    ("s", cypher_str(&r.source)),
                    ("t", cypher_str(&r.target)),
                    ("valid_from", opt(r.valid.as_ref().and_then(|v| v.start.as_deref()))),
                    ("valid_to", opt(r.valid.as_ref().and_then(|v| v.end.as_deref()))),
                    ("basis", opt(r.basis.map(|_| "gazetteer"))),
                ])
            })
            .collect();
        unwind(
            &mut o,
            &rows,
            &format!(
                "MATCH (s:Actor {{id: row.s}}) MATCH (t:Actor {{id: row.t}})\nMERGE (s)-[r:{t}]->(t)\nSET r.valid_from = row.valid_from, r.valid_to = row.valid_to, r.basis = row.basis"
            ),
        );
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_types() {
        assert_eq!(cypher_str("it's a \\ test\n"), r"'it\'s a \\ test\n'");
        assert_eq!(rel_type("part_of"), "PART_OF");
        assert_eq!(rel_type("x) DETACH DELETE n //"), "X__DETACH_DELETE_N___");
        assert_eq!(rel_type("1st"), "R_1ST");
    }
}
