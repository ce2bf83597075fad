//! The extractor on the development corpus: `data/articles` scored against
//! `data/gold` with the reference matching rules. Prints the per-document
//! table, then asserts the accuracy the project promises.

use std::path::Path;
use ties::{Lexicon, ingest};

#[test]
fn development_corpus_accuracy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lex = Lexicon::embedded().unwrap();
    let (docs, diags) =
        ingest::read_all_inputs(&[root.join("data/articles")], &ingest::IngestOptions::default());
    assert!(diags.is_empty(), "{diags:?}");
    let parts: Vec<_> = docs.iter().map(|d| ties::extract(d, &lex).unwrap().0).collect();
    let graph = ties::graph::merge(parts);
    let golds = ties::eval::load_gold_dir(&root.join("data/gold")).unwrap();
    let report = ties::eval::score(&graph, &golds);
    println!("{}", report.render_table());
    let s = report.summary();
    assert!(s.missing_docs.is_empty());
    assert!(s.actors.f1 >= 0.90, "actor F1 {} < 0.90", s.actors.f1);
    assert!(s.events.f1 >= 0.80, "event F1 {} < 0.80", s.events.f1);
    assert!(s.relations.f1 >= 0.70, "relation F1 {} < 0.70", s.relations.f1);
    assert!(s.event_date_exact >= 0.90, "exact event dates {} < 0.90", s.event_date_exact);
}
