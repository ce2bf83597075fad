//! Merging per-document extractions into one document.
//!
//! Actors meet by id, relations by type and ends, events first by id and
//! then across documents: two reports of the same event (same type,
//! overlapping dates, shared core participants, no conflicting place, both
//! on or both off the timeline) become one event that keeps all evidence
//! and counts its sources, as GDELT counts the articles of an event.

use crate::date::Period;
use crate::model::{Actor, Event, Participant, Relation, Role, TiesDoc};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Merges `parts` into one document: documents and times side by side,
/// actors by id (names, aliases and mentions united), relations by type,
/// source and target (evidence united), events by id (evidence united),
/// then the reports of one event by several documents into one event
/// (same type, overlapping dates, shared core participants), `sources`
/// counting the documents. Output is
/// sorted, so the result does not depend on the order of `parts`.
pub fn merge(parts: impl IntoIterator<Item = TiesDoc>) -> TiesDoc {
    let mut m = Merger::new();
    for part in parts {
        m.push(part);
    }
    m.finish()
}

/// [`merge`] one part at a time: each part is folded into the merged
/// actors, relations and events as it comes and can then be dropped, so
/// memory follows the merged graph rather than the sum of the parts (each
/// part repeats the whole record of every actor it names). The reports of
/// one event are united by [`Merger::finish`], over all events at once, so
/// the result is byte for byte that of [`merge`].
#[derive(Debug, Default)]
pub struct Merger {
    parts: usize,
    documents: Vec<crate::model::DocumentInfo>,
    times: Vec<crate::model::TimeExpr>,
    actors: BTreeMap<String, Actor>,
    relations: BTreeMap<(String, String, String), Relation>,
    /// Events by id: an index into `events` (their order does not matter,
    /// `merge_reports` sorts them).
    event_index: FxHashMap<String, usize>,
    events: Vec<Event>,
}

impl Merger {
    /// An empty merger.
    pub fn new() -> Merger {
        Merger::default()
    }

    /// How many parts were added.
    pub fn len(&self) -> usize {
        self.parts
    }

    /// Whether no part was added.
    pub fn is_empty(&self) -> bool {
        self.parts == 0
    }

