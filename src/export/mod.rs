//! Exports of the merged graph: `graph.json`, `graph.dot` (and SVG/PNG
//! through Graphviz), `timeline.md`, `timeline.json` (TimelineJS3),
//! `timeline.html`, `graph.graphml`, `graph.gexf`, `events.csv`,
//! `relations.csv` and `neo4j/`.
//!
//! Every exporter is a pure function from a `ties/1` document to bytes, so
//! the same input gives the same bytes; [`write_all`] and [`write_format`]
//! put them on disk. Every file is written to a temporary file beside its
//! target, then renamed, so no reader ever sees half a file.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod neo4j;
pub mod text;
pub mod timeline;

use crate::graph::Filter;
use crate::graph::filter::FilterError;
use crate::model::TiesDoc;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically (temporary file, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes to `path` atomically through a buffered writer given to `fill`
/// (temporary file, then rename), so a large export is never held whole
/// in memory.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    // Like any file a program creates: 0666 less the umask (a temporary
    // file is 0600, and the rename would keep that).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        fill(&mut w)?;
        w.flush()?;
    }
    tmp.as_file().sync_all().ok();
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// One export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// `graph.json`, the `ties/1` document.
    Json,
    /// `graph.dot`, a Graphviz diagram.
    Dot,
    /// `graph.svg`, the diagram drawn by Graphviz.
    Svg,
    /// `graph.png`, the diagram drawn by Graphviz (cairo renderer).
    Png,
    /// `timeline.md`, a chronological table.
    TimelineMd,
    /// `timeline.json`, TimelineJS3 slides.
    TimelineJson,
    /// `timeline.html`, one self-contained page.
    TimelineHtml,
    /// `graph.graphml`.
    Graphml,
    /// `graph.gexf`, GEXF 1.3 with time spells.
    Gexf,
    /// `events.csv` and `relations.csv`.
    Csv,
    /// `neo4j/nodes.csv`, `neo4j/relationships.csv`, `neo4j/import.cypher`.
    Neo4j,
}

impl Format {
    /// Every format, in the order `ties build` writes them (SVG and PNG
    /// only on request).
    pub const ALL: [Format; 11] = [
        Format::Json,
        Format::Dot,
        Format::Svg,
        Format::Png,
        Format::TimelineMd,
        Format::TimelineJson,
        Format::TimelineHtml,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Neo4j,
    ];

    /// The file name it is written under, for single-file formats.
    pub fn file_name(self) -> Option<&'static str> {
        Some(match self {
            Format::Json => "graph.json",
            Format::Dot => "graph.dot",
            Format::Svg => "graph.svg",
            Format::Png => "graph.png",
            Format::TimelineMd => "timeline.md",
            Format::TimelineJson => "timeline.json",
            Format::TimelineHtml => "timeline.html",
            Format::Graphml => "graph.graphml",
            Format::Gexf => "graph.gexf",
            Format::Csv | Format::Neo4j => return None,
        })
    }
}

/// Which diagram to draw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// Actors and events as nodes, roles and relations as edges.
    #[default]
    Full,
    /// Actors only; ties as labelled, dated edges.
    Actors,
}

/// The Graphviz layout engine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// `dot`: hierarchical, honours clusters (the default).
    #[default]
    Dot,
    /// `sfdp`: force-directed, for large graphs.
    Sfdp,
}

impl Layout {
    /// The Graphviz program.
    pub fn program(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Sfdp => "sfdp",
        }
    }
}

/// Options of every export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// What to keep of the document.
    pub filter: Filter,
    /// The diagram to draw.
    pub view: View,
    /// Graphviz layout engine for SVG and PNG.
    pub layout: Layout,
    /// Also draw the diagram as SVG and/or PNG (needs Graphviz).
    pub render: Vec<dot::Render>,
    /// Embed the diagram in `timeline.html` as inline SVG when Graphviz is
    /// installed.
    pub inline_svg: bool,
}

/// An export that could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The filter cannot be applied.
    #[error(transparent)]
    Filter(#[from] FilterError),
    /// A file could not be written.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Graphviz failed (not when it is missing: see [`Written::notes`]).
    #[error(transparent)]
    Render(#[from] dot::RenderError),
}

/// What an export run wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Written {
    /// The files written, in order.
    pub files: Vec<PathBuf>,
    /// One-line notes for the user (Graphviz missing, warnings).
    pub notes: Vec<String>,
}

fn put(dir: &Path, name: &str, bytes: &[u8], out: &mut Written) -> Result<(), ExportError> {
    put_with(dir, name, out, |w| w.write_all(bytes))
}

fn put_with(
    dir: &Path,
    name: &str,
    out: &mut Written,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|source| ExportError::Io { path: parent.to_path_buf(), source })?;
    }
    write_atomic_with(&path, fill).map_err(|source| ExportError::Io { path: path.clone(), source })?;
    out.files.push(path);
    Ok(())
}

/// Writes one single-file export into `w` as it is made (`svg`: the
/// diagram of the HTML page). `None` for the formats that are not one text
/// file (SVG/PNG, CSV, Neo4j).
pub fn write_to(
    doc: &TiesDoc,
    format: Format,
    opts: &ExportOptions,
    svg: Option<&str>,
    w: &mut dyn Write,
) -> Option<std::io::Result<()>> {
    Some(match format {
        Format::Json => json::write(doc, w),
        Format::Dot => w.write_all(dot::to_string(doc, opts.view).as_bytes()),
        Format::TimelineMd => timeline::write_markdown(doc, w),
        Format::TimelineJson => timeline::write_timelinejs(doc, w),
        Format::TimelineHtml => timeline::write_html(doc, svg, w),
        Format::Graphml => graphml::write(doc, w),
        Format::Gexf => gexf::write(doc, w),
        Format::Svg | Format::Png | Format::Csv | Format::Neo4j => return None,
    })
}

