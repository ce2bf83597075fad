//! Queries over a `ties/1` document: an actor's neighbours, the shortest
//! chain of ties between two actors, and the events of an actor or a
//! period. Free functions; run them on a [`Filter`](super::Filter)ed
//! document to restrict them.

use crate::date::PartialDate;
use crate::graph::project::{ActorTie, event_period, project};
use crate::model::{Event, TiesDoc};
use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::BTreeMap;

/// The actor projection as a petgraph graph, with the ties and an id index.
pub struct ActorGraph<'d> {
    /// Nodes hold actor ids; edges hold indices into `ties`.
    pub graph: UnGraph<String, usize>,
    /// The ties, sorted by their ends.
    pub ties: Vec<ActorTie<'d>>,
    /// Actor id → node.
    pub index: BTreeMap<String, NodeIndex>,
}

impl ActorGraph<'_> {
    /// Builds the projection graph of `doc`; every actor is a node, tied or not.
    pub fn new(doc: &TiesDoc) -> ActorGraph<'_> {
        let ties = project(doc);
        let mut graph = UnGraph::with_capacity(doc.actors.len(), ties.len());
        let mut index = BTreeMap::new();
        for a in &doc.actors {
            index.entry(a.id.clone()).or_insert_with(|| graph.add_node(a.id.clone()));
        }
        for (i, t) in ties.iter().enumerate() {
            let a = *index.entry(t.a.to_string()).or_insert_with(|| graph.add_node(t.a.to_string()));
            let b = *index.entry(t.b.to_string()).or_insert_with(|| graph.add_node(t.b.to_string()));
            graph.add_edge(a, b, i);
        }
        ActorGraph { graph, ties, index }
    }
}

/// The ties of `actor`, ordered by the other actor's id: (other actor, tie).
/// Empty when the actor is unknown or untied.
pub fn neighbors<'g, 'd>(g: &'g ActorGraph<'d>, actor: &str) -> Vec<(&'g str, &'g ActorTie<'d>)> {
    let Some(&n) = g.index.get(actor) else { return vec![] };
    let mut out: Vec<(&str, &ActorTie<'d>)> = g
        .graph
        .edges(n)
        .map(|e| {
            let t = &g.ties[*e.weight()];
            (if t.a == actor { t.b } else { t.a }, t)
        })
        .collect();
    out.sort_by(|x, y| x.0.cmp(y.0));
    out
}

/// The shortest chain of ties from `from` to `to`: the actor ids on the way
/// (both ends included) and the ties between consecutive ones. `None` when
/// either is unknown or they are not connected.
///
/// Ties count one each (breadth-first through petgraph's A*); among paths
/// of equal length the result is fixed by the sorted node order.
pub fn shortest_path<'g, 'd>(
    g: &'g ActorGraph<'d>,
    from: &str,
    to: &str,
) -> Option<(Vec<&'g str>, Vec<&'g ActorTie<'d>>)> {
    let (&s, &t) = (g.index.get(from)?, g.index.get(to)?);
    let (_, nodes) = petgraph::algo::astar(&g.graph, s, |n| n == t, |_| 1usize, |_| 0)?;
    let ids: Vec<&str> = nodes.iter().map(|n| g.graph[*n].as_str()).collect();
    let ties =
        nodes.windows(2).filter_map(|w| g.graph.find_edge(w[0], w[1]).map(|e| &g.ties[g.graph[e]])).collect();
    Some((ids, ties))
}

/// The events in which `actor` takes part (any actor when `None`) that
/// overlap `from`..`to` (both optional), in date order, undated last.
/// An undated event is left out as soon as a date bound is given.
pub fn events<'d>(
    doc: &'d TiesDoc,
    actor: Option<&str>,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
) -> Vec<&'d Event> {
    let mut out: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| actor.is_none_or(|a| e.participants.iter().any(|p| p.actor == a)))
        .filter(|e| {
            if from.is_none() && to.is_none() {
                return true;
            }
            let Some(p) = e.date.as_ref().and_then(event_period) else { return false };
            from.is_none_or(|f| p.end.last_day() >= f.first_day())
                && to.is_none_or(|t| p.start.first_day() <= t.last_day())
        })
        .collect();
    out.sort_by_key(|e| (date_key(e), e.id.clone()));
    out
}

/// Sort key putting events in date order, undated last.
pub fn date_key(e: &Event) -> (bool, chrono::NaiveDate, chrono::NaiveDate) {
    match e.date.as_ref().and_then(event_period) {
        Some(p) => (false, p.start.first_day(), p.end.last_day()),
        None => (true, chrono::NaiveDate::MIN, chrono::NaiveDate::MIN),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests_support::small_doc;

    #[test]
    fn neighbors_path_and_events() {
        let doc = small_doc();
        let g = ActorGraph::new(&doc);
        let n: Vec<&str> = neighbors(&g, "person/b").iter().map(|(a, _)| *a).collect();
        assert_eq!(n, ["country/c", "person/a"]);
        assert!(neighbors(&g, "person/d").is_empty());
        assert!(neighbors(&g, "person/nobody").is_empty());

        let (path, ties) = shortest_path(&g, "person/a", "country/c").unwrap();
        assert_eq!(path, ["person/a", "person/b", "country/c"]);
        assert_eq!(ties.len(), 2);
        assert!(shortest_path(&g, "person/a", "person/d").is_none());
        assert_eq!(shortest_path(&g, "person/a", "person/a").unwrap().0, ["person/a"]);

        let ev = |a, f: Option<&str>, t: Option<&str>| -> Vec<String> {
            events(&doc, a, f.and_then(PartialDate::parse), t.and_then(PartialDate::parse))
                .iter()
                .map(|e| e.id.clone())
                .collect()
        };
        assert_eq!(ev(None, None, None), ["e1", "e2", "e3"]);
        assert_eq!(ev(Some("person/b"), None, None), ["e1", "e2"]);
        assert_eq!(ev(None, Some("2024-01"), None), ["e2"]);
        assert_eq!(ev(None, None, Some("2023-11-01")), ["e1"]);
        assert_eq!(ev(None, Some("2024-11-27"), None), Vec::<String>::new());
    }
}
