//! Speed of each stage of the pipeline over the example articles of
//! `data/articles` (embedded at build time): ingest, text layer, times,
//! actors, events, the whole extractor and the graph merge, plus a
//! pathological input (long Arabic sentences full of numbers and
//! Arabic-Indic digits).
//!
//! Every benchmark checks what it finds against counts computed once in
//! setup, so a change that makes a stage fast by finding nothing fails
//! instead of looking like a speed-up. Throughput is in bytes of article
//! text, so the figures compare with the whole-run MB/s of
//! `benches/whole_run.sh`.
//!
//! `cargo bench --bench stages` (add `-- extract` to run one group).

/// The allocator of the `ties` binary, so that the figures are its own.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

use ties::actors::ActorResult;
use ties::ingest::{Document, IngestOptions, Severity, front_matter};
use ties::lexicon::Lexicon;
use ties::model::TiesDoc;
use ties::text::{Text, lang};
use ties::time::TimeMention;

macro_rules! articles {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/articles/", $name)))),*]
    };
}

/// The example articles, as files are named and written.
const ARTICLES: [(&str, &str); 15] = articles![
    "belgium-morocco-2024-11.txt",
    "dev-ar-01.txt",
    "dev-ar-02.txt",
    "dev-ar-03.txt",
    "dev-ar-04.txt",
    "dev-ar-05.txt",
    "dev-ar-06.txt",
    "dev-ar-07.txt",
    "dev-ar-08.txt",
    "dev-en-01.txt",
    "dev-en-02.txt",
    "dev-en-03.txt",
    "dev-fr-01.txt",
    "dev-fr-02.txt",
    "dev-fr-03.txt",
];

/// The articles written to a temporary folder, once as text files with
/// front matter and once as one JSON Lines file, and read back by ingest.
struct Corpus {
    _dir: tempfile::TempDir,
    txt_dir: PathBuf,
    jsonl: PathBuf,
    docs: Vec<Document>,
    /// Bytes of article text (after front matter).
    text_bytes: u64,
}

fn corpus() -> Corpus {
    let dir = tempfile::tempdir().expect("temporary folder");
    let txt_dir = dir.path().join("articles");
    std::fs::create_dir(&txt_dir).expect("articles folder");
    for (name, content) in ARTICLES {
        std::fs::write(txt_dir.join(name), content).expect("write article");
    }
    let (docs, diags) =
        ties::ingest::read_all_inputs(std::slice::from_ref(&txt_dir), &IngestOptions::default());
    assert!(diags.iter().all(|d| d.severity != Severity::Error), "ingest errors: {diags:?}");
    assert_eq!(docs.len(), ARTICLES.len(), "every article is read");
    let jsonl = dir.path().join("articles.jsonl");
    let lines: String = docs
        .iter()
        .map(|d| {
            let rec = serde_json::json!({
                "id": d.id,
                "text": d.text,
                "language": d.language,
                "published": d.published.map(|p| p.to_string()),
            });
            format!("{rec}\n")
        })
        .collect();
    std::fs::write(&jsonl, lines).expect("write JSON Lines");
    let text_bytes = docs.iter().map(|d| d.text.len() as u64).sum();
    Corpus { _dir: dir, txt_dir, jsonl, docs, text_bytes }
}

/// A document's language, as the pipeline settles it.
fn language(d: &Document) -> String {
    d.language.clone().or_else(|| lang::detect(&d.text).map(str::to_string)).expect("a known language")
}

/// Everything one document needs from the earlier stages.
struct Prepared<'a> {
    doc: &'a Document,
    lang: String,
    text: Text<'a>,
    times: Vec<TimeMention>,
    actors: ActorResult,
}

fn prepare<'a>(docs: &'a [Document], lex: &Lexicon) -> Vec<Prepared<'a>> {
    docs.iter()
        .map(|doc| {
            let lang = language(doc);
            let text = Text::new(&doc.text, lex.text.abbreviations(&lang));
            let times = ties::time::recognize(&text, &lang, doc.published, &lex.time);
            let actors = ties::actors::recognize(&text, &lang, doc.published, &times, &lex.gazetteer);
            Prepared { doc, lang, text, times, actors }
        })
        .collect()
}

