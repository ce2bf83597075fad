//! `graph.graphml`: actors and events as nodes, participant roles and
//! relations as directed edges, with typed attribute keys (`label`,
//! `kind`, `country`, `start`, `end`...) that yEd, Cytoscape, Gephi and
//! networkx read. Node ids are the `ties/1` ids (`person/...`, event ids
//! prefixed `event:`), so they stay stable across runs.
//!
//! Written with quick-xml, which escapes `& < > " '`; control characters
//! are replaced first ([`xml_clean`]).

use crate::export::text::{actor_index, arabic_name, xml_clean};
use crate::model::TiesDoc;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event as X};
use std::io;

/// (id, for, name, type) of every attribute key.
const KEYS: [(&str, &str, &str, &str); 17] = [
    ("label", "node", "label", "string"),
    ("node_type", "node", "node_type", "string"),
    ("kind", "node", "kind", "string"),
    ("name_ar", "node", "name_ar", "string"),
    ("country", "node", "country", "string"),
    ("cameo", "node", "cameo", "string"),
    ("title", "node", "title", "string"),
    ("start", "node", "start", "string"),
    ("end", "node", "end", "string"),
    ("precision", "node", "precision", "string"),
    ("modality", "node", "modality", "string"),
    ("confidence", "node", "confidence", "double"),
    ("sources", "node", "sources", "int"),
    ("edge_label", "edge", "label", "string"),
    ("edge_kind", "edge", "kind", "string"),
    ("edge_start", "edge", "start", "string"),
    ("edge_end", "edge", "end", "string"),
];

fn data(w: &mut Writer<&mut dyn io::Write>, key: &str, value: &str) -> io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_clean(value)))?;
    Ok(())
}

/// The id of an event node.
pub fn event_node_id(id: &str) -> String {
    format!("event:{id}")
}

/// The GraphML text of `doc`.
pub fn to_string(doc: &TiesDoc) -> String {
    crate::export::text::to_text(|w| write(doc, w))
}

/// Writes the GraphML text of `doc` into `out`.
pub fn write(doc: &TiesDoc, out: &mut dyn io::Write) -> io::Result<()> {
    let actors = actor_index(doc);
    let mut w = Writer::new_with_indent(&mut *out, b' ', 2);
    w.write_event(X::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|w| {
            for (id, for_, name, ty) in KEYS {
                w.create_element("key")
                    .with_attributes([("id", id), ("for", for_), ("attr.name", name), ("attr.type", ty)])
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attributes([("id", "ties"), ("edgedefault", "directed")])
                .write_inner_content(|w| {
                    for a in &doc.actors {
                        w.create_element("node")
                            .with_attribute(("id", xml_clean(&a.id).as_str()))
                            .write_inner_content(|w| {
                                data(w, "label", &a.name)?;
                                data(w, "node_type", "actor")?;
                                data(w, "kind", a.kind.as_str())?;
                                if let Some(ar) = arabic_name(a) {
                                    data(w, "name_ar", ar)?;
                                }
                                for (k, v) in
                                    [("country", &a.country), ("cameo", &a.cameo), ("title", &a.title)]
                                {
                                    if let Some(v) = v {
                                        data(w, k, v)?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    for e in &doc.events {
                        let id = xml_clean(&event_node_id(&e.id));
                        w.create_element("node").with_attribute(("id", id.as_str())).write_inner_content(
                            |w| {
                                data(w, "label", &e.summary)?;
                                data(w, "node_type", "event")?;
                                data(w, "kind", &e.kind)?;
                                data(w, "cameo", &e.cameo)?;
                                if let Some(d) = &e.date {
                                    data(w, "start", &d.start)?;
                                    data(w, "end", d.end.as_deref().unwrap_or(&d.start))?;
                                    data(w, "precision", &format!("{:?}", d.precision).to_lowercase())?;
                                }
                                data(w, "modality", e.modality.as_str())?;
                                data(w, "confidence", &e.confidence.to_string())?;
                                data(w, "sources", &e.sources.unwrap_or(1).to_string())?;
                                Ok(())
                            },
                        )?;
                    }
                    let mut n = 0usize;
                    for e in &doc.events {
                        for p in &e.participants {
                            if !actors.contains_key(p.actor.as_str()) {
                                continue;
                            }
                            n += 1;
                            let (id, src, tgt) =
                                (format!("p{n}"), xml_clean(&p.actor), xml_clean(&event_node_id(&e.id)));
                            w.create_element("edge")
                                .with_attributes([
                                    ("id", id.as_str()),
                                    ("source", src.as_str()),
                                    ("target", tgt.as_str()),
                                ])
                                .write_inner_content(|w| {
                                    data(w, "edge_label", p.role.as_str())?;
                                    data(w, "edge_kind", "participates_in")?;
                                    if let Some(d) = &e.date {
                                        data(w, "edge_start", &d.start)?;
                                        data(w, "edge_end", d.end.as_deref().unwrap_or(&d.start))?;
                                    }
                                    Ok(())
                                })?;
                        }
                    }
                    for r in &doc.relations {
                        if !actors.contains_key(r.source.as_str()) || !actors.contains_key(r.target.as_str())
                        {
                            continue;
                        }
                        let (id, src, tgt) =
                            (format!("rel:{}", xml_clean(&r.id)), xml_clean(&r.source), xml_clean(&r.target));
                        w.create_element("edge")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("source", src.as_str()),
                                ("target", tgt.as_str()),
                            ])
                            .write_inner_content(|w| {
                                data(w, "edge_label", &r.kind)?;
                                data(w, "edge_kind", &r.kind)?;
                                if let Some(v) = &r.valid {
                                    if let Some(s) = &v.start {
                                        data(w, "edge_start", s)?;
                                    }
                                    if let Some(e) = &v.end {
                                        data(w, "edge_end", e)?;
                                    }
                                }
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    w.into_inner().write_all(b"\n")
}
