//! Builds and exports a synthetic graph of 100,000 events and 20,000
//! actors: merging 1,000 per-document parts (with cross-document event
//! merging), the petgraph view, the actor projection, `graph.json` and
//! `graph.dot`.
//!
//! `cargo bench --bench graph` runs it under criterion. With
//! `TIES_BENCH_ONCE=DIR` it runs the whole chain once, writes graph.json
//! and graph.dot into DIR and prints the time of each step, for
//! `/usr/bin/time -v` to measure peak memory.

/// The allocator of the `ties` binary, so that the figures are its own.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group};
use std::hint::black_box;
use ties::export::{View, dot, json};
use ties::model::*;

const ACTORS: usize = 20_000;
const EVENTS: usize = 100_000;
const DOCS: usize = 1_000;
const TYPES: [&str; 6] = ["visit", "meeting", "agreement", "arrest", "statement", "cooperation"];

/// A small deterministic generator (xorshift), so every run sees the same graph.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn actor_id(i: usize) -> String {
    match i % 10 {
        0 => format!("country/c{i}"),
        1..=5 => format!("person/p{i}"),
        _ => format!("organization/o{i}"),
    }
}

/// The per-document parts: every event is reported once, one in ten a
/// second time by another document (so merging has work to do).
fn synthetic_parts() -> Vec<TiesDoc> {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let actors: Vec<Actor> = (0..ACTORS)
        .map(|i| Actor {
            id: actor_id(i),
            kind: match i % 10 {
                0 => ActorKind::Country,
                1..=5 => ActorKind::Person,
                _ => ActorKind::Organization,
            },
            name: format!("Actor number {i}"),
            names: [("ar".to_string(), format!("الفاعل رقم {i}"))]
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>()
                .into(),
            aliases: Default::default(),
            country: Some(format!("C{:02}", i % 60)),
            cameo: None,
            title: None,
            mentions: vec![],
        })
        .collect();
    let mut parts: Vec<TiesDoc> = (0..DOCS)
        .map(|d| {
            let mut p = TiesDoc::new();
            p.documents.push(DocumentInfo {
                id: format!("doc-{d:04}"),
                language: "ar".into(),
                published: Some("2024-11".into()),
                ..Default::default()
            });
            p
        })
        .collect();
    for (i, a) in actors.into_iter().enumerate() {
        parts[i % DOCS].actors.push(a);
    }
    let base = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let mut made = 0;
    let mut n = 0;
    while made < EVENTS {
        n += 1;
        let kind = TYPES[rng.below(TYPES.len())];
        let day = base + chrono::Days::new(rng.below(3650) as u64);
        let date = match rng.below(20) {
            0 => None,
            1 => Some(EventDate {
                start: day.format("%Y-%m").to_string(),
                end: None,
                precision: Precision::Month,
            }),
            _ => Some(EventDate { start: day.to_string(), end: None, precision: Precision::Day }),
        };
        let (a, b, c) = (rng.below(ACTORS), rng.below(ACTORS), rng.below(ACTORS / 10) * 10);
        let participants = vec![
            Participant { actor: actor_id(a), role: Role::Agent },
            Participant { actor: actor_id(b), role: Role::Target },
            Participant { actor: actor_id(c), role: Role::Location },
        ];
        let copies = if rng.below(10) == 0 { 2 } else { 1 };
        let first_doc = rng.below(DOCS);
        for k in 0..copies {
            let d = (first_doc + k * 7) % DOCS;
            parts[d].events.push(Event {
                id: format!("e{n}-{k}"),
                kind: kind.into(),
                cameo: "040".into(),
                plover: None,
                date: date.clone(),
                participants: participants.clone(),
                topics: vec![],
                modality: Modality::Asserted,
                summary: format!("Actor number {a} and actor number {b}: {kind}"),
                evidence: vec![Evidence {
                    doc: format!("doc-{d:04}"),
                    sentence: n % 40,
                    start: 0,
                    end: 120,
                    text: format!("التقى الفاعل رقم {a} بالفاعل رقم {b} في إطار زيارة رسمية لبحث سبل التعاون الثنائي ({n})."),
                }],
                confidence: 0.8,
                sources: None,
            });
            made += 1;
        }
        if n % 5 == 0 {
            parts[first_doc].relations.push(Relation {
                id: format!("r{n}"),
                kind: "member_of".into(),
                source: actor_id(a),
                target: actor_id(c),
                valid: None,
                basis: None,
                evidence: vec![],
                confidence: Some(0.7),
            });
        }
    }
    parts
}

