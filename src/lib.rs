//! ties turns news articles (Arabic, French, English) into a timeline and a
//! relation graph of diplomatic and security ties.
//!
//! The pipeline: [`ingest`] reads articles into [`ingest::Document`]s;
//! [`text`] folds and segments them; [`time`], [`actors`] and [`events`]
//! extract from each document (pure functions, run in parallel); [`graph`]
//! merges the extractions of all documents; [`export`] writes them.
#![deny(missing_docs)]

pub mod actors;
pub mod date;
pub mod eval;
pub mod events;
pub mod export;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod text;
pub mod time;

pub use lexicon::{DataFiles, Lexicon};
pub use model::TiesDoc;
pub use pipeline::extract;
