//! The commands, wired to the library.

use crate::cli::{BuildArgs, Cli, Command, EvalArgs, ExtractArgs, ExtractFormat, InputArgs, MergeArgs};
use anyhow::{Context, Result, anyhow};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::Path;
use ties::date::PartialDate;
use ties::ingest::{self, Diagnostic, Document, IngestOptions, Severity};
use ties::lexicon::{DataFiles, Lexicon};
use ties::model::TiesDoc;

use crate::cli::{
    DrawArgs, ExportCmdArgs, ExportFormat, FilterArgs, LayoutArg, Query, QueryArgs, RenderArg, ViewArg,
};
use ties::export::{ExportOptions, Format, Layout, View, dot::Render};
use ties::graph::Filter;

/// How a run ended, when it did not fail outright.
pub enum Outcome {
    /// Every document was processed.
    Clean,
    /// Some documents were skipped.
    Skipped,
}

/// Is this error a closed pipe on standard output (`ties ... | head`)?
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints diagnostics as they come and remembers whether any document was skipped.
struct Reporter {
    quiet: bool,
    verbose: bool,
    skipped: usize,
    warnings: usize,
}

impl Reporter {
    fn report(&mut self, d: &Diagnostic) {
        match d.severity {
            Severity::Error => {
                self.skipped += 1;
                eprintln!("ties: {d}");
            }
            Severity::Warning => {
                self.warnings += 1;
                if !self.quiet {
                    eprintln!("ties: {d}");
                }
            }
        }
    }

    fn outcome(&self) -> Outcome {
        if self.skipped > 0 { Outcome::Skipped } else { Outcome::Clean }
    }
}

/// Runs the command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let lexicon = load_lexicon(cli.data.as_deref())?;
    let mut reporter = Reporter { quiet: cli.quiet, verbose: cli.verbose, skipped: 0, warnings: 0 };
    match cli.command {
        Command::Build(args) => build(args, &lexicon, &mut reporter),
        Command::Extract(args) => extract(args, &lexicon, &mut reporter),
        Command::Merge(args) => merge_parts(args, &mut reporter),
        Command::Eval(args) => eval(args, &lexicon, &mut reporter),
        Command::Export(args) => export(args, &reporter),
        Command::Query(args) => query(args),
    }
}

fn load_lexicon(dir: Option<&Path>) -> Result<Lexicon> {
    let data = match dir {
        Some(d) => DataFiles::from_dir(d).map_err(|e| anyhow!("{e}"))?,
        None => DataFiles::embedded(),
    };
    Lexicon::compile(&data).map_err(|e| match dir {
        Some(d) => anyhow!("{}/{e}", d.display()),
        None => anyhow!("built-in data: {e}"),
    })
}

fn options(args: &InputArgs) -> Result<IngestOptions> {
    let published = match &args.published {
        Some(s) => Some(
            PartialDate::parse(s)
                .ok_or_else(|| anyhow!("--published {s:?}: not a date (want YYYY, YYYY-MM or YYYY-MM-DD)"))?,
        ),
        None => None,
    };
    Ok(IngestOptions { published })
}

