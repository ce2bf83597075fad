//! `graph.dot`: the graph as a Graphviz diagram, built as a graphviz-rust
//! AST and printed by its printer; [`render`] draws it to SVG or PNG by
//! running Graphviz.
//!
//! graphviz-rust writes ids and attribute values verbatim, so every piece
//! of text goes through [`quote`]. Node ids are ASCII (`a3` for the third
//! actor, `ev7` for the seventh event); names, Arabic included, appear only
//! in labels, Arabic-first lines wrapped in right-to-left isolates so SVG
//! and PNG agree. Fonts: `Noto Sans Arabic UI` for Arabic, `DejaVu Sans`
//! for the rest. Actors are shaped and coloured by kind and clustered by
//! country.
//!
//! Views: [`View::Full`] draws events as dated nodes linked to their
//! participants (edge label = role) and relations as edges;
//! [`View::Actors`] draws the actor projection, one labelled, dated edge
//! per tied pair.

use crate::export::View;
use crate::export::text::{actor_index, arabic_name, event_date, isolate};
use crate::graph::project;
use crate::model::{Actor, ActorKind, Basis, Modality, Role, TiesDoc};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

/// The font list given to Graphviz (Pango picks per glyph).
pub const FONTNAME: &str = "Noto Sans Arabic UI,DejaVu Sans";

/// A DOT double-quoted string: `\` and `"` escaped, line breaks (`\n`,
/// `\r\n`, U+2028, U+2029) written as `\n`, other control characters
/// dropped. The only way text enters the DOT output.
pub fn quote(s: &str) -> Id {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => o.push_str("\\\\"),
            '"' => o.push_str("\\\""),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    o.push_str("\\n");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => o.push_str("\\n"),
            c if c.is_control() => {}
            c => o.push(c),
        }
    }
    o.push('"');
    Id::Escaped(o)
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quote(v))
}

fn node_id(s: &str) -> NodeId {
    NodeId(Id::Escaped(format!("\"{s}\"")), None)
}

fn edge(from: &str, to: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Edge(Edge { ty: EdgeTy::Pair(Vertex::N(node_id(from)), Vertex::N(node_id(to))), attributes })
}

/// Shape and fill colour of an actor kind.
fn style_of(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::Person => ("ellipse", "#dbe9f6"),
        ActorKind::Organization => ("box", "#fde9c9"),
        ActorKind::Country => ("hexagon", "#d5ecd4"),
        ActorKind::Location => ("octagon", "#eeeeee"),
        ActorKind::Group => ("diamond", "#f7d4d4"),
        ActorKind::Media => ("note", "#efe3f5"),
    }
}

/// Display name, then the Arabic name on its own line when it differs.
pub fn actor_label(a: &Actor) -> String {
    let mut label = isolate(&a.name);
    if let Some(ar) = arabic_name(a) {
        label.push('\n');
        label.push_str(&isolate(ar));
    }
    label
}

fn actor_node(id: &str, a: &Actor) -> Stmt {
    let (shape, fill) = style_of(a.kind);
    let tooltip = match &a.title {
        Some(t) => format!("{}: {t}", a.id),
        None => a.id.clone(),
    };
    let attrs = vec![
        attr("label", &actor_label(a)),
        attr("shape", shape),
        attr("style", if a.kind == ActorKind::Organization { "rounded,filled" } else { "filled" }),
        attr("fillcolor", fill),
        attr("tooltip", &tooltip),
    ];
    Stmt::Node(Node::new(node_id(id), attrs))
}

/// The DOT text of `doc` in the given view.
pub fn to_string(doc: &TiesDoc, view: View) -> String {
    to_graph(doc, view).print(&mut PrinterContext::default()) + "\n"
}

