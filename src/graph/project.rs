//! The actor projection: one edge per pair of actors that are tied, by a
//! relation or by taking part in the same event, with the kinds of tie,
//! the events behind it and the first and last dates it is seen.

use crate::date::{PartialDate, Period};
use crate::model::{Role, TiesDoc};
use rustc_hash::FxHashMap;

/// A tie between two actors in the projection (undirected: `a < b`),
/// borrowing its ids from the document it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorTie<'d> {
    /// The smaller actor id.
    pub a: &'d str,
    /// The larger actor id.
    pub b: &'d str,
    /// Relation types and event types that tie them, sorted, each once.
    pub kinds: Vec<&'d str>,
    /// Ids of the events both take part in, in document order.
    pub events: Vec<&'d str>,
    /// Ids of the relations between them.
    pub relations: Vec<&'d str>,
    /// The first date the tie is seen (event date or relation start).
    pub first: Option<PartialDate>,
    /// The last date the tie is seen.
    pub last: Option<PartialDate>,
    /// The dated periods the tie is seen in (one per event or relation).
    pub periods: Vec<Period>,
}

impl ActorTie<'_> {
    /// `first – last`, `first`, or an empty string when undated.
    pub fn date_range(&self) -> String {
        match (self.first, self.last) {
            (Some(f), Some(l)) if f != l => format!("{f} – {l}"),
            (Some(f), _) => f.to_string(),
            (None, Some(l)) => l.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// The period of an event date, when it parses.
pub fn event_period(d: &crate::model::EventDate) -> Option<Period> {
    let start = PartialDate::parse(&d.start)?;
    let end = d.end.as_deref().and_then(PartialDate::parse).unwrap_or(start);
    Some(Period { start, end })
}

/// Builds the actor projection of `doc`, sorted by `(a, b)`.
///
/// Co-participation counts only events that stand on the timeline (not
/// negated or hypothetical ones) and leaves out reporters. Self-ties are
/// dropped. Complexity: O(Σ participants² + relations) with a log factor.
pub fn project(doc: &TiesDoc) -> Vec<ActorTie<'_>> {
    let mut acc = Acc::default();
    for e in &doc.events {
        if !e.modality.on_timeline() {
            continue;
        }
        let period = e.date.as_ref().and_then(event_period);
        let ids: Vec<&str> = {
            let mut v: Vec<&str> = e
                .participants
                .iter()
                .filter(|p| p.role != Role::Reporter)
                .map(|p| p.actor.as_str())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        for (i, x) in ids.iter().enumerate() {
            for y in &ids[i + 1..] {
                acc.add(x, y, &e.kind, period, Some(&e.id), None);
            }
        }
    }
    for r in &doc.relations {
        let period = r.valid.as_ref().and_then(|v| {
            let s = v.start.as_deref().and_then(PartialDate::parse);
            let e = v.end.as_deref().and_then(PartialDate::parse);
            match (s, e) {
                (Some(s), Some(e)) => Some(Period { start: s, end: e }),
                (Some(d), None) | (None, Some(d)) => Some(Period::single(d)),
                (None, None) => None,
            }
        });
        acc.add(&r.source, &r.target, &r.kind, period, None, Some(&r.id));
    }
    acc.finish()
}

/// Gathers ties with hash lookups; [`Acc::finish`] sorts them once.
#[derive(Default)]
struct Acc<'a> {
    names: FxHashMap<&'a str, u32>,
    index: FxHashMap<(u32, u32), usize>,
    ties: Vec<ActorTie<'a>>,
    /// The name numbers of each tie's ends.
    ends: Vec<(u32, u32)>,
}

impl<'a> Acc<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let n = self.names.len() as u32;
        *self.names.entry(s).or_insert(n)
    }

    fn add(
        &mut self,
        x: &'a str,
        y: &'a str,
        kind: &'a str,
        period: Option<Period>,
        event: Option<&'a str>,
        relation: Option<&'a str>,
    ) {
        if x == y {
            return;
        }
        let (a, b) = if x < y { (x, y) } else { (y, x) };
        let key = (self.id(a), self.id(b));
        let next = self.ties.len();
        let i = *self.index.entry(key).or_insert(next);
        if i == next {
            self.ends.push(key);
            self.ties.push(ActorTie {
                a,
                b,
                kinds: vec![],
                events: vec![],
                relations: vec![],
                first: None,
                last: None,
                periods: vec![],
            });
        }
        let t = &mut self.ties[i];
        if !t.kinds.contains(&kind) {
            t.kinds.push(kind);
        }
        if let Some(e) = event
            && t.events.last() != Some(&e)
        {
            t.events.push(e);
        }
        if let Some(r) = relation {
            t.relations.push(r);
        }
        if let Some(p) = period {
            t.first = Some(t.first.map_or(p.start, |f| min_date(f, p.start)));
            t.last = Some(t.last.map_or(p.end, |l| max_date(l, p.end)));
            t.periods.push(p);
        }
    }

    fn finish(self) -> Vec<ActorTie<'a>> {
        // Sorted by the ranks of their ends' ids: the order of (a, b), with
        // the strings compared once per actor rather than per comparison.
        let mut by_name: Vec<(&str, u32)> = self.names.into_iter().collect();
        by_name.sort_unstable();
        let mut rank = vec![0u32; by_name.len()];
        for (r, (_, n)) in by_name.into_iter().enumerate() {
            rank[n as usize] = r as u32;
        }
        let mut ties: Vec<(u64, ActorTie<'a>)> = self
            .ends
            .into_iter()
            .zip(self.ties)
            .map(|((a, b), t)| ((u64::from(rank[a as usize]) << 32) | u64::from(rank[b as usize]), t))
            .collect();
        ties.sort_unstable_by_key(|(k, _)| *k);
        ties.into_iter()
            .map(|(_, mut t)| {
                t.kinds.sort_unstable();
                t.periods.sort();
                t.periods.dedup();
                t
            })
            .collect()
    }
}