    /// Folds a part in.
    pub fn push(&mut self, part: TiesDoc) {
        self.parts += 1;
        self.documents.extend(part.documents);
        self.times.extend(part.times);
        for a in part.actors {
            match self.actors.get_mut(&a.id) {
                Some(have) => merge_actor(have, a),
                None => {
                    self.actors.insert(a.id.clone(), a);
                }
            }
        }
        for r in part.relations {
            let key = (r.kind.clone(), r.source.clone(), r.target.clone());
            match self.relations.get_mut(&key) {
                Some(have) => {
                    have.evidence.extend(r.evidence);
                    have.confidence = match (have.confidence, r.confidence) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    };
                    if have.basis.is_some() && !have.evidence.is_empty() {
                        have.basis = None;
                    }
                    // What is known of when it holds, whatever the order of
                    // the parts: the widest span both reports allow.
                    have.valid = match (have.valid.take(), r.valid) {
                        (Some(a), Some(b)) => Some(crate::model::Valid {
                            start: a.start.zip(b.start).map(|(x, y)| x.min(y)),
                            end: a.end.zip(b.end).map(|(x, y)| x.max(y)),
                        }),
                        (a, b) => a.or(b),
                    };
                }
                None => {
                    self.relations.insert(key, r);
                }
            }
        }
        for e in part.events {
            match self.event_index.get(&e.id).map(|&i| &mut self.events[i]) {
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
                    self.event_index.insert(e.id.clone(), self.events.len());
                    self.events.push(e);
                }
            }
        }
    }

    /// The merged graph.
    pub fn finish(self) -> TiesDoc {
        let Merger { documents, times, actors, relations, event_index, events, .. } = self;
        let mut out = TiesDoc::new();
        out.documents = documents;
        out.times = times;
        out.documents.sort_by(|a, b| a.id.cmp(&b.id));
        out.documents.dedup_by(|a, b| a.id == b.id);
        // Times by document, then where they stand in it.
        out.times.sort_by(|a, b| (&a.doc, a.start, a.end, &a.text).cmp(&(&b.doc, b.start, b.end, &b.text)));
        out.times.dedup();
        out.actors = actors
            .into_values()
            .map(|mut a| {
                a.mentions.sort();
                a.mentions.dedup();
                if !a.aliases.is_sorted_by(|x, y| x < y) {
                    let aliases = Arc::make_mut(&mut a.aliases);
                    aliases.sort();
                    aliases.dedup();
                }
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
        drop(event_index);
        out.events = merge_reports(events)
            .into_iter()
            .map(|mut e| {
                e.evidence.sort();
                e.evidence.dedup();
                e.topics.sort();
                let docs: BTreeSet<&str> = e.evidence.iter().map(|v| v.doc.as_str()).collect();
                e.sources = (docs.len() > 1).then_some(docs.len());
                e
            })
            .collect();
        // Ids are unique here, so the order is total.
        out.events.sort_unstable_by(|a, b| event_order(a).cmp(&event_order(b)));
        out
    }
}

fn event_order(e: &Event) -> (&str, &str) {
    (e.date.as_ref().map_or("9999", |d| d.start.as_str()), e.id.as_str())
}

fn merge_actor(have: &mut Actor, a: Actor) {
    // Known actors share their names: most merges have nothing to add.
    if !Arc::ptr_eq(&have.names, &a.names) && a.names.keys().any(|k| !have.names.contains_key(k)) {
        let names = Arc::make_mut(&mut have.names);
        for (lang, n) in a.names.iter() {
            names.entry(lang.clone()).or_insert_with(|| n.clone());
        }
    }
    if !Arc::ptr_eq(&have.aliases, &a.aliases) && a.aliases.iter().any(|x| !have.aliases.contains(x)) {
        let aliases = Arc::make_mut(&mut have.aliases);
        for x in a.aliases.iter() {
            if !aliases.contains(x) {
                aliases.push(x.clone());
            }
        }
    }
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

/// Roles that make an event what it is (the place and the reporter do not).
fn is_core(role: Role) -> bool {
    !matches!(role, Role::Location | Role::Reporter)
}

/// What cross-document matching needs to know of an event: its actors and
/// documents as numbers (see [`Ids`]), each list sorted and without repeats.
struct Key {
    period: Option<Period>,
    core: Vec<u32>,
    places: Vec<u32>,
    docs: Vec<u32>,
    on_timeline: bool,
}

/// Numbers for the actor and document ids of the events being merged, so
/// that keys hold no strings of their own.
#[derive(Default)]
struct Ids(FxHashMap<String, u32>);

impl Ids {
    fn of(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.0.get(s) {
            return n;
        }
        let n = self.0.len() as u32;
        self.0.insert(s.to_string(), n);
        n
    }
}

fn sorted_set(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

/// How many numbers two sorted lists without repeats share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

impl Key {
    fn of(e: &Event, ids: &mut Ids) -> Key {
        let mut set = |keep: fn(Role) -> bool| -> Vec<u32> {
            sorted_set(e.participants.iter().filter(|p| keep(p.role)).map(|p| ids.of(&p.actor)).collect())
        };
        let core = set(is_core);
        let places = set(|r| r == Role::Location);
        Key {
            period: e.date.as_ref().and_then(crate::graph::project::event_period),
            core,
            places,
            docs: sorted_set(e.evidence.iter().map(|v| ids.of(&v.doc)).collect()),
            on_timeline: e.modality.on_timeline(),
        }
    }

    /// Are `self` and `other` two reports of one event?
    fn same_event(&self, other: &Key) -> bool {
        // Undated reports are never merged: with no date, two articles'
        // "threat to Europe" or "talks" may be years apart.
        let dates = match (&self.period, &other.period) {
            (Some(a), Some(b)) => a.overlaps(b),
            _ => false,
        };
        let shared_core = shared(&self.core, &other.core);
        let smaller = self.core.len().min(other.core.len());
        // One shared participant is enough only when one side names no more;
        // otherwise two (a minister's two trips in a month are two events).
        let participants = shared_core > 0 && (shared_core >= 2 || shared_core == smaller);
        let places =
            self.places.is_empty() || other.places.is_empty() || shared(&self.places, &other.places) > 0;
        dates
            && participants
            && places
            && self.on_timeline == other.on_timeline
            && shared(&self.docs, &other.docs) == 0
    }

    /// The same key without participants or documents (a new group's start).
    fn clone_meta(&self) -> Key {
        Key {
            period: self.period,
            core: Vec::new(),
            places: Vec::new(),
            docs: Vec::new(),
            on_timeline: self.on_timeline,
        }
    }

    fn absorb(&mut self, other: Key) {
        for (mine, theirs) in
            [(&mut self.core, other.core), (&mut self.places, other.places), (&mut self.docs, other.docs)]
        {
            mine.extend(theirs);
            mine.sort_unstable();
            mine.dedup();
        }
    }
}

/// How many open groups of one participant a report is compared with.
pub(crate) const LOOK_BACK: usize = 512;

/// Merges the events that several documents report into one event.
///
/// Events are compared within their type, in date order; an event joins the
/// first earlier group it matches ([`Key::same_event`]). The merged event
/// keeps the id, date and summary of the most precise report (then the
/// earliest id), unites participants (first role wins), topics and
/// evidence, and takes the highest confidence and the firmest modality.
///
/// An event is compared with at most [`LOOK_BACK`] of the most recent open
/// groups of each of its participants, so a text that tells the same kind
/// of event among the same people on the same day thousands of times (none
/// of which merge: they are of one document) costs O(n log n), not O(n²).
///
/// Complexity: O(n log n) plus, per dated event, at most `LOOK_BACK`
/// comparisons per participant.
pub(crate) fn merge_reports(events: Vec<Event>) -> Vec<Event> {
    let mut by_type: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for e in events {
        by_type.entry(e.kind.clone()).or_default().push(e);
    }
    let mut out = Vec::new();
    let mut ids = Ids::default();
    for (_, list) in by_type {
        // Sort small keys, not the events themselves (they are large).
        let keys: Vec<Key> = list.iter().map(|e| Key::of(e, &mut ids)).collect();
        let span = |k: &Key| k.period.map(|p| (p.start.first_day(), p.end.last_day()));
        let mut order: Vec<usize> = (0..list.len()).collect();
        // Ids are unique within the list (reports of one id were united by
        // `push`), so the order is total.
        order.sort_unstable_by(|&a, &b| {
            span(&keys[a]).cmp(&span(&keys[b])).then_with(|| list[a].id.cmp(&list[b].id))
        });
        let mut slots: Vec<Option<(Key, Event)>> = keys.into_iter().zip(list).map(Some).collect();
        let list = order.into_iter().filter_map(|i| slots[i].take());
        // Groups in creation order, and for each core participant the
        // groups that may still take an event: a report can only join a
        // group it shares a participant with. Dated events come in date
        // order, so a group ending before the current start is dropped from
        // those lists, and only the `LOOK_BACK` most recent are kept.
        let mut groups: Vec<(Key, Vec<Event>)> = Vec::new();
        let mut open: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for (key, e) in list {
            // An undated report is never merged (see `Key::same_event`): its
            // own group, which no later report looks for.
            let Some(start) = key.period.map(|p| p.start.first_day()) else {
                groups.push((key, vec![e]));
                continue;
            };
            let mut found: Option<usize> = None;
            for actor in &key.core {
                let Some(cands) = open.get_mut(actor) else { continue };
                cands.retain(|&g| groups[g].0.period.is_some_and(|p| p.end.last_day() >= start));
                if cands.len() > LOOK_BACK {
                    cands.drain(..cands.len() - LOOK_BACK);
                }
                for &g in cands.iter().rev() {
                    if found.is_some_and(|f| f >= g) {
                        break;
                    }
                    if groups[g].0.same_event(&key) {
                        found = Some(g);
                        break;
                    }
                }
            }
            let g = match found {
                Some(g) => g,
                None => {
                    groups.push((key.clone_meta(), vec![]));
                    groups.len() - 1
                }
            };
            for actor in &key.core {
                match open.get_mut(actor) {
                    Some(list) => {
                        if let Err(at) = list.binary_search(&g) {
                            list.insert(at, g);
                        }
                    }
                    None => {
                        open.insert(*actor, vec![g]);
                    }
                }
            }
            let (k, members) = &mut groups[g];
            k.absorb(key);
            members.push(e);
        }
        out.extend(groups.into_iter().map(|(_, m)| combine(m)));
    }
    out
}

/// One event from the reports of a group.
fn combine(mut members: Vec<Event>) -> Event {
    if members.len() == 1 {
        return members.pop().expect("one member");
    }
    let precision = |e: &Event| e.date.as_ref().map(|d| d.precision);
    members.sort_by(|a, b| precision(b).cmp(&precision(a)).then_with(|| a.id.cmp(&b.id)));
    let mut it = members.into_iter();
    let mut head = it.next().expect("a group is never empty");
    for e in it {
        for p in e.participants {
            if !head.participants.iter().any(|q| q.actor == p.actor) {
                head.participants.push(Participant { actor: p.actor, role: p.role });
            }
        }
        for t in e.topics {
            if !head.topics.contains(&t) {
                head.topics.push(t);
            }
        }
        head.evidence.extend(e.evidence);
        head.confidence = head.confidence.max(e.confidence);
        head.modality = head.modality.min(e.modality);
        if head.plover.is_none() {
            head.plover = e.plover;
        }
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests_support::*;
    use crate::model::{Modality, Role::*};

    fn doc_of(events: Vec<Event>) -> TiesDoc {
        let mut d = TiesDoc::new();
        d.events = events;
        d
    }

    /// (what, event in doc x, event in doc y, merged?)
    #[test]
    fn reports_of_one_event_merge_across_documents() {
        let a = "person/a";
        let b = "person/b";
        let c = "person/c";
        let m = "country/m";
        let n = "country/n";
        let table: Vec<(&str, Event, Event, bool)> = vec![
            (
                "same visit, day inside the range",
                event(
                    "x1",
                    "visit",
                    Some("2024-11-25/2024-11-26"),
                    &[(a, Agent), (b, Host), (m, Location)],
                    "x",
                ),
                event("y1", "visit", Some("2024-11-26"), &[(a, Agent), (b, Host)], "y"),
                true,
            ),
            (
                "month report of a day event",
                event("x1", "visit", Some("2024-11-25"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "visit", Some("2024-11"), &[(a, Agent), (b, Host)], "y"),
                true,
            ),
            (
                "one side names only the visitor",
                event("x1", "visit", Some("2024-11-25"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "visit", Some("2024-11"), &[(a, Agent)], "y"),
                true,
            ),
            (
                "different types",
                event("x1", "visit", Some("2024-11-25"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "meeting", Some("2024-11-25"), &[(a, Participant), (b, Participant)], "y"),
                false,
            ),
            (
                "dates apart",
                event("x1", "visit", Some("2024-11-25"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "visit", Some("2023-11"), &[(a, Agent), (b, Host)], "y"),
                false,
            ),
            (
                "same visitor, other hosts",
                event("x1", "visit", Some("2024-11"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "visit", Some("2024-11"), &[(a, Agent), (c, Host)], "y"),
                false,
            ),
            (
                "conflicting places",
                event("x1", "visit", Some("2024-11"), &[(a, Agent), (m, Location)], "x"),
                event("y1", "visit", Some("2024-11"), &[(a, Agent), (n, Location)], "y"),
                false,
            ),
            (
                "both undated",
                event("x1", "threat", None, &[(a, Agent), (b, Target)], "x"),
                event("y1", "threat", None, &[(a, Agent), (b, Target)], "y"),
                false,
            ),
            (
                "one dated, one undated",
                event("x1", "visit", Some("2024-11"), &[(a, Agent), (b, Host)], "x"),
                event("y1", "visit", None, &[(a, Agent), (b, Host)], "y"),
                false,
            ),
            (
                "same document: the extractor kept them apart",
                event("x1", "visit", Some("2024-11"), &[(a, Agent), (b, Host)], "x"),
                event("x2", "visit", Some("2024-11"), &[(a, Agent), (b, Host)], "x"),
                false,
            ),
        ];
        for (what, x, y, merged) in table {
            let out = merge([doc_of(vec![x]), doc_of(vec![y])]);
            assert_eq!(out.events.len() == 1, merged, "{what}: {:#?}", out.events);
            if merged {
                let e = &out.events[0];
                assert_eq!(e.sources, Some(2), "{what}");
                assert_eq!(e.evidence.len(), 2, "{what}");
                assert_eq!(e.id, "x1", "{what}: the most precise report gives the id");
            }
        }
    }

    #[test]
    fn merged_event_unites_participants_and_keeps_firmest_modality() {
        let mut x = event("x1", "visit", Some("2024-11-25"), &[("person/a", Agent), ("person/b", Host)], "x");
        x.modality = Modality::Planned;
        let y = event(
            "y1",
            "visit",
            Some("2024-11-25"),
            &[("person/a", Agent), ("person/b", Host), ("country/m", Location)],
            "y",
        );
        let out = merge([doc_of(vec![y]), doc_of(vec![x])]);
        assert_eq!(out.events.len(), 1);
        let e = &out.events[0];
        assert_eq!(e.modality, Modality::Asserted);
        assert_eq!(e.participants.len(), 3);
    }

    #[test]
    fn negated_and_asserted_reports_stay_apart() {
        let x = event(
            "x1",
            "meeting",
            Some("2024-11-25"),
            &[("person/a", Participant), ("person/b", Participant)],
            "x",
        );
        let mut y = x.clone();
        y.id = "y1".into();
        y.evidence[0].doc = "y".into();
        y.modality = Modality::Negated;
        assert_eq!(merge([doc_of(vec![x]), doc_of(vec![y])]).events.len(), 2);
    }

    #[test]
    fn merge_does_not_depend_on_input_order() {
        let x = event("x1", "visit", Some("2024-11-25"), &[("person/a", Agent)], "x");
        let y = event("y1", "visit", Some("2024-11"), &[("person/a", Agent)], "y");
        let z = event("z1", "visit", Some("2024-12"), &[("person/a", Agent)], "z");
        let one = merge([doc_of(vec![x.clone()]), doc_of(vec![y.clone()]), doc_of(vec![z.clone()])]);
        let two = merge([doc_of(vec![z]), doc_of(vec![y]), doc_of(vec![x])]);
        assert_eq!(one, two);
    }

    /// Thousands of same-day meetings of one document (which never merge)
    /// stay apart, and a report of another document still finds one of them.
    #[test]
    fn many_reports_of_one_document_stay_apart_and_another_document_joins() {
        let parts = [("person/a", Agent), ("person/b", Participant)];
        let n = 3 * LOOK_BACK;
        let mut events: Vec<Event> = (0..n)
            .map(|i| event(&format!("a{i:05}"), "meeting", Some("2024-11-25"), &parts, "doc-a"))
            .collect();
        events.push(event("b", "meeting", Some("2024-11-25"), &parts, "doc-b"));
        events.push(event("u", "meeting", None, &parts, "doc-b"));
        let out = merge_reports(events);
        assert_eq!(out.len(), n + 1, "one group per report of doc-a, and the undated report alone");
        let joined: Vec<&Event> = out.iter().filter(|e| e.evidence.len() == 2).collect();
        assert_eq!(joined.len(), 1);
        assert!(joined[0].evidence.iter().any(|v| v.doc == "doc-b"));
        assert!(out.iter().any(|e| e.id == "u" && e.evidence.len() == 1));
    }

    /// Merging part by part gives the bytes of one merge of every part:
    /// reports of one event (with participants of their own and dates of
    /// different precision) are united once, over all of them.
    #[test]
    fn merging_in_batches_gives_one_merge() {
        let (a, b, c) = ("person/a", "person/b", "country/c");
        let parts: Vec<TiesDoc> = (0..9)
            .map(|i| {
                let doc = format!("d{i}");
                let x = format!("person/x{i}");
                let day = ["2024-11-25", "2024-11", "2024-11-25"][i % 3];
                let mut d = doc_of(vec![
                    event(
                        &format!("m{i}"),
                        "meeting",
                        Some(day),
                        &[(a, Agent), (b, Participant), (&x, Participant)],
                        &doc,
                    ),
                    event(
                        &format!("v{i}"),
                        "visit",
                        Some(["2023-11", "2023-11-20"][i % 2]),
                        &[(a, Agent), (c, Location)],
                        &doc,
                    ),
                    event(&format!("s{i}"), "statement", None, &[(b, Agent)], &doc),
                ]);
                let mut r = relation("r", "leads", a, c);
                r.evidence = event("x", "x", None, &[], &doc).evidence;
                d.relations = vec![r];
                let mut actor = actor(a, crate::model::ActorKind::Person, "A");
                actor.aliases = vec![format!("A{}", i % 3)].into();
                d.actors = vec![actor];
                d
            })
            .collect();
        let whole = crate::export::json::to_string(&merge(parts.clone()));
        let mut m = Merger::new();
        for p in parts.clone() {
            m.push(p);
        }
        assert_eq!(m.len(), parts.len());
        assert_eq!(crate::export::json::to_string(&m.finish()), whole);
    }

    #[test]
    fn merged_actor_has_every_name_and_alias_once_in_order() {
        let id = "country/x";
        let shared =
            std::sync::Arc::new(vec!["Xland".to_string(), "Republic of X".to_string(), "Xland".to_string()]);
        let with = |names: &[(&str, &str)], aliases: std::sync::Arc<Vec<String>>| {
            let mut a = actor(id, crate::model::ActorKind::Country, "X");
            a.names =
                std::sync::Arc::new(names.iter().map(|(l, n)| (l.to_string(), n.to_string())).collect());
            a.aliases = aliases;
            let mut d = TiesDoc::new();
            d.actors = vec![a];
            d
        };
        let parts = vec![
            with(&[("ar", "اكس")], shared.clone()),
            with(&[("ar", "اكس")], shared.clone()),
            with(
                &[("fr", "Xie"), ("ar", "other")],
                std::sync::Arc::new(vec!["Ex".to_string(), "Xland".to_string()]),
            ),
        ];
        let merged = merge(parts);
        let a = &merged.actors[0];
        let names: Vec<(&str, &str)> = a.names.iter().map(|(l, n)| (l.as_str(), n.as_str())).collect();
        assert_eq!(names, [("ar", "اكس"), ("fr", "Xie")]);
        assert_eq!(*a.aliases, ["Ex", "Republic of X", "Xland"]);
        // The shared list the documents gave is left as it was.
        assert_eq!(shared.len(), 3);
    }
}