fn build_and_export(parts: Vec<TiesDoc>) -> (TiesDoc, String, String) {
    let doc = ties::graph::merge(parts);
    let json = json::to_string(&doc);
    let dot = dot::to_string(&doc, View::Full);
    (doc, json, dot)
}

fn bench(c: &mut Criterion) {
    let parts = synthetic_parts();
    let merged = ties::graph::merge(parts.clone());
    assert!(merged.events.len() > 90_000 && merged.events.len() < EVENTS, "merging found the repeats");
    assert_eq!(merged.actors.len(), ACTORS);
    let mut g = c.benchmark_group("graph");
    g.sample_size(10);
    g.bench_function("merge 1000 parts", |b| {
        b.iter_batched(|| parts.clone(), ties::graph::merge, criterion::BatchSize::LargeInput)
    });
    g.bench_function("petgraph view + projection", |b| {
        b.iter(|| {
            let view = ties::graph::TiesGraph::new(black_box(&merged));
            (view.graph.edge_count(), ties::graph::project(&merged).len())
        })
    });
    g.bench_function("graph.json", |b| b.iter(|| json::to_string(black_box(&merged)).len()));
    g.bench_function("graph.dot", |b| b.iter(|| dot::to_string(black_box(&merged), View::Full).len()));
    g.bench_function("merge + graph.json + graph.dot", |b| {
        b.iter_batched(|| parts.clone(), |p| build_and_export(p).1.len(), criterion::BatchSize::LargeInput)
    });
    g.finish();
}

criterion_group!(benches, bench);

fn main() {
    if let Some(dir) = std::env::var_os("TIES_BENCH_ONCE") {
        once(std::path::PathBuf::from(dir));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

/// CPU time of the whole process so far (all threads), from /proc, so
/// that the figures mean something on a loaded machine; zero elsewhere.
fn cpu() -> std::time::Duration {
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1.to_string();
            let f: Vec<&str> = rest.split_whitespace().collect();
            // After the command name come state, ppid...; utime and stime
            // are fields 14 and 15 of the line, 11 and 12 here.
            Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
        })
        .unwrap_or(0);
    std::time::Duration::from_millis(ticks * 10)
}

fn once(dir: std::path::PathBuf) {
    std::fs::create_dir_all(&dir).expect("output folder");
    let step = |what: &str, t: std::time::Instant, c: std::time::Duration| {
        println!("{what:>10}: wall {:>8.2?}  cpu {:>8.2?}", t.elapsed(), cpu() - c);
    };
    let (t, c) = (std::time::Instant::now(), cpu());
    let parts = synthetic_parts();
    step("generate", t, c);
    let (t0, c0) = (std::time::Instant::now(), cpu());
    let (t, c) = (std::time::Instant::now(), cpu());
    let doc = ties::graph::merge(parts);
    step("merge", t, c);
    let (t, c) = (std::time::Instant::now(), cpu());
    let view = ties::graph::TiesGraph::new(&doc);
    step("petgraph", t, c);
    let (t, c) = (std::time::Instant::now(), cpu());
    let ties = ties::graph::project(&doc).len();
    step("projection", t, c);
    let (t, c) = (std::time::Instant::now(), cpu());
    // As `ties build` writes it: streamed into the file.
    ties::export::write_atomic_with(&dir.join("graph.json"), |w| json::write(&doc, w))
        .expect("write graph.json");
    let json_len = std::fs::metadata(dir.join("graph.json")).map_or(0, |m| m.len() as usize);
    step("graph.json", t, c);
    let (t, c) = (std::time::Instant::now(), cpu());
    let d = dot::to_string(&doc, View::Full);
    ties::export::write_atomic(&dir.join("graph.dot"), d.as_bytes()).expect("write graph.dot");
    step("graph.dot", t, c);
    step("total", t0, c0);
    println!(
        "{} actors, {} events, {} relations, {} graph edges, {ties} actor ties; graph.json {} MB, graph.dot {} MB",
        doc.actors.len(),
        doc.events.len(),
        doc.relations.len(),
        view.graph.edge_count(),
        json_len / 1_000_000,
        d.len() / 1_000_000
    );
}
