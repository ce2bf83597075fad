//! Merging per-document extractions into one document.

use crate::model::{Actor, Event, Relation, TiesDoc};
use std::collections::BTreeMap;

/// Merges `parts` into one document: documents and times side by side,
/// actors by id (names, aliases and mentions united), relations by type,
/// source and target (evidence united), events by id (evidence united,
/// `sources` counting the documents). Output is sorted, so the result does
/// not depend on the order of `parts`.
pub fn merge(parts: impl IntoIterator<Item = TiesDoc>) -> TiesDoc {
    let mut out = TiesDoc::new();
    let mut actors: BTreeMap<String, Actor> = BTreeMap::new();
    let mut relations: BTreeMap<(String, String, String), Relation> = BTreeMap::new();
    let mut events: BTreeMap<String, Event> = BTreeMap::new();
    for part in parts {
        out.documents.extend(part.documents);
        out.times.extend(part.times);
        for a in part.actors {
            match actors.get_mut(&a.id) {
                Some(have) => merge_actor(have, a),
                None => {
                    actors.insert(a.id.clone(), a);
                }
            }
        }
        for r in part.relations {
            let key = (r.kind.clone(), r.source.clone(), r.target.clone());
            match relations.get_mut(&key) {
                Some(have) => {
                    have.evidence.extend(r.evidence);
                    have.confidence = match (have.confidence, r.confidence) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    };
                    if have.basis.is_some() && !have.evidence.is_empty() {
                        have.basis = None;
                    }
                }
                None => {
                    relations.insert(key, r);
                }
            }
        }
        for e in part.events {
            match events.get_mut(&e.id) {
                Some(have) => {
                    have.evidence.extend(e.evidence);
                    have.confidence = have.confidence.max(e.confidence);
                    for t in e.topics {
                        if !have.topics.contains(&t) {
                            have.topics.push(t);
                        }
                    }
                }
                None => {
                    events.insert(e.id.clone(), e);
                }
            }
        }
    }
    out.documents.sort_by(|a, b| a.id.cmp(&b.id));
    out.documents.dedup_by(|a, b| a.id == b.id);
    out.times.sort();
    out.times.dedup();
    out.actors = actors
        .into_values()
        .map(|mut a| {
            a.mentions.sort();
            a.mentions.dedup();
            a.aliases.sort();
            a.aliases.dedup();
            a
        })
        .collect();
    out.relations = relations
        .into_values()
        .enumerate()
        .map(|(i, mut r)| {
            r.evidence.sort();
            r.evidence.dedup();
            r.id = format!("r{}", i + 1);
            r
        })
        .collect();
    out.events = events
        .into_values()
        .map(|mut e| {
            e.evidence.sort();
            e.evidence.dedup();
            e.topics.sort();
            let docs: std::collections::BTreeSet<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
            e.sources = (docs.len() > 1).then_some(docs.len());
            e
        })
        .collect();
    out.events.sort_by_key(event_order);
    out
}

fn event_order(e: &Event) -> (String, String) {
    (e.date.as_ref().map(|d| d.start.clone()).unwrap_or_else(|| "9999".into()), e.id.clone())
}

fn merge_actor(have: &mut Actor, a: Actor) {
    for (lang, n) in a.names {
        have.names.entry(lang).or_insert(n);
    }
    have.aliases.extend(a.aliases);
    have.mentions.extend(a.mentions);
    if have.country.is_none() {
        have.country = a.country;
    }
    if have.cameo.is_none() {
        have.cameo = a.cameo;
    }
    if have.title.is_none() {
        have.title = a.title;
    }
}
