//! The commands, wired to the library.

use crate::cli::{BuildArgs, Cli, Command, EvalArgs, ExtractArgs, ExtractFormat, InputArgs};
use anyhow::{Context, Result, anyhow};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::Path;
use ties::date::PartialDate;
use ties::ingest::{self, Diagnostic, Document, IngestOptions, Severity};
use ties::lexicon::{DataFiles, Lexicon};
use ties::model::TiesDoc;

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
        Command::Eval(args) => eval(args, &lexicon, &mut reporter),
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
    docs.par_iter()
        .map(|d| {
            let r = ties::extract(d, lexicon);
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
    let docs = read_inputs(&args.inputs, &opts, reporter);
    if docs.is_empty() {
        return Err(anyhow!("no article could be read from {}", join(&args.inputs)));
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("{}: cannot create the output folder", args.out.display()))?;
    let bar = progress(docs.len(), reporter.quiet);
    let results = extract_all(&docs, lexicon, bar.as_ref());
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut parts = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok((doc, diags)) => {
                diags.iter().for_each(|d| reporter.report(d));
                parts.push(doc);
            }
            Err(d) => reporter.report(&d),
        }
    }
    let merged = ties::graph::merge(parts);
    let path = args.out.join("graph.json");
    ties::export::write_atomic(&path, ties::export::json::to_string(&merged).as_bytes())
        .with_context(|| format!("{}: cannot write", path.display()))?;
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

fn join(paths: &[std::path::PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// How many documents a streaming batch holds: enough to keep every core
/// busy, small enough for constant memory.
const BATCH: usize = 256;

fn extract(args: ExtractArgs, lexicon: &Lexicon, reporter: &mut Reporter) -> Result<Outcome> {
    let opts = options(&args.input)?;
    match args.format {
        ExtractFormat::Json => {
            let docs = read_inputs(&args.inputs, &opts, reporter);
            let mut parts = Vec::new();
            for r in extract_all(&docs, lexicon, None) {
                match r {
                    Ok((doc, diags)) => {
                        diags.iter().for_each(|d| reporter.report(d));
                        parts.push(doc);
                    }
                    Err(d) => reporter.report(&d),
                }
            }
            if parts.is_empty() && reporter.skipped > 0 && docs.is_empty() {
                return Err(anyhow!("no article could be read from {}", join(&args.inputs)));
            }
            let merged = ties::graph::merge(parts);
            let mut out = std::io::stdout().lock();
            out.write_all(ties::export::json::to_string(&merged).as_bytes())?;
            out.flush()?;
        }
        ExtractFormat::Jsonl => {
            // Streamed: read a batch, extract it in parallel, write it in
            // order, forget it.
            let (sources, diags) = ingest::expand(&args.inputs);
            diags.iter().for_each(|d| reporter.report(d));
            let mut ids = ingest::IdRegistry::default();
            let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut pending: Vec<Diagnostic> = Vec::new();
            let mut flush = |batch: &mut Vec<Document>,
                             reporter: &mut Reporter,
                             pending: &mut Vec<Diagnostic>|
             -> Result<()> {
                pending.drain(..).for_each(|d| reporter.report(&d));
                for r in extract_all(batch, lexicon, None) {
                    match r {
                        Ok((doc, diags)) => {
                            diags.iter().for_each(|d| reporter.report(d));
                            writeln!(out, "{}", ties::export::json::to_line(&doc))?;
                        }
                        Err(d) => reporter.report(&d),
                    }
                }
                batch.clear();
                out.flush()?;
                Ok(())
            };
            for s in &sources {
                let mut failed: Option<anyhow::Error> = None;
                ingest::read_source(s, &opts, &mut |r| {
                    if failed.is_some() {
                        return;
                    }
                    match r.and_then(|d| ids.admit(&d).map(|_| d)) {
                        Ok(d) => {
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
            }
            flush(&mut batch, reporter, &mut pending)?;
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
