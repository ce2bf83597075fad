//! The time-expression dev set (`data/times-dev.jsonl`) through the binary:
//! every sentence becomes a JSON Lines record with its publication date,
//! `ties extract` runs once over all of them, and each item is scored as
//! `eval/times.py` does: right when a reported time overlapping the gold
//! text (compared after normalization) has the gold value, or, for a gold
//! null, when no overlapping time has a value.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The comparison form of the scorer: NFKD without Latin accents, no
/// Arabic diacritics or tatweel, hamza seats and ta marbuta folded, case
/// folded, non-word runs as single spaces.
fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.nfkd() {
        if is_combining_mark(c) && !('\u{0600}'..='\u{06FF}').contains(&c) {
            continue;
        }
        if matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
        {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        };
        for l in c.to_lowercase() {
            out.push(if l.is_alphanumeric() || l == '_' { if l == '_' { ' ' } else { l } } else { ' ' });
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value in the scorer's canonical form (`X/X` is `X`).
fn canon(v: Option<&str>) -> Option<String> {
    let v = v.filter(|v| !v.is_empty())?;
    match v.split_once('/') {
        Some((a, b)) if a == b => Some(a.to_string()),
        _ => Some(v.to_string()),
    }
}

#[test]
fn time_dev_set_accuracy() {
    let root = env!("CARGO_MANIFEST_DIR");
    let set = std::fs::read_to_string(format!("{root}/data/times-dev.jsonl")).expect("dev set");
    let items: Vec<Value> =
        set.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(items.len() >= 100, "the dev set has {} items", items.len());

    let mut input = tempfile::NamedTempFile::with_suffix(".jsonl").unwrap();
    for it in &items {
        let rec = serde_json::json!({
            "id": it["id"], "text": it["sentence"], "published": it["dct"], "language": it["lang"],
        });
        writeln!(input, "{rec}").unwrap();
    }
    input.flush().unwrap();

    let out = Command::cargo_bin("ties")
        .unwrap()
        .args(["extract"])
        .arg(input.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 2)),
        "ties failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let system: Value = serde_json::from_slice(&out.stdout).expect("ties/1 JSON on stdout");

    let mut by_doc: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for t in system["times"].as_array().expect("times") {
        by_doc.entry(t["doc"].as_str().unwrap_or_default().to_string()).or_default().push(t);
    }
    let mut right: BTreeMap<String, usize> = BTreeMap::new();
    let mut total: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for it in &items {
        let id = it["id"].as_str().unwrap();
        let lang = it["lang"].as_str().unwrap().to_string();
        let gold = norm(it["text"].as_str().unwrap());
        let over: Vec<&&Value> = by_doc
            .get(id)
            .map(|ts| {
                ts.iter()
                    .filter(|t| {
                        let n = norm(t["text"].as_str().unwrap_or_default());
                        !n.is_empty() && (gold.contains(&n) || n.contains(&gold))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let want = canon(it["value"].as_str());
        let ok = match &want {
            None => over.iter().all(|t| canon(t["value"].as_str()).is_none()),
            Some(w) => over.iter().any(|t| canon(t["value"].as_str()).as_ref() == Some(w)),
        };
        *total.entry(lang.clone()).or_default() += 1;
        if ok {
            *right.entry(lang).or_default() += 1;
        } else {
            let got: Vec<String> = over.iter().map(|t| t["value"].to_string()).collect();
            failures.push(format!("{id}: {:?} want {want:?} got {got:?}", it["text"].as_str().unwrap()));
        }
    }
    for f in &failures {
        println!("  {f}");
    }
    let all_right: usize = right.values().sum();
    let all: usize = total.values().sum();
    let overall = all_right as f64 / all as f64;
    for (lang, n) in &total {
        let r = right.get(lang).copied().unwrap_or(0);
        let acc = r as f64 / *n as f64;
        println!("{lang}: {r}/{n} = {acc:.3}");
        assert!(acc >= 0.90, "{lang} accuracy {acc:.3} < 0.90; failures:\n{}", failures.join("\n"));
    }
    println!("overall: {all_right}/{all} = {overall:.3}");
    assert!(overall >= 0.95, "overall accuracy {overall:.3} < 0.95; failures:\n{}", failures.join("\n"));
}

/// Runs `ties extract` on an article without a publication date and
/// returns the inferred date and the times as `(text, value)`.
fn extract_file(path: &str) -> (Option<String>, Vec<(String, Option<String>)>) {
    let out =
        Command::cargo_bin("ties").unwrap().args(["extract", path, "--format", "json"]).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 2)),
        "ties failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("ties/1 JSON");
    let published = v["documents"][0]["published"].as_str().map(str::to_string);
    let times = v["times"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["text"].as_str().unwrap().to_string(), t["value"].as_str().map(str::to_string)))
        .collect();
    (published, times)
}

#[test]
fn example_article_infers_its_date_and_resolves_its_times() {
    let path = format!("{}/data/articles/belgium-morocco-2024-11.txt", env!("CARGO_MANIFEST_DIR"));
    let (published, times) = extract_file(&path);
    assert_eq!(published.as_deref(), Some("2024-11"));
    let values: Vec<&str> = times.iter().filter_map(|(_, v)| v.as_deref()).collect();
    for want in ["2024-11", "2024-11-25/2024-11-26", "2023-11"] {
        assert!(values.contains(&want), "{want} missing from {times:?}");
    }
}

#[test]
fn original_seed_article_infers_its_date() {
    let path = "/work/shared/seed/000_35ce103a345c3ae7.txt";
    if !std::path::Path::new(path).exists() {
        eprintln!("skipped: {path} is absent");
        return;
    }
    let (published, times) = extract_file(path);
    assert_eq!(published.as_deref(), Some("2024-11"));
    let values: Vec<&str> = times.iter().filter_map(|(_, v)| v.as_deref()).collect();
    for want in ["2024-11-25/2024-11-26", "2023-11"] {
        assert!(values.contains(&want), "{want} missing from {times:?}");
    }
}
