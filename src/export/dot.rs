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
//! One generator walks the document and hands statements to a [`Sink`]:
//! [`AstSink`] builds the graphviz-rust AST (printed by its printer), and
//! [`TextSink`] writes the same text straight into a string, which is what
//! [`to_string`] uses so that graphs of a hundred thousand events print in
//! a fraction of a second; a test holds the two to the same bytes.
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
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::process::{Command, Stdio};

/// The font list given to Graphviz (Pango picks per glyph).
pub const FONTNAME: &str = "Noto Sans Arabic UI,DejaVu Sans";

/// Appends `s` as a DOT double-quoted string: `\` and `"` escaped, line
/// breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029) written as `\n`, other
/// control characters dropped. The only way text enters the DOT output.
pub fn push_quoted(o: &mut String, s: &str) {
    o.reserve(s.len() + 2);
    o.push('"');
    // Only bytes that may start a char to change are looked at: ASCII
    // controls, quote, backslash, and the lead bytes of C1 controls (0xC2)
    // and of U+2028/U+2029 (0xE2).
    let loud = |x: u8| x < 0x20 || matches!(x, b'"' | b'\\' | 0x7F | 0xC2 | 0xE2);
    crate::export::text::push_by_runs(o, s, loud, |c, rest| match c {
        '\\' => Some("\\\\"),
        '"' => Some("\\\""),
        '\r' if rest.first() == Some(&b'\n') => Some(""),
        '\r' | '\n' | '\u{2028}' | '\u{2029}' => Some("\\n"),
        c if c.is_control() => Some(""),
        _ => None,
    });
    o.push('"');
}

/// [`push_quoted`] as a graphviz-rust id.
pub fn quote(s: &str) -> Id {
    let mut o = String::new();
    push_quoted(&mut o, s);
    Id::Escaped(o)
}

/// Receives the statements of a diagram in order. Ids are ASCII node ids
/// (printed quoted); attribute values are raw text (quoted by the sink).
pub trait Sink {
    /// `graph[...]`, `node[...]` or `edge[...]` defaults (`kind` is one of those words).
    fn defaults(&mut self, kind: &str, attrs: &[(&str, &str)]);
    /// A node.
    fn node(&mut self, id: &str, attrs: &[(&str, &str)]);
    /// A directed edge.
    fn edge(&mut self, from: &str, to: &str, attrs: &[(&str, &str)]);
    /// Opens a subgraph (a cluster when `name` starts with `cluster`).
    fn begin(&mut self, name: &str);
    /// Closes the innermost subgraph.
    fn end(&mut self);
}

/// Builds the graphviz-rust AST.
#[derive(Default)]
pub struct AstSink {
    stack: Vec<(String, Vec<Stmt>)>,
    stmts: Vec<Stmt>,
}

impl AstSink {
    fn attrs(attrs: &[(&str, &str)]) -> Vec<Attribute> {
        attrs.iter().map(|(k, v)| Attribute(Id::Plain(k.to_string()), quote(v))).collect()
    }

    fn push(&mut self, s: Stmt) {
        match self.stack.last_mut() {
            Some((_, v)) => v.push(s),
            None => self.stmts.push(s),
        }
    }

    /// The finished graph.
    pub fn finish(mut self) -> Graph {
        while !self.stack.is_empty() {
            self.end();
        }
        Graph::DiGraph { id: Id::Plain("ties".to_string()), strict: false, stmts: self.stmts }
    }
}

fn node_id(s: &str) -> NodeId {
    NodeId(Id::Escaped(format!("\"{s}\"")), None)
}

impl Sink for AstSink {
    fn defaults(&mut self, kind: &str, attrs: &[(&str, &str)]) {
        let a = Self::attrs(attrs);
        self.push(Stmt::GAttribute(match kind {
            "node" => GraphAttributes::Node(a),
            "edge" => GraphAttributes::Edge(a),
            _ => GraphAttributes::Graph(a),
        }));
    }
    fn node(&mut self, id: &str, attrs: &[(&str, &str)]) {
        self.push(Stmt::Node(Node::new(node_id(id), Self::attrs(attrs))));
    }
    fn edge(&mut self, from: &str, to: &str, attrs: &[(&str, &str)]) {
        self.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(node_id(from)), Vertex::N(node_id(to))),
            attributes: Self::attrs(attrs),
        }));
    }
    fn begin(&mut self, name: &str) {
        self.stack.push((name.to_string(), vec![]));
    }
    fn end(&mut self) {
        if let Some((name, stmts)) = self.stack.pop() {
            self.push(Stmt::Subgraph(Subgraph { id: Id::Plain(name), stmts }));
        }
    }
}

