//! Command-line definitions: every flag is documented once, here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// ties: news articles in, a timeline and a relation graph of diplomatic and
/// security ties out. Reads Arabic, French and English; works offline.
#[derive(Debug, Parser)]
#[command(name = "ties", version, about, long_about = None, after_help = "Examples:\n  ties build                       read data/articles, write output/\n  ties build news/ -o out/         read a folder of articles\n  ties extract article.txt         one article's ties/1 JSON on stdout\n  cat feed.jsonl | ties extract --format jsonl -")]
pub struct Cli {
    /// Print nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more about what is done (every warning, timings).
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Read knowledge files from DIR (holding lexicon/ and gazetteer/)
    /// instead of those built into the binary.
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write the graph and its exports to a folder.
    #[command(
        after_help = "Examples:\n  ties build                          data/articles -> output/\n  ties build a.txt b.html -o out      two articles\n  ties build feed.jsonl --published 2024-11-28"
    )]
    Build(BuildArgs),
    /// Extract one article or many to standard output, without merging.
    #[command(
        after_help = "Examples:\n  ties extract article.txt                   ties/1 JSON for one article\n  ties extract news/ --format jsonl          one ties/1 line per article\n  cat feed.jsonl | ties extract --format jsonl -   a streaming mapper"
    )]
    Extract(ExtractArgs),
    /// Score an extraction against gold annotations (precision, recall, F1).
    #[command(
        after_help = "Examples:\n  ties eval --gold data/gold                    extract data/articles and score it\n  ties eval --gold data/gold news/ --json       extract news/, totals as JSON\n  ties eval --gold data/gold --system output/graph.json   score an existing graph\n  ties eval --gold data/gold --system parts.jsonl --docs dev-ar-01,dev-fr-02"
    )]
    Eval(EvalArgs),
}

/// Options shared by the commands that read articles.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Publication date for every article (YYYY, YYYY-MM or YYYY-MM-DD),
    /// overriding what the articles say.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
}

/// `ties build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Articles: files, folders (read recursively) or `-` for standard input.
    #[arg(value_name = "INPUT", default_value = "data/articles")]
    pub inputs: Vec<PathBuf>,
    /// Folder to write into (created if missing).
    #[arg(short, long = "out", visible_alias = "output", value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Output format of `ties extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One ties/1 document for all inputs (merged).
    Json,
    /// One ties/1 document per article, one per line, streamed.
    Jsonl,
}

/// `ties extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles: files, folders or `-` for standard input.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: ExtractFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

/// `ties eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of gold annotations: every `*.gold.json` under it is read.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Articles to extract and score: files, folders or `-` for standard
    /// input (as for `ties build`).
    #[arg(value_name = "INPUT", default_value = "data/articles")]
    pub inputs: Vec<PathBuf>,
    /// Score this ties/1 file instead of extracting: a graph.json, or JSON
    /// Lines of ties/1 documents (taken together); `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with = "inputs")]
    pub system: Option<PathBuf>,
    /// Print the totals as one JSON object (keys actors, events, relations,
    /// times with p, r, f1; event_date_exact; missing_docs).
    #[arg(long)]
    pub json: bool,
    /// Score only these gold documents (ids, comma-separated).
    #[arg(long, value_name = "ID,ID", value_delimiter = ',')]
    pub docs: Vec<String>,
    #[command(flatten)]
    pub input: InputArgs,
}