/// The DOT graph of `doc` in the given view, as a graphviz-rust AST.
pub fn to_graph(doc: &TiesDoc, view: View) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", FONTNAME),
            attr("fontsize", "12"),
            attr("outputorder", "edgesfirst"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontname", FONTNAME), attr("fontsize", "11")])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontname", FONTNAME), attr("fontsize", "9")])),
    ];
    // Actor node ids: a1, a2... in document order.
    let ids: BTreeMap<&str, String> =
        doc.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), format!("a{}", i + 1))).collect();
    let actors = actor_index(doc);

    // Clusters by country code; the country itself names its cluster.
    let mut by_country: BTreeMap<&str, Vec<(&str, &Actor)>> = BTreeMap::new();
    for a in &doc.actors {
        let id = ids[a.id.as_str()].as_str();
        match a.country.as_deref() {
            Some(c) => by_country.entry(c).or_default().push((id, a)),
            None => stmts.push(actor_node(id, a)),
        }
    }
    for (i, (code, members)) in by_country.iter().enumerate() {
        let name = members.iter().find(|(_, a)| a.kind == ActorKind::Country).map(|(_, a)| a.name.as_str());
        let label = match name {
            Some(n) => format!("{} ({code})", isolate(n)),
            None => code.to_string(),
        };
        let mut sub = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", &label),
            attr("style", "rounded,dashed"),
            attr("color", "#999999"),
        ]))];
        sub.extend(members.iter().map(|(id, a)| actor_node(id, a)));
        stmts.push(Stmt::Subgraph(Subgraph { id: Id::Plain(format!("cluster_{}", i + 1)), stmts: sub }));
    }

    match view {
        View::Full => {
            for (i, e) in doc.events.iter().enumerate() {
                let id = format!("ev{}", i + 1);
                let mut label = e.kind.replace('_', " ");
                if e.modality != Modality::Asserted {
                    label.push_str(&format!(" ({})", e.modality.as_str()));
                }
                label.push('\n');
                label.push_str(&event_date(e));
                if let Some(n) = e.sources {
                    label.push_str(&format!("\n{n} sources"));
                }
                let style = match e.modality {
                    Modality::Asserted | Modality::Reported => "rounded,filled",
                    Modality::Planned | Modality::Expected => "rounded,filled,dashed",
                    Modality::Negated | Modality::Hypothetical => "rounded,filled,dotted",
                };
                stmts.push(Stmt::Node(Node::new(
                    node_id(&id),
                    vec![
                        attr("label", &label),
                        attr("shape", "box"),
                        attr("style", style),
                        attr("fillcolor", "#fffbe6"),
                        attr("tooltip", &e.summary),
                    ],
                )));
                for p in &e.participants {
                    let Some(a) = ids.get(p.actor.as_str()) else { continue };
                    let attrs = vec![attr("label", p.role.as_str()), attr("color", "#555555")];
                    // The visitor, the speaker and the reporter lead into the
                    // event; the host, the target and the place come out of it.
                    match p.role {
                        Role::Agent | Role::Participant | Role::Reporter => stmts.push(edge(a, &id, attrs)),
                        Role::Host | Role::Target | Role::Location => stmts.push(edge(&id, a, attrs)),
                    }
                }
            }
            for r in &doc.relations {
                let (Some(s), Some(t)) = (ids.get(r.source.as_str()), ids.get(r.target.as_str())) else {
                    continue;
                };
                let mut label = r.kind.replace('_', " ");
                if let Some(v) = &r.valid {
                    let range = match (&v.start, &v.end) {
                        (Some(s), Some(e)) => format!("{s} – {e}"),
                        (Some(s), None) => format!("from {s}"),
                        (None, Some(e)) => format!("until {e}"),
                        (None, None) => String::new(),
                    };
                    if !range.is_empty() {
                        label.push('\n');
                        label.push_str(&range);
                    }
                }
                let style = if r.basis == Some(Basis::Gazetteer) { "dashed" } else { "solid" };
                stmts.push(edge(
                    s,
                    t,
                    vec![
                        attr("label", &label),
                        attr("color", "#1f5fa8"),
                        attr("fontcolor", "#1f5fa8"),
                        attr("style", style),
                    ],
                ));
            }
        }
        View::Actors => {
            for t in project(doc) {
                let (Some(a), Some(b)) = (ids.get(t.a.as_str()), ids.get(t.b.as_str())) else { continue };
                let kinds: Vec<String> = t.kinds.iter().map(|k| k.replace('_', " ")).collect();
                let mut label = kinds.join(", ");
                if t.events.len() > 1 {
                    label.push_str(&format!(" ×{}", t.events.len()));
                }
                let range = t.date_range();
                if !range.is_empty() {
                    label.push('\n');
                    label.push_str(&range);
                }
                let width = 1.0 + (t.events.len().min(6) as f64) * 0.5;
                let tooltip = format!(
                    "{} – {}",
                    actors.get(t.a.as_str()).map_or(t.a.as_str(), |x| x.name.as_str()),
                    actors.get(t.b.as_str()).map_or(t.b.as_str(), |x| x.name.as_str())
                );
                stmts.push(edge(
                    a,
                    b,
                    vec![
                        attr("label", &label),
                        attr("dir", "none"),
                        attr("penwidth", &format!("{width:.1}")),
                        attr("tooltip", &tooltip),
                    ],
                ));
            }
        }
    }
    Graph::DiGraph { id: Id::Plain("ties".to_string()), strict: false, stmts }
}

