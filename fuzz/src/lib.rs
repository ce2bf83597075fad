//! Shared helpers of the fuzz targets: the embedded lexicon compiled once,
//! a language and publication date drawn from the input's first bytes, and
//! the invariants every extraction must keep.

use std::sync::OnceLock;

use ties::date::{PartialDate, Period};
use ties::ingest::Document;
use ties::{Lexicon, TiesDoc};

/// The embedded lexicon, compiled on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::embedded().expect("embedded lexicon compiles"))
}

/// The three languages, chosen by a byte.
pub fn language(b: u8) -> &'static str {
    ["ar", "fr", "en"][usize::from(b) % 3]
}

/// A publication date chosen by a byte: none, a year, a month or a day,
/// around the dates of the corpus (and a few far ones).
pub fn published(b: u8) -> Option<PartialDate> {
    let years = [2024, 2023, 1999, 2000, 1, 9999];
    let y = years[usize::from(b >> 2) % years.len()];
    let s = match b % 4 {
        0 => return None,
        1 => format!("{y:04}"),
        2 => format!("{y:04}-{:02}", (b % 12) + 1),
        _ => format!("{y:04}-02-{:02}", (b % 28) + 1),
    };
    PartialDate::parse(&s)
}

/// Splits fuzz bytes into a header byte and UTF-8 text (lossy, so every
/// input is used).
pub fn header_and_text(data: &[u8]) -> Option<(u8, String)> {
    let (&h, rest) = data.split_first()?;
    Some((h, String::from_utf8_lossy(rest).into_owned()))
}

/// A document built by hand, as ingest would give it.
pub fn document(text: String, language: Option<&str>, published: Option<PartialDate>) -> Document {
    Document {
        id: "fuzz".to_string(),
        path: None,
        source: None,
        url: None,
        title: None,
        language: language.map(str::to_string),
        published,
        published_inferred: false,
        text,
        origin: "fuzz".to_string(),
    }
}

/// Asserts that `start..end` is a span of `text` on char boundaries whose
/// text is `want`.
pub fn check_span(text: &str, start: usize, end: usize, want: &str, what: &str) {
    assert!(start <= end && end <= text.len(), "{what}: span {start}..{end} outside text of {}", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} not on char boundaries"
    );
    assert_eq!(&text[start..end], want, "{what}: span text differs");
}

/// Asserts that a date value parses back as ISO 8601.
pub fn check_period(v: &str, what: &str) {
    assert!(Period::parse(v).is_some(), "{what}: value {v:?} is not ISO 8601");
}

/// Asserts that a date parses back as ISO 8601 at one precision.
pub fn check_date(v: &str, what: &str) {
    assert!(PartialDate::parse(v).is_some(), "{what}: date {v:?} is not ISO 8601");
}

/// Asserts every invariant of one document's extraction.
pub fn check_extraction(text: &str, out: &TiesDoc) {
    for a in &out.actors {
        for m in &a.mentions {
            check_span(text, m.start, m.end, &m.text, "actor mention");
        }
    }
    for t in &out.times {
        check_span(text, t.start, t.end, &t.text, "time");
        if let Some(v) = &t.value {
            check_period(v, "time");
        }
    }
    for e in &out.events {
        if let Some(d) = &e.date {
            check_date(&d.start, "event date start");
            if let Some(end) = &d.end {
                check_date(end, "event date end");
            }
        }
        for ev in &e.evidence {
            check_span(text, ev.start, ev.end, &ev.text, "event evidence");
        }
    }
    for r in &out.relations {
        if let Some(v) = &r.valid {
            for d in [&v.start, &v.end].into_iter().flatten() {
                check_date(d, "relation validity");
            }
        }
        for ev in &r.evidence {
            check_span(text, ev.start, ev.end, &ev.text, "relation evidence");
        }
    }
}

/// Writes `data` to a file with extension `ext` (in a folder of this
/// process) and reads it through `read_source`, checking each document:
/// a non-empty id without control characters, a non-empty text without
/// control characters but tab and newline.
pub fn ingest_file(ext: &str, data: &[u8]) {
    use ties::ingest::{IngestOptions, Source, read_source};
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!("ties-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp folder");
        d
    });
    let path = dir.join(format!("input.{ext}"));
    std::fs::write(&path, data).expect("temp file");
    read_source(&Source::File(path), &IngestOptions::default(), &mut |r| {
        if let Ok(d) = r {
            assert!(!d.id.is_empty() && !d.id.chars().any(char::is_control), "id {:?}", d.id);
            assert!(!d.text.trim().is_empty(), "empty text");
            assert!(
                d.text.chars().all(|c| c == '\n' || c == '\t' || !c.is_control()),
                "control characters in text"
            );
            if let Some(p) = d.published {
                check_date(&p.to_string(), "publication date");
            }
        }
    });
}