/// The earlier of two dates by their first day (the coarser on a tie).
fn min_date(a: PartialDate, b: PartialDate) -> PartialDate {
    if (b.first_day(), b.precision()) < (a.first_day(), a.precision()) { b } else { a }
}

/// The later of two dates by their last day.
fn max_date(a: PartialDate, b: PartialDate) -> PartialDate {
    if b.last_day() > a.last_day() { b } else { a }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests_support::small_doc;

    #[test]
    fn ties_from_events_and_relations() {
        let doc = small_doc();
        let ties = project(&doc);
        let pairs: Vec<(&str, &str)> = ties.iter().map(|t| (t.a, t.b)).collect();
        assert_eq!(pairs, [("country/c", "person/b"), ("person/a", "person/b")]);
        let ab = &ties[1];
        assert_eq!(ab.kinds, ["leads", "visit"]);
        assert_eq!(ab.events, ["e1"]);
        assert_eq!(ab.relations, ["r2"]);
        assert_eq!(ab.date_range(), "2023-11");
        let bc = &ties[0];
        assert_eq!(bc.date_range(), "2024-11-25 – 2024-11-26");
    }

    #[test]
    fn ties_are_sorted_by_their_ends_whatever_order_the_actors_come_in() {
        use crate::graph::tests_support::event;
        use crate::model::Role::*;
        // Actors first seen in an order unlike their ids' order.
        let names = ["person/z", "country/m", "person/b", "group/q", "country/a", "person/k"];
        let mut doc = TiesDoc::new();
        for (i, w) in names.windows(3).enumerate() {
            let parts = [(w[0], Agent), (w[1], Target), (w[2], Location)];
            doc.events.push(event(&format!("e{i}"), "visit", Some("2024-11-25"), &parts, "d"));
        }
        let pairs: Vec<(&str, &str)> = project(&doc).iter().map(|t| (t.a, t.b)).collect();
        let mut sorted = pairs.clone();
        sorted.sort();
        assert_eq!(pairs, sorted);
        assert!(pairs.iter().all(|(a, b)| a < b));
        assert_eq!(pairs.len(), 9, "{pairs:?}");
    }

    #[test]
    fn hypothetical_events_make_no_tie() {
        let mut doc = small_doc();
        doc.relations.clear();
        doc.events[0].modality = crate::model::Modality::Hypothetical;
        let ties = project(&doc);
        assert_eq!(ties.len(), 1);
        assert_eq!(ties[0].a, "country/c");
    }
}