/// Writes DOT text in the layout of graphviz-rust's default printer
/// (two-space indent, `name[k="v" ...]`, `"a" -> "b" [...]`).
pub struct TextSink {
    out: String,
    depth: usize,
}

impl TextSink {
    /// An empty digraph named `ties`, with room for about `capacity` bytes.
    pub fn new(capacity: usize) -> TextSink {
        let mut out = String::with_capacity(capacity);
        out.push_str("digraph ties {");
        TextSink { out, depth: 1 }
    }

    fn line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn attrs(&mut self, attrs: &[(&str, &str)]) {
        if attrs.is_empty() {
            return;
        }
        self.out.push('[');
        for (i, (k, v)) in attrs.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            self.out.push_str(k);
            self.out.push('=');
            push_quoted(&mut self.out, v);
        }
        self.out.push(']');
    }

    /// The finished text (closing brace, no final newline).
    pub fn finish(mut self) -> String {
        while self.depth > 1 {
            self.end();
        }
        self.out.push_str("\n}");
        self.out
    }
}

impl Sink for TextSink {
    fn defaults(&mut self, kind: &str, attrs: &[(&str, &str)]) {
        self.line();
        self.out.push_str(kind);
        self.attrs(attrs);
    }
    fn node(&mut self, id: &str, attrs: &[(&str, &str)]) {
        self.line();
        self.out.push('"');
        self.out.push_str(id);
        self.out.push('"');
        self.attrs(attrs);
    }
    fn edge(&mut self, from: &str, to: &str, attrs: &[(&str, &str)]) {
        self.line();
        self.out.push('"');
        self.out.push_str(from);
        self.out.push_str("\" -> \"");
        self.out.push_str(to);
        self.out.push('"');
        if !attrs.is_empty() {
            self.out.push(' ');
            self.attrs(attrs);
        }
    }
    fn begin(&mut self, name: &str) {
        self.line();
        self.out.push_str("subgraph ");
        self.out.push_str(name);
        self.out.push_str(" {");
        self.depth += 1;
    }
    fn end(&mut self) {
        self.depth -= 1;
        self.line();
        self.out.push('}');
    }
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

fn actor_node(sink: &mut impl Sink, id: &str, a: &Actor) {
    let (shape, fill) = style_of(a.kind);
    let tooltip = match &a.title {
        Some(t) => format!("{}: {t}", a.id),
        None => a.id.clone(),
    };
    let style = if a.kind == ActorKind::Organization { "rounded,filled" } else { "filled" };
    sink.node(
        id,
        &[
            ("label", &actor_label(a)),
            ("shape", shape),
            ("style", style),
            ("fillcolor", fill),
            ("tooltip", &tooltip),
        ],
    );
}

/// The DOT text of `doc` in the given view, with a final newline.
pub fn to_string(doc: &TiesDoc, view: View) -> String {
    let guess = 256 + doc.actors.len() * 300 + doc.events.len() * 420 + doc.relations.len() * 80;
    let mut sink = TextSink::new(guess);
    emit(doc, view, &mut sink);
    let mut text = sink.finish();
    text.push('\n');
    text
}

/// The DOT graph of `doc` in the given view, as a graphviz-rust AST.
pub fn to_graph(doc: &TiesDoc, view: View) -> Graph {
    let mut sink = AstSink::default();
    emit(doc, view, &mut sink);
    sink.finish()
}

/// Walks `doc` and hands the diagram's statements to `sink`.
pub fn emit(doc: &TiesDoc, view: View, sink: &mut impl Sink) {
    sink.defaults(
        "graph",
        &[("rankdir", "LR"), ("fontname", FONTNAME), ("fontsize", "12"), ("outputorder", "edgesfirst")],
    );
    sink.defaults("node", &[("fontname", FONTNAME), ("fontsize", "11")]);
    sink.defaults("edge", &[("fontname", FONTNAME), ("fontsize", "9")]);
    // Actor node ids: a1, a2... in document order.
    let ids: HashMap<&str, String> =
        doc.actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), format!("a{}", i + 1))).collect();

    // Clusters by country code; the country itself names its cluster.
    let mut by_country: BTreeMap<&str, Vec<(&str, &Actor)>> = BTreeMap::new();
    for a in &doc.actors {
        let id = ids[a.id.as_str()].as_str();
        match a.country.as_deref() {
            Some(c) => by_country.entry(c).or_default().push((id, a)),
            None => actor_node(sink, id, a),
        }
    }
    for (i, (code, members)) in by_country.iter().enumerate() {
        let name = members.iter().find(|(_, a)| a.kind == ActorKind::Country).map(|(_, a)| a.name.as_str());
        let label = match name {
            Some(n) => format!("{} ({code})", isolate(n)),
            None => code.to_string(),
        };
        sink.begin(&format!("cluster_{}", i + 1));
        sink.defaults("graph", &[("label", &label), ("style", "rounded,dashed"), ("color", "#999999")]);
        for (id, a) in members {
            actor_node(sink, id, a);
        }
        sink.end();
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
                sink.node(
                    &id,
                    &[
                        ("label", &label),
                        ("shape", "box"),
                        ("style", style),
                        ("fillcolor", "#fffbe6"),
                        ("tooltip", &e.summary),
                    ],
                );
                for p in &e.participants {
                    let Some(a) = ids.get(p.actor.as_str()) else { continue };
                    let attrs = [("label", p.role.as_str()), ("color", "#555555")];
                    // The visitor, the speaker and the reporter lead into the
                    // event; the host, the target and the place come out of it.
                    match p.role {
                        Role::Agent | Role::Participant | Role::Reporter => sink.edge(a, &id, &attrs),
                        Role::Host | Role::Target | Role::Location => sink.edge(&id, a, &attrs),
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
                sink.edge(
                    s,
                    t,
                    &[("label", &label), ("color", "#1f5fa8"), ("fontcolor", "#1f5fa8"), ("style", style)],
                );
            }
        }
        View::Actors => {
            let actors = actor_index(doc);
            for t in project(doc) {
                let (Some(a), Some(b)) = (ids.get(t.a), ids.get(t.b)) else { continue };
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
                let width = format!("{:.1}", 1.0 + (t.events.len().min(6) as f64) * 0.5);
                let tooltip = format!(
                    "{} – {}",
                    actors.get(t.a).map_or(t.a, |x| x.name.as_str()),
                    actors.get(t.b).map_or(t.b, |x| x.name.as_str())
                );
                sink.edge(
                    a,
                    b,
                    &[("label", &label), ("dir", "none"), ("penwidth", &width), ("tooltip", &tooltip)],
                );
            }
        }
    }
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
    use graphviz_rust::printer::{DotPrinter, PrinterContext};

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

    /// Every char of the first planes, alone and around line breaks,
    /// quotes as the rule says char by char.
    #[test]
    fn quoting_by_runs_agrees_with_the_rule_for_every_char() {
        fn by_char(s: &str) -> String {
            let mut o = String::from('"');
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => o.push_str("\\\\"),
                    '"' => o.push_str("\\\""),
                    '\r' if chars.peek() == Some(&'\n') => {}
                    '\r' | '\n' | '\u{2028}' | '\u{2029}' => o.push_str("\\n"),
                    c if c.is_control() => {}
                    c => o.push(c),
                }
            }
            o.push('"');
            o
        }
        for c in (0..0x3000u32).chain(0xFEF0..0x10000).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a{c}\r\n{c}b\r"), format!("\r{c}\u{2028}\u{85}«{c}—")] {
                let mut o = String::new();
                push_quoted(&mut o, &s);
                assert_eq!(o, by_char(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn text_sink_writes_what_the_printer_prints() {
        let mut doc = crate::graph::tests_support::small_doc();
        doc.actors[1].country = Some("C\"X".into());
        std::sync::Arc::make_mut(&mut doc.actors[1].names).insert("ar".into(), "اسم\n\"عربي\"".into());
        for view in [View::Full, View::Actors] {
            let printed = to_graph(&doc, view).print(&mut PrinterContext::default()) + "\n";
            assert_eq!(to_string(&doc, view), printed, "{view:?}");
        }
    }

    #[test]
    fn printed_dot_parses_back() {
        let doc = crate::graph::tests_support::small_doc();
        for view in [View::Full, View::Actors] {
            let g = to_graph(&doc, view);
            let text = to_string(&doc, view);
            assert_eq!(graphviz_rust::parse(&text).expect("parses"), g);
        }
    }
}