/// The bytes of one single-file export (see [`write_to`]).
pub fn to_bytes(doc: &TiesDoc, format: Format, opts: &ExportOptions, svg: Option<&str>) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    write_to(doc, format, opts, svg, &mut out)?.expect("writing to memory does not fail");
    Some(out)
}

/// Writes one format into `dir` under its usual name(s).
///
/// SVG and PNG need Graphviz: when it is missing, the DOT file is written
/// instead and a note says so.
pub fn write_format(
    doc: &TiesDoc,
    format: Format,
    dir: &Path,
    opts: &ExportOptions,
) -> Result<Written, ExportError> {
    let doc = opts.filter.apply_borrowed(doc)?;
    let mut out = Written::default();
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io { path: dir.to_path_buf(), source })?;
    write_one(&doc, format, dir, opts, &mut out)?;
    Ok(out)
}

fn write_one(
    doc: &TiesDoc,
    format: Format,
    dir: &Path,
    opts: &ExportOptions,
    out: &mut Written,
) -> Result<(), ExportError> {
    match format {
        Format::Svg | Format::Png => {
            let r = if format == Format::Svg { dot::Render::Svg } else { dot::Render::Png };
            let text = dot::to_string(doc, opts.view);
            put(dir, "graph.dot", text.as_bytes(), out)?;
            render_into(&text, r, dir, opts.layout, out)?;
        }
        Format::Csv => {
            put_with(dir, "events.csv", out, |w| csv::write_events(doc, w))?;
            put_with(dir, "relations.csv", out, |w| csv::write_relations(doc, w))?;
        }
        Format::Neo4j => {
            put(dir, "neo4j/nodes.csv", &neo4j::nodes(doc), out)?;
            put(dir, "neo4j/relationships.csv", &neo4j::relationships(doc), out)?;
            put(dir, "neo4j/import.cypher", neo4j::cypher(doc).as_bytes(), out)?;
        }
        Format::TimelineHtml => {
            let svg = if opts.inline_svg { inline_svg(doc, opts, out) } else { None };
            put_with(dir, "timeline.html", out, |w| timeline::write_html(doc, svg.as_deref(), w))?;
        }
        f => {
            let name = f.file_name().expect("single-file format");
            put_with(dir, name, out, |w| write_to(doc, f, opts, None, w).expect("single-file format"))?;
        }
    }
    Ok(())
}

/// Above this many nodes the page does not wait for Graphviz to lay out
/// the diagram (it would take minutes and make an unreadable picture).
pub const INLINE_SVG_MAX_NODES: usize = 1500;

/// Draws the diagram for the HTML page; a missing Graphviz leaves a note.
fn inline_svg(doc: &TiesDoc, opts: &ExportOptions, out: &mut Written) -> Option<String> {
    let nodes = doc.actors.len() + if opts.view == View::Full { doc.events.len() } else { 0 };
    if nodes > INLINE_SVG_MAX_NODES {
        out.notes.push(format!(
            "timeline.html without diagram: {nodes} nodes is too many to draw inline (filter with --actor/--from/--types, or render graph.dot with --layout sfdp)"
        ));
        return None;
    }
    match dot::render(&dot::to_string(doc, opts.view), dot::Render::Svg, opts.layout) {
        Ok(r) => String::from_utf8(r.bytes).ok(),
        Err(e) => {
            let note = format!("timeline.html without diagram: {e}");
            if !out.notes.contains(&note) {
                out.notes.push(note);
            }
            None
        }
    }
}

fn render_into(
    text: &str,
    r: dot::Render,
    dir: &Path,
    layout: Layout,
    out: &mut Written,
) -> Result<(), ExportError> {
    match dot::render(text, r, layout) {
        Ok(done) => {
            put(dir, r.file_name(), &done.bytes, out)?;
            if !done.warnings.trim().is_empty() {
                out.notes.push(format!("{}: {}", layout.program(), done.warnings.trim()));
            }
            Ok(())
        }
        Err(dot::RenderError::Missing(p)) => {
            out.notes.push(format!(
                "Graphviz `{p}` not found: {} not drawn (install graphviz); graph.dot was written",
                r.file_name()
            ));
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// Writes every export of `doc` into `dir` (created if missing): what
/// `ties build` leaves in its output folder.
///
/// # Errors
/// When the filter names an unknown actor, a file cannot be written, or
/// Graphviz is installed but fails. A missing Graphviz is only a note.
pub fn write_all(doc: &TiesDoc, dir: &Path, opts: &ExportOptions) -> Result<Written, ExportError> {
    let doc = opts.filter.apply_borrowed(doc)?;
    let mut out = Written::default();
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io { path: dir.to_path_buf(), source })?;
    // Each format goes to its own files: they are made in parallel, and
    // their files, notes and first error are taken in the order of
    // `Format::ALL`, as a run one after the other would give them.
    let formats: Vec<Format> =
        Format::ALL.into_iter().filter(|f| !matches!(f, Format::Svg | Format::Png)).collect();
    let parts: Vec<(Written, Result<(), ExportError>)> = formats
        .par_iter()
        .map(|&f| {
            let mut w = Written::default();
            let r = write_one(&doc, f, dir, opts, &mut w);
            (w, r)
        })
        .collect();
    for (w, r) in parts {
        r?;
        out.files.extend(w.files);
        for n in w.notes {
            if !out.notes.contains(&n) {
                out.notes.push(n);
            }
        }
    }
    if !opts.render.is_empty() {
        let text = dot::to_string(&doc, opts.view);
        for r in &opts.render {
            render_into(&text, *r, dir, opts.layout, &mut out)?;
        }
    }
    Ok(out)
}