fn text_counts(docs: &[Document], lex: &Lexicon) -> (usize, usize) {
    docs.iter().fold((0, 0), |(s, t), d| {
        let text = Text::new(black_box(&d.text), lex.text.abbreviations(&language(d)));
        (s + text.sentences.len(), t + text.tokens.len())
    })
}

fn time_count(prep: &[Prepared<'_>], lex: &Lexicon) -> usize {
    prep.iter()
        .map(|p| ties::time::recognize(black_box(&p.text), &p.lang, p.doc.published, &lex.time).len())
        .sum()
}

fn actor_counts(prep: &[Prepared<'_>], lex: &Lexicon) -> (usize, usize) {
    prep.iter().fold((0, 0), |(m, a), p| {
        let r =
            ties::actors::recognize(black_box(&p.text), &p.lang, p.doc.published, &p.times, &lex.gazetteer);
        (m + r.mentions.len(), a + r.actors.len())
    })
}

fn event_counts(prep: &[Prepared<'_>], lex: &Lexicon) -> (usize, usize) {
    prep.iter().fold((0, 0), |(e, r), p| {
        let input = ties::events::Input {
            doc: &p.doc.id,
            text: &p.text,
            lang: &p.lang,
            dct: p.doc.published,
            times: &p.times,
            actors: &p.actors,
            gazetteer: &lex.gazetteer,
        };
        let (events, relations) = ties::events::extract(black_box(&input), &lex.events);
        (e + events.len(), r + relations.len())
    })
}

fn extract_all(docs: &[Document], lex: &Lexicon) -> Vec<TiesDoc> {
    docs.iter().map(|d| ties::extract(black_box(d), lex).expect("extracted").0).collect()
}

/// (documents, actors, events, relations, times) of an extraction.
fn shape(doc: &TiesDoc) -> (usize, usize, usize, usize, usize) {
    (doc.documents.len(), doc.actors.len(), doc.events.len(), doc.relations.len(), doc.times.len())
}

fn total_shape(parts: &[TiesDoc]) -> (usize, usize, usize, usize, usize) {
    parts
        .iter()
        .map(shape)
        .fold((0, 0, 0, 0, 0), |a, s| (a.0 + s.0, a.1 + s.1, a.2 + s.2, a.3 + s.3, a.4 + s.4))
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let corpus = corpus();
    let docs = &corpus.docs;
    let prep = prepare(docs, &lex);

    // What each stage finds on the 15 articles, computed once; every
    // iteration below must find the same.
    let texts = text_counts(docs, &lex);
    let times = time_count(&prep, &lex);
    let actors = actor_counts(&prep, &lex);
    let events = event_counts(&prep, &lex);
    let parts = extract_all(docs, &lex);
    let extracted = total_shape(&parts);
    let merged = shape(&ties::graph::merge(parts.clone()));
    println!(
        "{} articles, {} bytes of text: {} sentences, {} tokens, {times} times, {} actor mentions of {} actors, \
         {} events, {} relations; merged graph: {} actors, {} events, {} relations",
        docs.len(),
        corpus.text_bytes,
        texts.0,
        texts.1,
        actors.0,
        actors.1,
        events.0,
        events.1,
        merged.1,
        merged.2,
        merged.3
    );
    assert!(texts.0 >= docs.len() && texts.1 > 1000, "text layer: {texts:?}");
    assert!(times >= docs.len(), "times: {times}");
    assert!(actors.0 >= 5 * docs.len() && actors.1 >= 2 * docs.len(), "actors: {actors:?}");
    assert!(events.0 >= docs.len(), "events: {events:?}");
    assert_eq!(extracted.4, times, "the pipeline keeps every time");
    assert_eq!(extracted.2, events.0, "the pipeline keeps every event");
    assert!(merged.1 > 0 && merged.1 <= extracted.1 && merged.2 <= extracted.2, "merge: {merged:?}");

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(corpus.text_bytes));
    g.bench_function("ingest/txt", |b| {
        b.iter(|| {
            let (d, diags) = ties::ingest::read_all_inputs(
                std::slice::from_ref(black_box(&corpus.txt_dir)),
                &IngestOptions::default(),
            );
            assert!(diags.is_empty() && d == *docs);
        })
    });
    g.bench_function("ingest/jsonl", |b| {
        b.iter(|| {
            let (d, diags) = ties::ingest::read_all_inputs(
                std::slice::from_ref(black_box(&corpus.jsonl)),
                &IngestOptions::default(),
            );
            assert!(diags.is_empty() && d.len() == docs.len());
            assert!(
                d.iter()
                    .zip(docs)
                    .all(|(a, b)| a.id == b.id && a.text == b.text && a.published == b.published)
            );
        })
    });
    g.bench_function("ingest/front_matter", |b| {
        b.iter(|| {
            let n: usize = ARTICLES
                .iter()
                .map(|(_, a)| {
                    front_matter::split(black_box(a)).expect("valid").expect("present").fields.len()
                })
                .sum();
            assert!(n >= 4 * ARTICLES.len());
        })
    });
    g.bench_function("text", |b| b.iter(|| assert_eq!(text_counts(docs, &lex), texts)));
    g.bench_function("time", |b| b.iter(|| assert_eq!(time_count(&prep, &lex), times)));
    g.bench_function("actors", |b| b.iter(|| assert_eq!(actor_counts(&prep, &lex), actors)));
    g.bench_function("events", |b| b.iter(|| assert_eq!(event_counts(&prep, &lex), events)));
    g.bench_function("extract", |b| b.iter(|| assert_eq!(total_shape(&extract_all(docs, &lex)), extracted)));
    g.bench_function("merge", |b| {
        b.iter_batched(
            || parts.clone(),
            |p| assert_eq!(shape(&ties::graph::merge(black_box(p))), merged),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

/// One long Arabic sentence, without a full stop, of about `bytes` bytes:
/// dates in Arabic-Indic and Western digits, amounts, counts, phone-like
/// digit runs, decimals and percentages, with the names of months around
/// numbers that are not dates, and two countries named again and again.
fn pathological_text(bytes: usize) -> String {
    const DIGITS: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
    let indic =
        |n: u64| -> String { n.to_string().chars().map(|c| DIGITS[c as usize - '0' as usize]).collect() };
    let months = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ];
    let mut s = String::from("أعلنت الوزارة");
    let mut i: u64 = 0;
    while s.len() < bytes {
        let m = months[(i % 12) as usize];
        let day = i % 28 + 1;
        let year = 1990 + i % 40;
        let piece = match i % 6 {
            0 => format!(" في {} {m} {} ضبط {} كيلوغراما", indic(day), indic(year), indic(i * 37 % 100_000)),
            1 => format!(
                " و{day} {m} {year} بين المغرب وإسبانيا بقيمة {}٫{} مليون درهم",
                i * 13 % 1000,
                i % 100
            ),
            2 => format!(" بنسبة {}٪ من أصل {} عنصرا و{} شخصا", indic(i % 100), indic(i * 7919), i * 101),
            3 => format!(" خلال الفترة ما بين {} و{} {m}", indic(day), indic(day + 1)),
            4 => format!(" رقم {}{}{} في {m} الماضي", indic(i * 31_337), i * 7, indic(123_456_789)),
            _ => format!(
                " يوم {}/{}/{} و{}-{}-{}",
                day,
                i % 12 + 1,
                year,
                indic(year),
                indic(i % 12 + 1),
                indic(day)
            ),
        };
        s.push_str(&piece);
        i += 1;
    }
    s
}

fn pathological(c: &mut Criterion) {
    let lex = Lexicon::embedded().expect("embedded lexicon");
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for kb in [16, 64] {
        let text = pathological_text(kb * 1000);
        let doc = Document {
            id: format!("numbers-{kb}k"),
            path: None,
            source: None,
            url: None,
            title: None,
            language: Some("ar".into()),
            published: ties::date::PartialDate::parse("2024-11-20"),
            published_inferred: false,
            text,
            origin: "pathological".into(),
        };
        let (out, _) = ties::extract(&doc, &lex).expect("extracted");
        let found = shape(&out);
        println!(
            "pathological {kb} kB: {} bytes, {} times, {} actors, {} events",
            doc.text.len(),
            found.4,
            found.1,
            found.2
        );
        assert!(found.4 >= kb, "dates are found among the numbers: {found:?}");
        assert!(found.1 >= 2, "the countries are found: {found:?}");
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(format!("extract/{kb}k"), |b| {
            b.iter(|| assert_eq!(shape(&ties::extract(black_box(&doc), &lex).expect("extracted").0), found))
        });
    }
    g.finish();
}

criterion_group!(benches, stages, pathological);
criterion_main!(benches);
