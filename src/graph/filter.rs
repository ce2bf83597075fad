//! Filters shared by every export and query: an actor's neighbourhood
//! (`--actor ID --depth N`), a date window (`--from --to`), event types
//! (`--types visit,meeting`) and a confidence floor (`--min-confidence`).
//!
//! [`Filter::apply`] cuts a sub-document; exporters and queries then work on
//! it as on any `ties/1` document.

use crate::date::{PartialDate, Period};
use crate::graph::project::{event_period, project};
use crate::model::{Event, Relation, TiesDoc};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// What to keep of a document. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Keep the neighbourhood of this actor id.
    pub actor: Option<String>,
    /// How many ties away from `actor` to go (default 1).
    pub depth: Option<usize>,
    /// Keep events that end on or after this date.
    pub from: Option<PartialDate>,
    /// Keep events that start on or before this date.
    pub to: Option<PartialDate>,
    /// Keep events of these types (empty: all).
    pub types: Vec<String>,
    /// Keep events and relations at least this sure (relations without a
    /// confidence, such as gazetteer facts, are kept).
    pub min_confidence: Option<f64>,
}

/// A filter that cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// `--actor` names no actor of the document.
    #[error("no actor {0:?} in the graph")]
    UnknownActor(String),
}

impl Filter {
    /// Does it keep everything?
    pub fn is_empty(&self) -> bool {
        self.actor.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.types.is_empty()
            && self.min_confidence.is_none()
    }

    /// The date window as a period, when one side or both are given.
    fn window(&self) -> Option<Period> {
        match (self.from, self.to) {
            (None, None) => None,
            (f, t) => Some(Period {
                start: f.unwrap_or(PartialDate::Year(-9999)),
                end: t.unwrap_or(PartialDate::Year(9999)),
            }),
        }
    }

    /// Does the event pass the date, type and confidence tests?
    ///
    /// An undated event passes a date window only when no window is set.
    pub fn keeps_event(&self, e: &Event) -> bool {
        if !self.types.is_empty() && !self.types.iter().any(|t| t == &e.kind) {
            return false;
        }
        if let Some(min) = self.min_confidence
            && e.confidence < min
        {
            return false;
        }
        match self.window() {
            None => true,
            Some(w) => e.date.as_ref().and_then(event_period).is_some_and(|p| p.overlaps(&w)),
        }
    }

    /// Does the relation pass the confidence and date tests? A relation
    /// with no validity dates passes any window.
    pub fn keeps_relation(&self, r: &Relation) -> bool {
        if let (Some(min), Some(c)) = (self.min_confidence, r.confidence)
            && c < min
        {
            return false;
        }
        let Some(w) = self.window() else { return true };
        let Some(v) = &r.valid else { return true };
        let start = v.start.as_deref().and_then(PartialDate::parse).map_or(PartialDate::Year(-9999), |d| d);
        let end = v.end.as_deref().and_then(PartialDate::parse).map_or(PartialDate::Year(9999), |d| d);
        Period { start, end }.overlaps(&w)
    }

    /// Cuts the sub-document this filter keeps.
    ///
    /// Events and relations are tested first; then, with `actor`, the
    /// actors at most `depth` ties away from it in the actor projection of
    /// what is left are kept, with the events and relations among them.
    /// Without `actor`, the actors kept are those that some kept event or
    /// relation names. Documents and times are kept whole. The order of
    /// everything is the input order.
    ///
    /// # Errors
    /// [`FilterError::UnknownActor`] when `actor` is not in the document.
    pub fn apply(&self, doc: &TiesDoc) -> Result<TiesDoc, FilterError> {
        self.apply_borrowed(doc).map(std::borrow::Cow::into_owned)
    }

