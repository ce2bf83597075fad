//! The graph: where documents meet. Merges the extractions of all
//! documents into one `ties/1` document (actors by id, relations by type
//! and ends, events by id) in a deterministic order.

pub mod merge;

pub use merge::merge;
