//! The graph: where documents meet.
//!
//! [`merge()`] unites the extractions of all documents into one `ties/1`
//! document (actors by id, relations by type and ends, the same event
//! reported by several documents into one). [`TiesGraph`] views that
//! document as a petgraph graph whose nodes are actors and events and whose
//! edges are participant roles and relations; [`project()`] folds it into an
//! actor-to-actor graph; [`filter`] cuts a sub-document that every export
//! and query shares; [`query`] answers neighbours, paths and event lists.

pub mod filter;
pub mod merge;
pub mod project;
pub mod query;

pub use filter::Filter;
pub use merge::{Merger, merge};
pub use project::{ActorTie, project};

use crate::model::{Role, TiesDoc};
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use std::collections::{BTreeMap, HashMap};

/// A node of the full graph: an index into the document's `actors` or `events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// `doc.actors[i]`.
    Actor(usize),
    /// `doc.events[i]`.
    Event(usize),
}

/// An edge of the full graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Edge {
    /// The actor takes part in the event in this role (actor → event).
    Role(Role),
    /// `doc.relations[i]` (source → target).
    Relation(usize),
}

/// A `ties/1` document seen as a graph of actors and events.
///
/// Node and edge indices follow the document's order, so two builds of the
/// same document give the same graph. Participants and relation ends that
/// name no known actor are left out of the graph (they stay in the document).
pub struct TiesGraph<'a> {
    /// The document the graph views.
    pub doc: &'a TiesDoc,
    /// Actors and events, linked by roles and relations.
    pub graph: StableDiGraph<Node, Edge>,
    /// Actor id → node.
    pub actors: BTreeMap<&'a str, NodeIndex>,
    /// Event id → node.
    pub events: BTreeMap<&'a str, NodeIndex>,
}

impl<'a> TiesGraph<'a> {
    /// Builds the graph of a document.
    ///
    /// Complexity: O((actors + events + participants + relations) log actors).
    pub fn new(doc: &'a TiesDoc) -> Self {
        let edges = doc.events.iter().map(|e| e.participants.len()).sum::<usize>() + doc.relations.len();
        let mut graph = StableDiGraph::with_capacity(doc.actors.len() + doc.events.len(), edges);
        // Hash lookups while building; the sorted maps are made once at the end.
        let mut actors: HashMap<&str, NodeIndex> = HashMap::with_capacity(doc.actors.len());
        for (i, a) in doc.actors.iter().enumerate() {
            let n = graph.add_node(Node::Actor(i));
            actors.entry(a.id.as_str()).or_insert(n);
        }
        let mut events: HashMap<&str, NodeIndex> = HashMap::with_capacity(doc.events.len());
        for (i, e) in doc.events.iter().enumerate() {
            let n = graph.add_node(Node::Event(i));
            events.entry(e.id.as_str()).or_insert(n);
            for p in &e.participants {
                if let Some(&a) = actors.get(p.actor.as_str()) {
                    graph.add_edge(a, n, Edge::Role(p.role));
                }
            }
        }
        for (i, r) in doc.relations.iter().enumerate() {
            if let (Some(&s), Some(&t)) = (actors.get(r.source.as_str()), actors.get(r.target.as_str())) {
                graph.add_edge(s, t, Edge::Relation(i));
            }
        }
        TiesGraph { doc, graph, actors: actors.into_iter().collect(), events: events.into_iter().collect() }
    }

    /// Number of actor nodes.
    pub fn actor_count(&self) -> usize {
        self.actors.len()
    }

    /// Number of event nodes.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests_support::small_doc;

    #[test]
    fn nodes_and_edges_follow_the_document() {
        let doc = small_doc();
        let g = TiesGraph::new(&doc);
        assert_eq!(g.actor_count(), doc.actors.len());
        assert_eq!(g.event_count(), doc.events.len());
        let participants: usize = doc.events.iter().map(|e| e.participants.len()).sum();
        assert_eq!(g.graph.edge_count(), participants + doc.relations.len());
    }

    #[test]
    fn unknown_actors_are_left_out() {
        let mut doc = small_doc();
        doc.events[0]
            .participants
            .push(crate::model::Participant { actor: "person/nobody".into(), role: Role::Target });
        let g = TiesGraph::new(&doc);
        let participants: usize = doc.events.iter().map(|e| e.participants.len()).sum();
        assert_eq!(g.graph.edge_count(), participants - 1 + doc.relations.len());
    }
}

/// Small hand-made documents for the unit tests of this module.
#[cfg(test)]
pub(crate) mod tests_support {
    use crate::model::*;

    /// An actor.
    pub fn actor(id: &str, kind: ActorKind, name: &str) -> Actor {
        Actor {
            id: id.into(),
            kind,
            name: name.into(),
            names: Default::default(),
            aliases: Default::default(),
            country: None,
            cameo: None,
            title: None,
            mentions: vec![],
        }
    }

    /// An event of one document.
    pub fn event(id: &str, kind: &str, date: Option<&str>, parts: &[(&str, Role)], doc: &str) -> Event {
        Event {
            id: id.into(),
            kind: kind.into(),
            cameo: "040".into(),
            plover: None,
            date: date.map(|d| crate::date::Period::parse(d).expect("test date").to_event_date()),
            participants: parts.iter().map(|(a, r)| Participant { actor: (*a).into(), role: *r }).collect(),
            topics: vec![],
            modality: Modality::Asserted,
            summary: format!("{kind} {id}"),
            evidence: vec![Evidence {
                doc: doc.into(),
                sentence: 0,
                start: 0,
                end: 1,
                text: format!("{id} in {doc}"),
            }],
            confidence: 0.8,
            sources: None,
        }
    }

    /// A relation read in a document.
    pub fn relation(id: &str, kind: &str, source: &str, target: &str) -> Relation {
        Relation {
            id: id.into(),
            kind: kind.into(),
            source: source.into(),
            target: target.into(),
            valid: None,
            basis: None,
            evidence: vec![],
            confidence: Some(0.9),
        }
    }

    /// Four actors, three events, two relations: a visits b (2023-11), b
    /// meets in c (2024-11-25/26), d makes an undated statement; b is a
    /// member of c, a leads b.
    pub fn small_doc() -> TiesDoc {
        let mut d = TiesDoc::new();
        d.actors = vec![
            actor("country/c", ActorKind::Country, "C"),
            actor("person/a", ActorKind::Person, "A"),
            actor("person/b", ActorKind::Person, "B"),
            actor("person/d", ActorKind::Person, "D"),
        ];
        d.events = vec![
            event(
                "e1",
                "visit",
                Some("2023-11"),
                &[("person/a", Role::Agent), ("person/b", Role::Host)],
                "x",
            ),
            event(
                "e2",
                "meeting",
                Some("2024-11-25/2024-11-26"),
                &[("person/b", Role::Participant), ("country/c", Role::Location)],
                "x",
            ),
            event("e3", "statement", None, &[("person/d", Role::Agent)], "x"),
        ];
        d.relations = vec![
            relation("r1", "member_of", "person/b", "country/c"),
            relation("r2", "leads", "person/a", "person/b"),
        ];
        d
    }
}
