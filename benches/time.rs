//! Speed of the time tagger: every sentence of `data/times-dev.jsonl`
//! tagged against its publication date, with the lexicon compiled once.
//! Throughput is reported in sentences per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::collections::HashSet;
use std::hint::black_box;

use ties::date::PartialDate;
use ties::lexicon::DataFiles;
use ties::text::Text;
use ties::time::{TimeLexicon, recognize};

struct Item {
    lang: String,
    dct: Option<PartialDate>,
    sentence: String,
    has_value: bool,
}

fn load() -> Vec<Item> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/times-dev.jsonl");
    std::fs::read_to_string(path)
        .expect("dev set")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            Item {
                lang: v["lang"].as_str().unwrap().to_string(),
                dct: v["dct"].as_str().and_then(PartialDate::parse),
                sentence: v["sentence"].as_str().unwrap().to_string(),
                has_value: !v["value"].is_null(),
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lex = TimeLexicon::compile(&DataFiles::embedded()).expect("time lexicon");
    let items = load();
    let none = HashSet::new();
    let texts: Vec<Text> = items.iter().map(|it| Text::new(&it.sentence, &none)).collect();

    // Every sentence whose expression is a date yields a time; no sentence
    // yields more than a few.
    let found: usize =
        items.iter().zip(&texts).map(|(it, t)| recognize(t, &it.lang, it.dct, &lex).len()).sum();
    let with_value = items.iter().filter(|it| it.has_value).count();
    println!("{} sentences, {found} times found", items.len());
    assert!(found >= with_value && found <= 2 * items.len(), "{found} times for {} sentences", items.len());

    // On a shared machine wall time overstates the cost: also report the
    // throughput per second of CPU time of this thread (Linux).
    if let Some(before) = thread_cpu_ns() {
        let rounds = 300;
        for _ in 0..rounds {
            for (it, t) in items.iter().zip(&texts) {
                black_box(recognize(black_box(t), &it.lang, it.dct, &lex));
            }
        }
        if let Some(after) = thread_cpu_ns() {
            let secs = (after - before) as f64 / 1e9;
            println!("recognize: {:.0} sentences per CPU-second", (rounds * items.len()) as f64 / secs);
        }
    }

    let mut g = c.benchmark_group("time");
    g.throughput(Throughput::Elements(items.len() as u64));
    g.bench_function("recognize", |b| {
        b.iter(|| {
            let mut n = 0;
            for (it, t) in items.iter().zip(&texts) {
                n += recognize(black_box(t), &it.lang, it.dct, &lex).len();
            }
            assert_eq!(n, found);
        })
    });
    g.bench_function("text+recognize", |b| {
        b.iter(|| {
            let mut n = 0;
            for it in &items {
                let t = Text::new(black_box(&it.sentence), &none);
                n += recognize(&t, &it.lang, it.dct, &lex).len();
            }
            assert_eq!(n, found);
        })
    });
    g.finish();
}

/// CPU time of the current thread in nanoseconds, from the scheduler's
/// statistics (Linux only).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

criterion_group!(benches, bench);
criterion_main!(benches);