    /// [`Filter::apply`], borrowing the document when the filter keeps
    /// everything (a graph is not copied for nothing).
    ///
    /// # Errors
    /// [`FilterError::UnknownActor`] when `actor` is not in the document.
    pub fn apply_borrowed<'d>(&self, doc: &'d TiesDoc) -> Result<std::borrow::Cow<'d, TiesDoc>, FilterError> {
        if let Some(a) = &self.actor
            && !doc.actors.iter().any(|x| &x.id == a)
        {
            return Err(FilterError::UnknownActor(a.clone()));
        }
        if self.is_empty() {
            return Ok(std::borrow::Cow::Borrowed(doc));
        }
        let mut out = TiesDoc {
            schema: doc.schema.clone(),
            documents: doc.documents.clone(),
            times: doc.times.clone(),
            actors: vec![],
            events: doc.events.iter().filter(|e| self.keeps_event(e)).cloned().collect(),
            relations: doc.relations.iter().filter(|r| self.keeps_relation(r)).cloned().collect(),
        };
        let keep: BTreeSet<String> = match &self.actor {
            Some(a) => {
                let near = within(&out, a, self.depth.unwrap_or(1));
                out.events.retain(|e| e.participants.iter().all(|p| near.contains(&p.actor)));
                out.relations.retain(|r| near.contains(&r.source) && near.contains(&r.target));
                near
            }
            None => out
                .events
                .iter()
                .flat_map(|e| e.participants.iter().map(|p| p.actor.clone()))
                .chain(out.relations.iter().flat_map(|r| [r.source.clone(), r.target.clone()]))
                .collect(),
        };
        out.actors = doc.actors.iter().filter(|a| keep.contains(&a.id)).cloned().collect();
        Ok(std::borrow::Cow::Owned(out))
    }
}

/// The actors at most `depth` ties from `start` in the projection of `doc`
/// (breadth-first), `start` included.
pub fn within(doc: &TiesDoc, start: &str, depth: usize) -> BTreeSet<String> {
    let mut adj: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let ties = project(doc);
    for t in &ties {
        adj.entry(t.a).or_default().push(t.b);
        adj.entry(t.b).or_default().push(t.a);
    }
    let mut seen: BTreeSet<String> = BTreeSet::from([start.to_string()]);
    let mut queue = VecDeque::from([(start.to_string(), 0usize)]);
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for m in adj.get(n.as_str()).into_iter().flatten() {
            if seen.insert((*m).to_string()) {
                queue.push_back(((*m).to_string(), d + 1));
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests_support::small_doc;

    fn ids(doc: &TiesDoc) -> (Vec<&str>, Vec<&str>, Vec<&str>) {
        (
            doc.actors.iter().map(|a| a.id.as_str()).collect(),
            doc.events.iter().map(|e| e.id.as_str()).collect(),
            doc.relations.iter().map(|r| r.id.as_str()).collect(),
        )
    }

    #[test]
    fn each_filter_alone() {
        let doc = small_doc();
        let d = |s: &str| PartialDate::parse(s);
        #[rustfmt::skip]
        let table: Vec<(&str, Filter, Vec<&str>, Vec<&str>)> = vec![
            ("nothing", Filter::default(), vec!["country/c", "person/a", "person/b", "person/d"], vec!["e1", "e2", "e3"]),
            ("from 2024", Filter { from: d("2024"), ..Default::default() }, vec!["country/c", "person/a", "person/b"], vec!["e2"]),
            ("to 2023-11-30", Filter { to: d("2023-11-30"), ..Default::default() }, vec!["country/c", "person/a", "person/b"], vec!["e1"]),
            ("types", Filter { types: vec!["statement".into()], ..Default::default() }, vec!["country/c", "person/a", "person/b", "person/d"], vec!["e3"]),
            ("confidence", Filter { min_confidence: Some(0.95), ..Default::default() }, vec![], vec![]),
            ("actor a depth 1", Filter { actor: Some("person/a".into()), ..Default::default() }, vec!["person/a", "person/b"], vec!["e1"]),
            ("actor a depth 2", Filter { actor: Some("person/a".into()), depth: Some(2), ..Default::default() }, vec!["country/c", "person/a", "person/b"], vec!["e1", "e2"]),
            ("actor d depth 0", Filter { actor: Some("person/d".into()), depth: Some(0), ..Default::default() }, vec!["person/d"], vec!["e3"]),
        ];
        for (what, f, actors, events) in table {
            let out = f.apply(&doc).unwrap();
            let (a, e, _) = ids(&out);
            assert_eq!(a, actors, "{what}");
            assert_eq!(e, events, "{what}");
        }
    }

    #[test]
    fn unknown_actor_is_an_error() {
        let f = Filter { actor: Some("person/nobody".into()), ..Default::default() };
        assert_eq!(f.apply(&small_doc()), Err(FilterError::UnknownActor("person/nobody".into())));
    }
}
