//! The actor stage on the annotated dev corpus: every article of
//! `data/articles` through `ties::actors::recognize`, scored against
//! `data/gold` the way `score.py` scores actors (an actor counts in a
//! document when it has a mention there; it matches a gold actor when one
//! of its names, after the gold format's folding, is one of the gold names).

use std::collections::BTreeSet;
use std::path::Path;

use ties::ingest::{IngestOptions, read_all_inputs};
use ties::lexicon::{DataFiles, Lexicon};
use ties::text::{Text, lang, name_key};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (matched system actors, system actors, matched gold actors, gold actors).
fn score_corpus() -> (usize, usize, usize, usize, Vec<String>) {
    let data = DataFiles::from_dir(&root().join("data")).expect("data folder");
    let lex = Lexicon::compile(&data).expect("lexicon compiles");
    let (docs, _) = read_all_inputs(&[root().join("data/articles")], &IngestOptions::default());
    let mut totals = (0, 0, 0, 0);
    let mut report = Vec::new();
    for doc in &docs {
        let gold_path = root().join("data/gold").join(format!("{}.gold.json", doc.id));
        let Ok(gold) = std::fs::read_to_string(&gold_path) else { continue };
        let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold parses");
        let gold_actors: Vec<BTreeSet<String>> = gold["actors"]
            .as_object()
            .expect("gold actors")
            .values()
            .map(|a| a["names"].as_array().unwrap().iter().filter_map(|n| n.as_str()).map(name_key).collect())
            .collect();
        let language = doc.language.clone().or_else(|| lang::detect(&doc.text).map(str::to_string)).unwrap();
        let text = Text::new(&doc.text, lex.text.abbreviations(&language));
        let times = ties::time::recognize(&text, &language, doc.published, &lex.time);
        let r = ties::actors::recognize(&text, &language, doc.published, &times, &lex.gazetteer);
        for m in &r.mentions {
            assert!(doc.text.is_char_boundary(m.start) && doc.text.is_char_boundary(m.end));
            assert!(r.actors.contains_key(&m.actor), "{}: mention of an actor not in the result", m.actor);
        }
        let ids: BTreeSet<&String> = r.mentions.iter().map(|m| &m.actor).collect();
        let names: Vec<(String, BTreeSet<String>)> = ids
            .iter()
            .map(|id| {
                let a = &r.actors[*id];
                let all = std::iter::once(&a.name).chain(a.names.values()).chain(a.aliases.iter());
                (id.to_string(), all.map(|n| name_key(n)).filter(|n| !n.is_empty()).collect())
            })
            .collect();
        let tp_p = names.iter().filter(|(_, n)| gold_actors.iter().any(|g| !g.is_disjoint(n))).count();
        let tp_r = gold_actors.iter().filter(|g| names.iter().any(|(_, n)| !g.is_disjoint(n))).count();
        for (id, n) in &names {
            if !gold_actors.iter().any(|g| !g.is_disjoint(n)) {
                report.push(format!("{}: extra {id}", doc.id));
            }
        }
        totals.0 += tp_p;
        totals.1 += names.len();
        totals.2 += tp_r;
        totals.3 += gold_actors.len();
    }
    (totals.0, totals.1, totals.2, totals.3, report)
}

#[test]
fn actor_f1_on_the_dev_corpus() {
    let (tp_p, n_p, tp_r, n_r, report) = score_corpus();
    assert!(n_r > 0, "no gold actors read");
    let p = tp_p as f64 / n_p.max(1) as f64;
    let r = tp_r as f64 / n_r as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    eprintln!("actor F1 {f1:.3} (P {p:.3}, R {r:.3})");
    assert!(f1 >= 0.90, "actor F1 {f1:.3} (P {p:.3}, R {r:.3}) below 0.90\n{}", report.join("\n"));
}

/// A title with no name resolves through the gazetteer's dated roles at the
/// date of its sentence, else at the publication date.
#[test]
fn a_justice_minister_resolves_at_the_date_of_the_sentence() {
    use ties::date::{PartialDate, Period};
    use ties::time::TimeMention;
    let data = DataFiles::from_dir(&root().join("data")).expect("data folder");
    let lex = Lexicon::compile(&data).expect("lexicon compiles");
    let holder = |s: &str, dct: &str, time: Option<(&str, &str)>| -> Vec<String> {
        let text = Text::new(s, lex.text.abbreviations("ar"));
        let times: Vec<TimeMention> = time
            .map(|(t, v)| {
                let at = s.find(t).expect("time text");
                vec![TimeMention { start: at, end: at + t.len(), value: Period::parse(v) }]
            })
            .unwrap_or_default();
        let r = ties::actors::recognize(&text, "ar", PartialDate::parse(dct), &times, &lex.gazetteer);
        r.mentions.iter().filter(|m| m.via == ties::actors::Via::Title).map(|m| m.actor.clone()).collect()
    };
    let s = "وكان وزير العدل البلجيكي قد زار الرباط في نوفمبر 2023 لبحث ملف نقل السجناء.";
    let in_2023 = holder(s, "2025-06-01", Some(("نوفمبر 2023", "2023-11")));
    assert_eq!(in_2023, vec!["person/paul-van-tigchelt".to_string()]);
    let now = holder("وأكد وزير العدل البلجيكي أن التعاون مستمر.", "2025-06-01", None);
    assert_eq!(now.len(), 1);
    assert_ne!(now[0], "person/paul-van-tigchelt", "in June 2025 the post has another holder");
}