/// An image format Graphviz draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Render {
    /// SVG.
    Svg,
    /// PNG through cairo (never the gd renderer, which draws no Arabic).
    Png,
}

impl Render {
    /// The `-T` argument.
    pub fn arg(self) -> &'static str {
        match self {
            Render::Svg => "-Tsvg",
            Render::Png => "-Tpng:cairo",
        }
    }

    /// `graph.svg` or `graph.png`.
    pub fn file_name(self) -> &'static str {
        match self {
            Render::Svg => "graph.svg",
            Render::Png => "graph.png",
        }
    }
}

/// A drawing made by Graphviz.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The image.
    pub bytes: Vec<u8>,
    /// What Graphviz printed on standard error (warnings).
    pub warnings: String,
}

/// Graphviz could not draw.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The program is not installed (or not on `PATH`).
    #[error("Graphviz `{0}` not found (install graphviz)")]
    Missing(&'static str),
    /// It ran and failed.
    #[error("{program} failed: {message}")]
    Failed {
        /// `dot` or `sfdp`.
        program: &'static str,
        /// Its standard error, or the I/O error.
        message: String,
    },
}

/// Draws DOT text with Graphviz (`dot`, or `sfdp` for [`Layout::Sfdp`](crate::export::Layout)),
/// feeding it on standard input.
pub fn render(dot: &str, format: Render, layout: crate::export::Layout) -> Result<Rendered, RenderError> {
    let program = layout.program();
    let failed = |message: String| RenderError::Failed { program, message };
    let mut child = match Command::new(program)
        .arg(format.arg())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(RenderError::Missing(program)),
        Err(e) => return Err(failed(e.to_string())),
    };
    let mut stdin = child.stdin.take().ok_or_else(|| failed("no standard input".into()))?;
    let text = dot.to_string();
    // Write from another thread: Graphviz may fill its output pipe before
    // it has read all of a large input.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().map_err(|e| failed(e.to_string()))?;
    let written = writer.join().map_err(|_| failed("writer thread panicked".into()))?;
    let warnings = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return Err(failed(warnings.trim().to_string()));
    }
    written.map_err(|e| failed(e.to_string()))?;
    Ok(Rendered { bytes: out.stdout, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_table() {
        #[rustfmt::skip]
        let table = [
            ("plain", r#""plain""#),
            (r#"He said "hi""#, r#""He said \"hi\"""#),
            ("C:\\temp\\x", r#""C:\\temp\\x""#),
            ("ends with \\", r#""ends with \\""#),
            ("two\nlines\r\nthree\rfour", r#""two\nlines\nthree\nfour""#),
            ("bell\u{7}nul\u{0}", r#""bellnul""#),
            ("فرانسيسكا بوستين", "\"فرانسيسكا بوستين\""),
            ("<b>bold?</b>", r#""<b>bold?</b>""#),
        ];
        for (input, want) in table {
            assert_eq!(quote(input), Id::Escaped(want.to_string()), "{input:?}");
        }
    }

    #[test]
    fn printed_dot_parses_back() {
        let doc = crate::graph::tests_support::small_doc();
        for view in [View::Full, View::Actors] {
            let g = to_graph(&doc, view);
            let text = g.print(&mut PrinterContext::default());
            assert_eq!(graphviz_rust::parse(&text).expect("parses"), g);
        }
    }
}
