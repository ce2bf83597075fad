//! `graph.json`: the `ties/1` document (see [`crate::model`] for the
//! format), pretty-printed with two-space indents and a final newline.

use crate::model::TiesDoc;

/// Serializes a document as pretty JSON.
pub fn to_string(doc: &TiesDoc) -> String {
    let mut s = serde_json::to_string_pretty(doc).expect("ties/1 documents always serialize");
    s.push('\n');
    s
}

/// Serializes a document on one line (JSON Lines).
pub fn to_line(doc: &TiesDoc) -> String {
    serde_json::to_string(doc).expect("ties/1 documents always serialize")
}
