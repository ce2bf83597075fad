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
    /// Merge partial outputs (ties/1 JSON, or JSON Lines from `extract
    /// --format jsonl`) into one graph and write every export, as `build` does.
    #[command(
        after_help = "Examples:\n  ties merge part-1.jsonl part-2.jsonl -o out/   the reduce step after parallel extracts\n  ties extract --format jsonl a/ > a.jsonl && ties merge a.jsonl\n  cat parts/*.jsonl | ties merge - -o out/"
    )]
    Merge(MergeArgs),
    /// Score an extraction against gold annotations (precision, recall, F1).
    #[command(
        after_help = "Examples:\n  ties eval --gold data/gold                    extract data/articles and score it\n  ties eval --gold data/gold news/ --json       extract news/, totals as JSON\n  ties eval --gold data/gold --system output/graph.json   score an existing graph\n  ties eval --gold data/gold --system parts.jsonl --docs dev-ar-01,dev-fr-02"
    )]
    Eval(EvalArgs),
    /// Write one export of a graph.json (or all of them).
    #[command(
        after_help = "Examples:\n  ties export --format dot -o out/graph.dot --render svg\n  ties export --format timeline-html --in output/graph.json -o timeline.html\n  ties export --format dot --view actors --actor person/francisca-bostyn --depth 2\n  ties export --format csv -o tables/                 events.csv and relations.csv\n  ties export --format neo4j -o out/                  out/neo4j/{nodes,relationships}.csv, import.cypher\n  ties export --format all --from 2024-01 --types visit,meeting -o out/"
    )]
    Export(ExportCmdArgs),
    /// Ask the graph: an actor's neighbours, a path between two actors, events.
    #[command(
        after_help = "Examples:\n  ties query neighbors person/francisca-bostyn\n  ties query path person/paul-van-tigchelt organization/dgst\n  ties query events --actor country/morocco --from 2024-01 --to 2024-12\n  ties query --in out/graph.json events --json"
    )]
    Query(QueryArgs),
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
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub draw: DrawArgs,
}

/// `ties merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Partial outputs: ties/1 JSON files or JSON Lines of ties/1 documents
    /// (`-` for standard input).
    #[arg(value_name = "PART", required = true)]
    pub parts: Vec<PathBuf>,
    /// Folder to write into (created if missing).
    #[arg(short, long = "out", visible_alias = "output", value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub draw: DrawArgs,
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

/// Filters shared by every export and query.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Keep only this actor (its id, e.g. `person/francisca-bostyn`) and the
    /// actors within --depth ties of it, with the events and relations among them.
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// How many ties away from --actor to go.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub depth: usize,
    /// Keep events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Keep events that start on or before DATE.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Keep events of these types (comma-separated: visit,meeting).
    #[arg(long, value_name = "TYPES", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Keep events and relations at least this sure (0 to 1).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f64>,
}

/// How the diagram is drawn.
#[derive(Debug, Args, Default)]
pub struct DrawArgs {
    /// Diagram: actors and events (full), or actors with dated ties (actors).
    #[arg(long, value_enum, default_value = "full")]
    pub view: ViewArg,
    /// Also draw the diagram with Graphviz (svg, png or both: svg,png).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FORMAT")]
    pub render: Vec<RenderArg>,
    /// Graphviz layout: dot (layered, clusters) or sfdp (large graphs).
    #[arg(long, value_enum, default_value = "dot")]
    pub layout: LayoutArg,
}

/// `--view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ViewArg {
    /// Actors and events as nodes.
    #[default]
    Full,
    /// Actors only, ties as labelled dated edges.
    Actors,
}

/// `--render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderArg {
    /// graph.svg
    Svg,
    /// graph.png (cairo renderer)
    Png,
}

/// `--layout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum LayoutArg {
    /// Layered layout with country clusters.
    #[default]
    Dot,
    /// Force-directed layout for large graphs.
    Sfdp,
}

/// `ties export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// graph.json (ties/1)
    Json,
    /// graph.dot
    Dot,
    /// graph.svg (needs Graphviz)
    Svg,
    /// graph.png (needs Graphviz)
    Png,
    /// timeline.md
    TimelineMd,
    /// timeline.json (TimelineJS3)
    TimelineJson,
    /// timeline.html
    TimelineHtml,
    /// graph.graphml
    Graphml,
    /// graph.gexf (GEXF 1.3, dynamic)
    Gexf,
    /// events.csv and relations.csv (into a folder)
    Csv,
    /// neo4j/nodes.csv, neo4j/relationships.csv, neo4j/import.cypher (into a folder)
    Neo4j,
    /// everything `ties build` writes (into a folder)
    All,
}

/// `ties export`.
#[derive(Debug, Args)]
pub struct ExportCmdArgs {
    /// What to write.
    #[arg(long, short = 'f', value_enum)]
    pub format: ExportFormat,
    /// The graph to read (a ties/1 document).
    #[arg(long = "in", value_name = "FILE", default_value = "output/graph.json")]
    pub input: PathBuf,
    /// Where to write: a file for one-file formats (`-` or absent: standard
    /// output), a folder for csv, neo4j and all (default: output).
    #[arg(short, long = "out", value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub draw: DrawArgs,
}

/// `ties query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The graph to read (a ties/1 document).
    #[arg(long = "in", value_name = "FILE", default_value = "output/graph.json", global = true)]
    pub input: PathBuf,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// The question.
    #[command(subcommand)]
    pub query: Query,
}

/// The questions `ties query` answers.
#[derive(Debug, Subcommand)]
pub enum Query {
    /// The actors tied to ACTOR, with the kinds of tie, events and dates.
    Neighbors {
        /// Actor id.
        actor: String,
    },
    /// The shortest chain of ties from one actor to another.
    Path {
        /// Actor id to start from.
        from: String,
        /// Actor id to reach.
        to: String,
    },
    /// Events in date order, optionally of one actor and within dates.
    Events {
        /// Only events this actor takes part in.
        #[arg(long, value_name = "ID")]
        actor: Option<String>,
        /// Events that end on or after DATE.
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Events that start on or before DATE.
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
    },
}
