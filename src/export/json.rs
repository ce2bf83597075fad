//! `graph.json`: the `ties/1` document (see [`crate::model`] for the
//! format), pretty-printed with two-space indents and a final newline.

use crate::model::TiesDoc;

/// Serializes a document as pretty JSON.
pub fn to_string(doc: &TiesDoc) -> String {
    // Sized up front: growing a string of many megabytes by doubling copies it again and again.
    let guess = 512
        + doc
            .events
            .iter()
            .map(|e| 400 + e.evidence.iter().map(|v| v.text.len() + 120).sum::<usize>())
            .sum::<usize>()
        + doc.actors.len() * 300
        + doc.relations.len() * 250
        + doc.times.len() * 150;
    let mut out = Vec::with_capacity(guess);
    sonic_rs::to_writer_pretty(&mut out, doc).expect("ties/1 documents always serialize");
    out.push(b'\n');
    String::from_utf8(out).expect("sonic_rs writes UTF-8")
}

/// Writes `graph.json` (the bytes of [`to_string`]) to a writer.
pub fn write(doc: &TiesDoc, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    sonic_rs::to_writer_pretty(sonic_rs::writer::BufferedWriter::new(&mut *w), doc)
        .map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

/// Serializes a document on one line (JSON Lines).
pub fn to_line(doc: &TiesDoc) -> String {
    sonic_rs::to_string(doc).expect("ties/1 documents always serialize")
}
