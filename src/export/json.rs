//! `graph.json`: the `ties/1` document (see [`crate::model`] for the
//! format), pretty-printed with two-space indents and a final newline.

use crate::model::TiesDoc;

/// Serializes a document as pretty JSON.
pub fn to_string(doc: &TiesDoc) -> String {
    let mut out = Vec::with_capacity(size_guess(doc));
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

/// Serializes a document as one line of JSON Lines, final newline
/// included (UTF-8 bytes: checking them again would cost a pass over
/// text twelve times the size of the article).
pub fn to_line(doc: &TiesDoc) -> Vec<u8> {
    let mut out = Vec::with_capacity(size_guess(doc));
    sonic_rs::to_writer(&mut out, doc).expect("ties/1 documents always serialize");
    out.push(b'\n');
    out
}

/// About the size of a document's JSON, so that its buffer is sized up
/// front: growing a buffer of many kilobytes (or megabytes) by doubling
/// copies it again and again.
fn size_guess(doc: &TiesDoc) -> usize {
    let evidence = |ev: &[crate::model::Evidence]| ev.iter().map(|v| v.text.len() + 120).sum::<usize>();
    512 + doc.events.iter().map(|e| 400 + evidence(&e.evidence)).sum::<usize>()
        + doc.relations.iter().map(|r| 250 + evidence(&r.evidence)).sum::<usize>()
        + doc
            .actors
            .iter()
            .map(|a| 300 + a.mentions.iter().map(|m| m.text.len() + 60).sum::<usize>())
            .sum::<usize>()
        + doc.times.len() * 150
}