fn progress(total: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || total < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let template = if std::env::var_os("NO_COLOR").is_some() {
        "{pos}/{len} documents {wide_bar} {eta}"
    } else {
        "{pos}/{len} documents {wide_bar:.cyan/blue} {eta}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    Some(bar)
}

/// Extracts documents in parallel, in input order.
fn extract_all(
    docs: &[Document],
    lexicon: &Lexicon,
    bar: Option<&indicatif::ProgressBar>,
) -> Vec<Result<(TiesDoc, Vec<Diagnostic>), Diagnostic>> {
    extract_map(docs, lexicon, bar, &|doc| doc)
}

/// Extracts documents in parallel and passes each result through `then`
/// on the same worker (serializing a line there keeps the writer's thread
/// free); results come back in input order.
fn extract_map<T: Send>(
    docs: &[Document],
    lexicon: &Lexicon,
    bar: Option<&indicatif::ProgressBar>,
    then: &(dyn Fn(TiesDoc) -> T + Sync),
) -> Vec<Result<(T, Vec<Diagnostic>), Diagnostic>> {
    docs.par_iter()
        .map(|d| {
            let r = ties::extract(d, lexicon).map(|(doc, diags)| (then(doc), diags));
            if let Some(b) = bar {
                b.inc(1);
            }
            r
        })
        .collect()
}

fn read_inputs(
    inputs: &[std::path::PathBuf],
    opts: &IngestOptions,
    reporter: &mut Reporter,
) -> Vec<Document> {
    let (docs, diags) = ingest::read_all_inputs(inputs, opts);
    for d in &diags {
        reporter.report(d);
    }
    docs
}

fn build(args: BuildArgs, lexicon: &Lexicon, reporter: &mut Reporter) -> Result<Outcome> {
    let opts = options(&args.input)?;
    let started = std::time::Instant::now();
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output folder", args.out.display()))?;
    // Streamed: the articles' text is forgotten batch by batch, and their
    // extractions are merged as they come, so memory follows the graph.
    let mut merger = ties::graph::Merger::new();
    let read = stream(&args.inputs, &opts, lexicon, reporter, &|doc| doc, &mut |doc| {
        merger.push(doc);
        Ok(())
    })?;
    if read == 0 {
        return Err(anyhow!("no article could be read from {}", join(&args.inputs)));
    }
    let merged = merger.finish();
    write_graph(&merged, &args.out, &args.filter, &args.draw, reporter)?;
    if reporter.verbose {
        eprintln!(
            "ties: {} documents, {} actors, {} events, {} relations, {} times in {:.2?} -> {}",
            merged.documents.len(),
            merged.actors.len(),
            merged.events.len(),
            merged.relations.len(),
            merged.times.len(),
            started.elapsed(),
            args.out.display()
        );
    }
    Ok(reporter.outcome())
}

/// Writes every export of a merged graph into `out`.
fn write_graph(
    merged: &TiesDoc,
    out: &std::path::Path,
    filter: &FilterArgs,
    draw: &DrawArgs,
    reporter: &mut Reporter,
) -> Result<()> {
    let mut export_opts = export_options(filter, draw)?;
    export_opts.inline_svg = true;
    let written = ties::export::write_all(merged, out, &export_opts)?;
    print_notes(&written, reporter);
    Ok(())
}

/// `ties merge`: merges partial outputs (ties/1 JSON documents, or JSON
/// Lines of them, as `ties extract --format jsonl` writes) into one graph
/// and writes every export, exactly as `build` does with its own parts.
fn merge_parts(args: MergeArgs, reporter: &mut Reporter) -> Result<Outcome> {
    let mut parts = ties::graph::Merger::new();
    for path in &args.parts {
        let read: Box<dyn std::io::Read> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?)
        };
        let mut reader = std::io::BufReader::new(read);
        let mut line = String::new();
        let mut n = 0usize;
        let mut whole = String::new();
        // JSON Lines are read a line at a time; a pretty-printed document
        // (graph.json) is read whole.
        loop {
            line.clear();
            if std::io::BufRead::read_line(&mut reader, &mut line)? == 0 {
                break;
            }
            n += 1;
            if !whole.is_empty() || (n == 1 && line.trim() == "{") {
                whole.push_str(&line);
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<TiesDoc>(&line) {
                Ok(d) => parts.push(d),
                Err(e) => reporter.report(&Diagnostic::error(
                    format!("{}:{n}", path.display()),
                    format!("not a ties/1 document: {e}; skipped"),
                )),
            }
        }
        if !whole.is_empty() {
            match serde_json::from_str::<TiesDoc>(&whole) {
                Ok(d) => parts.push(d),
                Err(e) => reporter.report(&Diagnostic::error(
                    path.display().to_string(),
                    format!("not a ties/1 document: {e}; skipped"),
                )),
            }
        }
    }
    if parts.is_empty() {
        return Err(anyhow!("nothing to merge in {}", join(&args.parts)));
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output folder", args.out.display()))?;
    let merged = parts.finish();
    write_graph(&merged, &args.out, &args.filter, &args.draw, reporter)?;
    Ok(reporter.outcome())
}

fn join(paths: &[std::path::PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// How many documents a streaming batch holds: enough to keep every core
/// busy, small enough for constant memory.
const BATCH: usize = 256;

/// Reads the inputs a batch at a time, extracts each batch in parallel and
/// hands the results to `sink` in input order; problems are reported as
/// they come. Each extraction goes through `then` on its worker before it
/// reaches `sink`. Returns how many documents were read.
fn stream<T: Send>(
    inputs: &[std::path::PathBuf],
    opts: &IngestOptions,
    lexicon: &Lexicon,
    reporter: &mut Reporter,
    then: &(dyn Fn(TiesDoc) -> T + Sync),
    sink: &mut dyn FnMut(T) -> Result<()>,
) -> Result<usize> {
    let (sources, diags) = ingest::expand(inputs);
    diags.iter().for_each(|d| reporter.report(d));
    let mut ids = ingest::IdRegistry::default();
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut pending: Vec<Diagnostic> = Vec::new();
    let mut read = 0usize;
    let bar = progress(if sources.len() > 1 { sources.len() } else { 0 }, reporter.quiet);
    let mut flush =
        |batch: &mut Vec<Document>, reporter: &mut Reporter, pending: &mut Vec<Diagnostic>| -> Result<()> {
            pending.drain(..).for_each(|d| reporter.report(&d));
            for r in extract_map(batch, lexicon, None, then) {
                match r {
                    Ok((doc, diags)) => {
                        diags.iter().for_each(|d| reporter.report(d));
                        sink(doc)?;
                    }
                    Err(d) => reporter.report(&d),
                }
            }
            batch.clear();
            Ok(())
        };
    for s in &sources {
        let mut failed: Option<anyhow::Error> = None;
        ingest::read_source(s, opts, &mut |r| {
            if failed.is_some() {
                return;
            }
            match r.and_then(|d| ids.admit(&d).map(|_| d)) {
                Ok(d) => {
                    read += 1;
                    batch.push(d);
                    if batch.len() >= BATCH
                        && let Err(e) = flush(&mut batch, reporter, &mut pending)
                    {
                        failed = Some(e);
                    }
                }
                Err(d) => pending.push(d),
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        if let Some(b) = &bar {
            b.inc(1);
        }
    }
    flush(&mut batch, reporter, &mut pending)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(read)
}

fn extract(args: ExtractArgs, lexicon: &Lexicon, reporter: &mut Reporter) -> Result<Outcome> {
    let opts = options(&args.input)?;
    match args.format {
        ExtractFormat::Json => {
            let mut merger = ties::graph::Merger::new();
            let read = stream(&args.inputs, &opts, lexicon, reporter, &|doc| doc, &mut |doc| {
                merger.push(doc);
                Ok(())
            })?;
            if read == 0 && reporter.skipped > 0 {
                return Err(anyhow!("no article could be read from {}", join(&args.inputs)));
            }
            let merged = merger.finish();
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            ties::export::json::write(&merged, &mut out)?;
            out.flush()?;
        }
        ExtractFormat::Jsonl => {
            // A pure mapper: one line per article, in input order, each
            // batch written and forgotten.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let line = |doc: TiesDoc| ties::export::json::to_line(&doc);
            stream(&args.inputs, &opts, lexicon, reporter, &line, &mut |line| {
                out.write_all(&line)?;
                Ok(())
            })?;
            out.flush()?;
        }
    }
    Ok(reporter.outcome())
}

/// `ties eval`: extracts the inputs (as `build` does) or reads `--system`,
/// scores against the gold folder and prints a table or JSON. Articles
/// that could not be read show up as missing documents, so the command
/// ends with success once it has printed.
fn eval(args: EvalArgs, lexicon: &Lexicon, reporter: &mut Reporter) -> Result<Outcome> {
    let mut golds = ties::eval::load_gold_dir(&args.gold).map_err(|e| anyhow!("{e}"))?;
    if golds.is_empty() {
        return Err(anyhow!("{}: no *.gold.json file found", args.gold.display()));
    }
    if !args.docs.is_empty() {
        golds.retain(|g| args.docs.contains(&g.doc));
    }
    let system = match &args.system {
        Some(path) => ties::eval::load_system(path).map_err(|e| anyhow!("{e}"))?,
        None => {
            let opts = options(&args.input)?;
            let docs = read_inputs(&args.inputs, &opts, reporter);
            let mut parts = Vec::with_capacity(docs.len());
            for r in extract_all(&docs, lexicon, None) {
                match r {
                    Ok((doc, diags)) => {
                        diags.iter().for_each(|d| reporter.report(d));
                        parts.push(doc);
                    }
                    Err(d) => reporter.report(&d),
                }
            }
            ties::graph::merge(parts)
        }
    };
    let report = ties::eval::score(&system, &golds);
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", report.to_json())?;
    } else {
        out.write_all(report.render_table().as_bytes())?;
    }
    out.flush()?;
    Ok(Outcome::Clean)
}

fn date_arg(flag: &str, s: &Option<String>) -> Result<Option<PartialDate>> {
    match s {
        Some(s) => PartialDate::parse(s)
            .map(Some)
            .ok_or_else(|| anyhow!("{flag} {s:?}: not a date (want YYYY, YYYY-MM or YYYY-MM-DD)")),
        None => Ok(None),
    }
}

fn filter_of(f: &FilterArgs) -> Result<Filter> {
    if let Some(c) = f.min_confidence
        && !(0.0..=1.0).contains(&c)
    {
        return Err(anyhow!("--min-confidence {c}: want a number from 0 to 1"));
    }
    Ok(Filter {
        actor: f.actor.clone(),
        depth: Some(f.depth),
        from: date_arg("--from", &f.from)?,
        to: date_arg("--to", &f.to)?,
        types: f.types.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
        min_confidence: f.min_confidence,
    })
}

fn export_options(f: &FilterArgs, d: &DrawArgs) -> Result<ExportOptions> {
    Ok(ExportOptions {
        filter: filter_of(f)?,
        view: match d.view {
            ViewArg::Full => View::Full,
            ViewArg::Actors => View::Actors,
        },
        layout: match d.layout {
            LayoutArg::Dot => Layout::Dot,
            LayoutArg::Sfdp => Layout::Sfdp,
        },
        render: d
            .render
            .iter()
            .map(|r| match r {
                RenderArg::Svg => Render::Svg,
                RenderArg::Png => Render::Png,
            })
            .collect(),
        inline_svg: false,
    })
}

fn print_notes(w: &ties::export::Written, reporter: &Reporter) {
    if reporter.quiet {
        return;
    }
    for n in &w.notes {
        eprintln!("ties: {n}");
    }
    if reporter.verbose {
        for f in &w.files {
            eprintln!("ties: wrote {}", f.display());
        }
    }
}

fn read_graph(path: &Path) -> Result<TiesDoc> {
    let file = std::fs::File::open(path)
        .with_context(|| format!("{}: cannot read (run `ties build` first, or give --in)", path.display()))?;
    // Parsed as it is read: the graph is never held twice (text and values).
    let doc: TiesDoc = serde_json::from_reader(std::io::BufReader::with_capacity(1 << 16, file))
        .with_context(|| format!("{}: not a ties/1 document", path.display()))?;
    if doc.schema != ties::model::SCHEMA {
        return Err(anyhow!("{}: schema {:?}, want {:?}", path.display(), doc.schema, ties::model::SCHEMA));
    }
    Ok(doc)
}

fn export(args: ExportCmdArgs, reporter: &Reporter) -> Result<Outcome> {
    let doc = read_graph(&args.input)?;
    let mut opts = export_options(&args.filter, &args.draw)?;
    let format = match args.format {
        ExportFormat::Json => Format::Json,
        ExportFormat::Dot => Format::Dot,
        ExportFormat::Svg => Format::Svg,
        ExportFormat::Png => Format::Png,
        ExportFormat::TimelineMd => Format::TimelineMd,
        ExportFormat::TimelineJson => Format::TimelineJson,
        ExportFormat::TimelineHtml => Format::TimelineHtml,
        ExportFormat::Graphml => Format::Graphml,
        ExportFormat::Gexf => Format::Gexf,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Neo4j => Format::Neo4j,
        ExportFormat::All => {
            let dir = args.out.unwrap_or_else(|| "output".into());
            opts.inline_svg = true;
            let w = ties::export::write_all(&doc, &dir, &opts)?;
            print_notes(&w, reporter);
            return Ok(Outcome::Clean);
        }
    };
    let folder = |p: Option<std::path::PathBuf>| p.unwrap_or_else(|| "output".into());
    match format {
        Format::Csv | Format::Neo4j => {
            let w = ties::export::write_format(&doc, format, &folder(args.out), &opts)?;
            print_notes(&w, reporter);
        }
        Format::Svg | Format::Png => {
            let r = if format == Format::Svg { Render::Svg } else { Render::Png };
            let doc = opts.filter.apply_borrowed(&doc)?;
            let text = ties::export::dot::to_string(&doc, opts.view);
            let drawn = ties::export::dot::render(&text, r, opts.layout);
            let out = args.out.filter(|p| p.as_os_str() != "-");
            match (drawn, out) {
                (Ok(d), Some(path)) => {
                    ties::export::write_atomic(&path, &d.bytes)
                        .with_context(|| format!("{}: cannot write", path.display()))?;
                    if !d.warnings.trim().is_empty() && !reporter.quiet {
                        eprintln!("ties: {}: {}", opts.layout.program(), d.warnings.trim());
                    }
                }
                (Ok(d), None) => std::io::stdout().lock().write_all(&d.bytes)?,
                (Err(ties::export::dot::RenderError::Missing(p)), out) => {
                    let dot_path = out.map(|o| o.with_extension("dot")).unwrap_or_else(|| "graph.dot".into());
                    ties::export::write_atomic(&dot_path, text.as_bytes())
                        .with_context(|| format!("{}: cannot write", dot_path.display()))?;
                    return Err(anyhow!(
                        "Graphviz `{p}` not found: install graphviz to draw; the diagram was written as {}",
                        dot_path.display()
                    ));
                }
                (Err(e), _) => return Err(e.into()),
            }
        }
        _ => {
            let inline = opts.inline_svg || format == Format::TimelineHtml;
            let doc = opts.filter.apply_borrowed(&doc)?;
            let nodes = doc.actors.len() + if opts.view == View::Full { doc.events.len() } else { 0 };
            let svg = if inline && nodes <= ties::export::INLINE_SVG_MAX_NODES {
                ties::export::dot::render(
                    &ties::export::dot::to_string(&doc, opts.view),
                    Render::Svg,
                    opts.layout,
                )
                .ok()
                .and_then(|r| String::from_utf8(r.bytes).ok())
            } else {
                None
            };
            // Written as it is made: a large graph's export is never held whole.
            let write = |w: &mut dyn Write| {
                ties::export::write_to(&doc, format, &opts, svg.as_deref(), w).expect("one-file format")
            };
            match args.out.filter(|p| p.as_os_str() != "-") {
                Some(path) => {
                    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                        std::fs::create_dir_all(parent)
                            .with_context(|| format!("{}: cannot create", parent.display()))?;
                    }
                    ties::export::write_atomic_with(&path, write)
                        .with_context(|| format!("{}: cannot write", path.display()))?;
                    if format == Format::Dot && !opts.render.is_empty() {
                        let dir =
                            path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
                        let text = ties::export::dot::to_string(&doc, opts.view);
                        for r in &opts.render {
                            match ties::export::dot::render(&text, *r, opts.layout) {
                                Ok(d) => {
                                    let target = dir.join(
                                        path.with_extension(if *r == Render::Svg { "svg" } else { "png" })
                                            .file_name()
                                            .unwrap_or_default(),
                                    );
                                    ties::export::write_atomic(&target, &d.bytes)
                                        .with_context(|| format!("{}: cannot write", target.display()))?;
                                }
                                Err(ties::export::dot::RenderError::Missing(p)) => eprintln!(
                                    "ties: Graphviz `{p}` not found: {} not drawn (install graphviz); {} was written",
                                    r.file_name(),
                                    path.display()
                                ),
                                Err(e) => return Err(e.into()),
                            }
                        }
                    }
                }
                None => {
                    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                    write(&mut out)?;
                    out.flush()?;
                }
            }
        }
    }
    Ok(Outcome::Clean)
}

fn query(args: QueryArgs) -> Result<Outcome> {
    use ties::graph::query::{ActorGraph, events, neighbors, shortest_path};
    let doc = read_graph(&args.input)?;
    let names: std::collections::BTreeMap<&str, &str> =
        doc.actors.iter().map(|a| (a.id.as_str(), a.name.as_str())).collect();
    let name = |id: &str| names.get(id).copied().unwrap_or(id).to_string();
    let known = |id: &str| -> Result<()> {
        if names.contains_key(id) {
            Ok(())
        } else {
            Err(anyhow!("no actor {id:?} in {}", args.input.display()))
        }
    };
    let tie_json = |t: &ties::graph::ActorTie| {
        serde_json::json!({
            "a": t.a, "b": t.b,
            "kinds": t.kinds, "events": t.events, "relations": t.relations,
            "first": t.first.map(|d| d.to_string()), "last": t.last.map(|d| d.to_string()),
        })
    };
    let mut out = std::io::stdout().lock();
    match &args.query {
        Query::Neighbors { actor } => {
            known(actor)?;
            let g = ActorGraph::new(&doc);
            let list = neighbors(&g, actor);
            if args.json {
                let v: Vec<_> = list
                    .iter()
                    .map(|(other, t)| serde_json::json!({ "actor": other, "name": name(other), "tie": tie_json(t) }))
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
            } else {
                for (other, t) in list {
                    writeln!(
                        out,
                        "{other}\t{}\t{}\t{} events\t{}",
                        name(other),
                        t.kinds.join(","),
                        t.events.len(),
                        t.date_range()
                    )?;
                }
            }
        }
        Query::Path { from, to } => {
            known(from)?;
            known(to)?;
            let g = ActorGraph::new(&doc);
            match shortest_path(&g, from, to) {
                Some((ids, ties)) => {
                    if args.json {
                        let v = serde_json::json!({
                            "path": ids,
                            "ties": ties.iter().map(|t| tie_json(t)).collect::<Vec<_>>(),
                        });
                        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
                    } else {
                        for (i, id) in ids.iter().enumerate() {
                            if i > 0 {
                                let t = ties[i - 1];
                                writeln!(out, "  -- {} --", t.kinds.join(","))?;
                            }
                            writeln!(out, "{id}\t{}", name(id))?;
                        }
                    }
                }
                None => return Err(anyhow!("no chain of ties from {from} to {to}")),
            }
        }
        Query::Events { actor, from, to } => {
            if let Some(a) = actor {
                known(a)?;
            }
            let list = events(&doc, actor.as_deref(), date_arg("--from", from)?, date_arg("--to", to)?);
            if args.json {
                writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
            } else {
                for e in list {
                    let parts: Vec<String> = e
                        .participants
                        .iter()
                        .map(|p| format!("{} ({})", name(&p.actor), p.role.as_str()))
                        .collect();
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        ties::export::text::event_date(e),
                        e.kind,
                        e.modality.as_str(),
                        e.summary,
                        parts.join("; ")
                    )?;
                }
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Clean)
}
