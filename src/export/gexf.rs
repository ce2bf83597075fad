//! `graph.gexf`: the actor projection in GEXF 1.3, dynamic, so Gephi's
//! timeline plays the ties as they form.
//!
//! `mode="dynamic"`, `timeformat="date"`, closed intervals. Actors are
//! nodes whose spells are the periods of the events and relations they
//! take part in; each tied pair is one undirected edge whose spells are
//! the periods of its events and relations, overlapping ones coalesced
//! (Gephi rejects overlapping intervals). Partial dates are widened to
//! days: `2023-11` spans 2023-11-01 to 2023-11-30. Undated actors and ties
//! carry no spell, which GEXF reads as "always".

use crate::date::Period;
use crate::export::text::{actor_index, arabic_name, one_line, xml_clean};
use crate::graph::project::{event_period, project};
use crate::model::TiesDoc;
use chrono::NaiveDate;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event as X};
use std::collections::BTreeMap;
use std::io;

/// Sorted, disjoint day intervals covering `periods`.
pub fn coalesce(periods: impl IntoIterator<Item = Period>) -> Vec<(NaiveDate, NaiveDate)> {
    let mut v: Vec<(NaiveDate, NaiveDate)> =
        periods.into_iter().map(|p| (p.start.first_day(), p.end.last_day())).collect();
    v.sort();
    let mut out: Vec<(NaiveDate, NaiveDate)> = vec![];
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1.succ_opt().unwrap_or(last.1) => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn spells(w: &mut Writer<&mut dyn io::Write>, list: &[(NaiveDate, NaiveDate)]) -> io::Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for (s, e) in list {
            let (s, e) = (s.to_string(), e.to_string());
            w.create_element("spell")
                .with_attributes([("start", s.as_str()), ("end", e.as_str())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn attvalues(w: &mut Writer<&mut dyn io::Write>, values: &[(&str, String)]) -> io::Result<()> {
    if values.is_empty() {
        return Ok(());
    }
    w.create_element("attvalues").write_inner_content(|w| {
        for (k, v) in values {
            let v = xml_clean(v);
            w.create_element("attvalue")
                .with_attributes([("for", *k), ("value", v.as_str())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// The GEXF text of `doc`.
pub fn to_string(doc: &TiesDoc) -> String {
    crate::export::text::to_text(|w| write(doc, w))
}

/// Writes the GEXF text of `doc` into `out`.
pub fn write(doc: &TiesDoc, out: &mut dyn io::Write) -> io::Result<()> {
    let actors = actor_index(doc);
    let ties: Vec<_> =
        project(doc).into_iter().filter(|t| actors.contains_key(t.a) && actors.contains_key(t.b)).collect();
    let mut node_periods: BTreeMap<&str, Vec<Period>> = BTreeMap::new();
    for e in &doc.events {
        if !e.modality.on_timeline() {
            continue;
        }
        if let Some(p) = e.date.as_ref().and_then(event_period) {
            for part in &e.participants {
                node_periods.entry(part.actor.as_str()).or_default().push(p);
            }
        }
    }
    for t in &ties {
        for end in [t.a, t.b] {
            node_periods.entry(end).or_default().extend(t.periods.iter().copied());
        }
    }
    let all: Vec<(NaiveDate, NaiveDate)> = coalesce(node_periods.values().flatten().copied());
    let (start, end) = (all.first().map(|x| x.0.to_string()), all.last().map(|x| x.1.to_string()));

    let mut w = Writer::new_with_indent(&mut *out, b' ', 2);
    w.write_event(X::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("gexf")
        .with_attributes([
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
            ("version", "1.3"),
        ])
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator").write_text_content(BytesText::new("ties"))?;
                w.create_element("description").write_text_content(BytesText::new(
                    "Actors and their ties (events and relations) over time",
                ))?;
                Ok(())
            })?;
            let mut graph = w.create_element("graph").with_attributes([
                ("mode", "dynamic"),
                ("defaultedgetype", "undirected"),
                ("timeformat", "date"),
                ("timerepresentation", "interval"),
            ]);
            if let (Some(s), Some(e)) = (&start, &end) {
                graph = graph.with_attributes([("start", s.as_str()), ("end", e.as_str())]);
            }
            graph.write_inner_content(|w| {
                for (class, attrs) in [
                    ("node", &[("kind", "string"), ("country", "string"), ("name_ar", "string")][..]),
                    (
                        "edge",
                        &[
                            ("kinds", "string"),
                            ("events", "integer"),
                            ("first", "string"),
                            ("last", "string"),
                        ][..],
                    ),
                ] {
                    w.create_element("attributes")
                        .with_attributes([("class", class), ("mode", "static")])
                        .write_inner_content(|w| {
                            for (id, ty) in attrs {
                                w.create_element("attribute")
                                    .with_attributes([("id", *id), ("title", *id), ("type", *ty)])
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                }
                w.create_element("nodes").write_inner_content(|w| {
                    for a in &doc.actors {
                        let (id, label) = (xml_clean(&a.id), xml_clean(&one_line(&a.name)));
                        w.create_element("node")
                            .with_attributes([("id", id.as_str()), ("label", label.as_str())])
                            .write_inner_content(|w| {
                                let mut values = vec![("kind", a.kind.as_str().to_string())];
                                if let Some(c) = &a.country {
                                    values.push(("country", c.clone()));
                                }
                                if let Some(ar) = arabic_name(a) {
                                    values.push(("name_ar", ar.to_string()));
                                }
                                attvalues(w, &values)?;
                                spells(
                                    w,
                                    &coalesce(node_periods.get(a.id.as_str()).into_iter().flatten().copied()),
                                )
                            })?;
                    }
                    Ok(())
                })?;
                w.create_element("edges").write_inner_content(|w| {
                    for (i, t) in ties.iter().enumerate() {
                        let id = format!("t{}", i + 1);
                        let kinds = t.kinds.join(", ");
                        let (a, b, label) = (xml_clean(t.a), xml_clean(t.b), xml_clean(&one_line(&kinds)));
                        let weight = t.events.len().max(1).to_string();
                        w.create_element("edge")
                            .with_attributes([
                                ("id", id.as_str()),
                                ("source", a.as_str()),
                                ("target", b.as_str()),
                                ("label", label.as_str()),
                                ("weight", weight.as_str()),
                            ])
                            .write_inner_content(|w| {
                                let mut values =
                                    vec![("kinds", kinds.clone()), ("events", t.events.len().to_string())];
                                if let Some(f) = t.first {
                                    values.push(("first", f.to_string()));
                                }
                                if let Some(l) = t.last {
                                    values.push(("last", l.to_string()));
                                }
                                attvalues(w, &values)?;
                                spells(w, &coalesce(t.periods.iter().copied()))
                            })?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
            Ok(())
        })?;
    w.into_inner().write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coalesces_overlapping_and_adjacent_periods() {
        let p = |s: &str| Period::parse(s).unwrap();
        let got =
            coalesce([p("2024-11-25/2024-11-26"), p("2024-11"), p("2023-11"), p("2023-12-01"), p("2025")]);
        let want: Vec<(String, String)> = vec![
            ("2023-11-01".into(), "2023-12-01".into()),
            ("2024-11-01".into(), "2024-11-30".into()),
            ("2025-01-01".into(), "2025-12-31".into()),
        ];
        assert_eq!(got.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>(), want);
    }
}
