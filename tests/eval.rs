//! `ties eval` against the reference scorer `tests/score.py`.

use std::path::Path;
use std::process::Command as Std;

/// Runs python3 with `args`; `None` (and a note) when python3 is missing.
fn python(args: &[&str]) -> Option<std::process::Output> {
    match Std::new("python3").args(args).output() {
        Ok(out) => Some(out),
        Err(e) => {
            eprintln!("note: python3 not runnable ({e}); comparison with tests/score.py skipped");
            None
        }
    }
}

/// `norm` equals the reference `norm` on every single assigned code point
/// and on mixed names.
#[test]
fn norm_agrees_with_reference_on_every_code_point() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.json");
    let mut strings: Vec<String> =
        (0u32..0x110000).filter_map(char::from_u32).map(|c| format!("a{c}b {c}")).collect();
    for s in [
        "Francisca Bostyn",
        "فرانسيسكا  بوستين",
        "مُحَمَّد",
        "مـحـمـد",
        "أحمد إسلام آمنة ٱلله",
        "مصطفى",
        "المديرية العامة للأمن الوطني",
        "Straße",
        "ẞ",
        "Élysée",
        "Al-Qaida",
        "snake_case",
        " A.B.C. ",
        "ﬁnance",
        "Ⅻ",
        "İstanbul",
        "ΣΊΣΥΦΟΣ",
        "١٢٣ ١٢",
        "Ǆemal",
        "ŉ",
        "Ꭰꭰ",
        "",
        "---",
        "_",
        "x__y",
        "\u{200d}\u{200c}",
        "e\u{301}",
    ] {
        strings.push(s.to_string());
    }
    // Mixed strings: every character kind norm treats apart, side by side.
    let pool: Vec<char> =
        "aZéÉßẞſİıΣσςﬁⅫ１٣_ -.’'\t\u{301}\u{327}\u{654}\u{655}\u{670}\u{640}\u{64b}\u{651}\u{6e1}\
                           أإآٱاىيةهؤئءلله\u{200c}\u{200d}\u{93f}हि한글ǅŉΐ\u{345}ﷺ"
            .chars()
            .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        for k in 0..(seed % 9) {
            s.push(pool[((seed >> (k * 6 + 8)) as usize) % pool.len()]);
        }
        strings.push(s);
    }
    std::fs::write(&input, serde_json::to_string(&strings).unwrap()).unwrap();
    let script = format!(
        "import json,sys,unicodedata,importlib.util\n\
         spec=importlib.util.spec_from_file_location('score',{score:?})\n\
         m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n\
         xs=json.load(open(sys.argv[1],encoding='utf-8'))\n\
         ok=lambda s: all(unicodedata.category(c)!='Cn' for c in s)\n\
         json.dump([m.norm(s) if ok(s) else None for s in xs], open(sys.argv[2],'w',encoding='utf-8'))",
        score = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/score.py").display().to_string()
    );
    let output = dir.path().join("out.json");
    let Some(out) = python(&["-c", &script, input.to_str().unwrap(), output.to_str().unwrap()]) else {
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let want: Vec<Option<String>> = serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
    let mut diffs = Vec::new();
    for (s, w) in strings.iter().zip(&want) {
        if let Some(w) = w {
            let got = ties::eval::norm(s);
            if &got != w {
                diffs.push(format!(
                    "{:?} ({}): ties {got:?}, reference {w:?}",
                    s,
                    s.chars().map(|c| format!("U+{:04X}", c as u32)).collect::<Vec<_>>().join(" ")
                ));
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.iter().take(60).cloned().collect::<Vec<_>>().join("\n")
    );
}

use serde_json::{Value, json};

fn ties() -> assert_cmd::Command {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_ties"))
}

fn score_py() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/score.py").display().to_string()
}

fn ev(doc: &str) -> Value {
    json!([{ "doc": doc, "sentence": 0, "start": 0, "end": 1, "text": "x" }])
}

fn actor(id: &str, name: &str, names: Value, aliases: Value, mention_docs: &[&str]) -> Value {
    let mentions: Vec<Value> =
        mention_docs.iter().map(|d| json!({ "doc": d, "start": 0, "end": 1, "text": "x" })).collect();
    json!({ "id": id, "kind": "person", "name": name, "names": names, "aliases": aliases, "mentions": mentions })
}

fn event(
    id: &str,
    kind: &str,
    date: Option<(&str, Option<&str>)>,
    parts: &[&str],
    modality: &str,
    doc: &str,
) -> Value {
    let mut e = json!({
        "id": id, "type": kind, "cameo": "040", "modality": modality, "summary": "s",
        "participants": parts.iter().map(|p| json!({ "actor": p, "role": "participant" })).collect::<Vec<_>>(),
        "evidence": ev(doc), "confidence": 0.5
    });
    if let Some((start, end)) = date {
        e["date"] = json!({ "start": start, "precision": "day" });
        if let Some(end) = end {
            e["date"]["end"] = json!(end);
        }
    }
    e
}

fn relation(id: &str, kind: &str, source: &str, target: &str, doc: Option<&str>) -> Value {
    let mut r = json!({ "id": id, "type": kind, "source": source, "target": target });
    match doc {
        Some(d) => r["evidence"] = ev(d),
        None => r["basis"] = json!("gazetteer"),
    }
    r
}

fn time(doc: &str, text: &str, value: Option<&str>) -> Value {
    json!({ "doc": doc, "text": text, "start": 0, "end": 1, "value": value })
}

/// Hand-made system output exercising every matching rule, as separate
/// per-document parts.
fn system_parts() -> Vec<Value> {
    let a = "doc-a";
    let b = "outlet-2024-b";
    let part_a = json!({
        "schema": "ties/1",
        "documents": [{ "id": a, "language": "ar", "path": "in/doc-a.txt" }],
        "actors": [
            actor("country/morocco", "Morocco", json!({ "ar": "المغرب" }), json!(["Maroc"]), &[a]),
            actor("country/belgium", "Belgium", json!({}), json!([]), &[]),
            actor("person/bostyn", "Francisca  BOSTYN", json!({ "ar": "فرانسيسكا بوستين" }), json!([]), &[a]),
            actor("organization/vsse", "V.S.S.E.", json!({}), json!(["Sûreté de l'État"]), &[]),
            actor("person/nobody", "Nobody Known", json!({}), json!([]), &[a]),
            actor("person/only-b", "Only In B", json!({}), json!([]), &[b]),
            actor("organization/dgsn", "DGSN", json!({ "ar": "المديرية العامة للأمن الوطني" }), json!([]), &[]),
        ],
        "events": [
            event("e1", "visit", Some(("2024-11-25", Some("2024-11-26"))), &["person/bostyn", "country/morocco"], "asserted", a),
            event("e2", "meeting", Some(("2024-11", None)), &["person/bostyn"], "reported", a),
            event("e3", "arrest", Some(("2024-11-20", None)), &["person/nobody"], "negated", a),
            event("e4", "threat", None, &["organization/vsse"], "hypothetical", a),
            event("e5", "agreement", None, &["country/morocco"], "asserted", a),
            event("e6", "statement", Some(("2024-11-27", None)), &["organization/dgsn"], "asserted", a),
            event("e7", "attack", Some(("2024", None)), &["group/unknown"], "planned", a),
            event("e8", "cooperation", None, &["country/belgium"], "asserted", a),
            event("e9", "visit", Some(("2024-11-25", Some("2024-11-25"))), &["country/morocco"], "asserted", b),
        ],
        "relations": [
            relation("r1", "leads", "person/bostyn", "organization/vsse", Some(a)),
            relation("r2", "cooperates_with", "country/belgium", "country/morocco", Some(a)),
            relation("r3", "part_of", "country/morocco", "organization/dgsn", Some(a)),
            relation("r4", "threatens", "person/nobody", "country/belgium", Some(a)),
            relation("r5", "part_of", "organization/dgsn", "country/morocco", None),
            relation("r6", "leads", "person/bostyn", "organization/vsse", Some(b)),
        ],
        "times": [
            time(a, "25 و26 نوفمبر", Some("2024-11-25/2024-11-26")),
            time(a, "الجمعة", Some("2024-11-22/2024-11-22")),
            time(a, "ثلاث سنوات", None),
            time(a, "Next Year", Some("2025")),
            time(a, "الأسبوع الماضي", Some("2024-W47")),
            time(a, "أمس", Some("2024-11-27")),
        ]
    });
    let part_b = json!({
        "schema": "ties/1",
        "documents": [
            { "id": b, "language": "fr", "path": "feeds/doc-b.html" },
            { "id": "later-b", "language": "fr", "path": "other/doc-b.txt" },
            { "id": "has-c-stem", "language": "en", "path": "x/doc-c.txt" },
            { "id": "doc-c", "language": "en" }
        ],
        "actors": [
            actor("country/morocco", "Morocco", json!({ "fr": "Maroc" }), json!([]), &[b]),
            actor("person/hammouchi", "Abdellatif Hammouchi", json!({}), json!(["Hammouchi"]), &[b, "doc-c"]),
        ],
        "events": [
            event("e10", "phone_call", Some(("2023-12-31", Some("2024-01-02"))), &["person/hammouchi"], "asserted", b),
            event("e11", "meeting", None, &["person/hammouchi"], "asserted", "doc-c"),
            event("e12", "meeting", None, &["person/hammouchi"], "asserted", "has-c-stem"),
        ],
        "relations": [],
        "times": [ time(b, "le 1er janvier", Some("2024-01-01")), time("doc-c", "Monday", None) ]
    });
    vec![part_a, part_b]
}

fn golds() -> Vec<(&'static str, Value)> {
    vec![
        (
            "a/doc-a.gold.json",
            json!({
                "doc": "doc-a", "published": "2024-11-28", "note": "hand-made",
                "actors": {
                    "bostyn": { "kind": "person", "names": ["Francisca Bostyn", "فرانسيسكا بوستين"] },
                    "morocco": { "kind": "country", "names": ["Morocco", "المغرب"] },
                    "belgium": { "kind": "country", "names": ["Belgium", "Belgique"] },
                    "vsse": { "kind": "organization", "names": ["Sûreté de l’État", "VSSE", "surete de l etat"] },
                    "dgsn": { "kind": "organization", "names": ["المديريّة العامّة للأمن الوطنيّ"] },
                    "absent": { "kind": "person", "names": ["Somebody Else"] }
                },
                "events": [
                    { "types": ["visit", "meeting"], "date": "2024-11-25/2024-11-26", "participants": ["bostyn", "morocco"], "summary": "s" },
                    { "types": ["agreement"], "date": "2024-11-20", "participants": ["morocco"] },
                    { "types": ["statement"], "date": "2024-11", "participants": ["dgsn"], "optional": true },
                    { "types": ["cooperation"], "date": null, "participants": ["belgium"] },
                    { "types": ["intelligence_sharing"], "date": "2024", "participants": ["belgium", "morocco"] },
                    { "types": ["arrest"], "date": "2024-11-20", "participants": ["absent"], "optional": true }
                ],
                "relations": [
                    { "type": "leads", "source": "bostyn", "target": "vsse" },
                    { "type": "cooperates_with", "source": "morocco", "target": "belgium" },
                    { "type": "part_of", "source": "dgsn", "target": "morocco" },
                    { "type": "threatens", "source": "absent", "target": "belgium", "optional": true }
                ],
                "times": [
                    { "text": "يومي 25 و26 نوفمبر الجاري", "value": "2024-11-25/2024-11-26" },
                    { "text": "الجمعة", "value": "2024-11-22" },
                    { "text": "ثلاث سنوات", "value": null },
                    { "text": "الأسبوع الماضي", "value": "2024-11-18/2024-11-24", "optional": true },
                    { "text": "next year", "value": "2025-01-01/2025-12-31" },
                    { "text": "أمس الأول", "value": "2024-11-26" }
                ]
            }),
        ),
        (
            "b/doc-b.gold.json",
            json!({
                "doc": "doc-b",
                "actors": { "hammouchi": { "kind": "person", "names": ["HAMMOUCHI"] }, "maroc": { "kind": "country", "names": ["maroc"] } },
                "events": [ { "types": ["phone_call"], "date": "2024-01", "participants": ["hammouchi"] } ],
                "times": [ { "text": "1er janvier", "value": "2024-01-01" } ]
            }),
        ),
        (
            "doc-c.gold.json",
            json!({
                "doc": "doc-c",
                "actors": { "hammouchi": { "names": ["Hammouchi"] } },
                "events": [ { "types": ["meeting"], "date": null, "participants": ["hammouchi"] } ]
            }),
        ),
        (
            "z/deeper/doc-missing.gold.json",
            json!({
                "doc": "doc-missing",
                "actors": { "x": { "names": ["X"] } },
                "events": [ { "types": ["visit"], "date": null, "participants": ["x"] } ],
                "relations": [], "times": []
            }),
        ),
    ]
}

fn write_golds(dir: &Path) {
    for (path, gold) in golds() {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, serde_json::to_string_pretty(&gold).unwrap()).unwrap();
    }
    std::fs::write(dir.join("README.md"), "not a gold file").unwrap();
}

/// Runs `ties eval` and the reference scorer on the same files; returns
/// both standard outputs (`None` for the reference without python3).
fn both(system: &Path, gold: &Path, extra: &[&str]) -> (String, Option<String>) {
    let mut args = vec!["eval", "--gold", gold.to_str().unwrap(), "--system", system.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = ties().args(&args).assert().success().get_output().stdout.clone();
    let ours = String::from_utf8(out).unwrap();
    let mut py = vec![score_py(), system.display().to_string(), gold.display().to_string()];
    py.extend(extra.iter().map(|s| s.to_string()));
    let reference = python(&py.iter().map(String::as_str).collect::<Vec<_>>()).map(|o| {
        assert!(o.status.success(), "score.py failed: {}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    });
    (ours, reference)
}

fn assert_same_json(ours: &str, reference: Option<String>) {
    let ours_v: Value = serde_json::from_str(ours).unwrap();
    if let Some(reference) = reference {
        let ref_v: Value = serde_json::from_str(&reference).unwrap();
        assert_eq!(ours_v, ref_v, "ties eval and score.py disagree");
        assert_eq!(ours, reference, "same values, different text");
    }
}

#[test]
fn agrees_with_reference_on_hand_made_documents() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    write_golds(&gold);
    let parts = system_parts();
    // One merged document.
    let mut merged = parts[0].clone();
    for k in ["documents", "actors", "events", "relations", "times"] {
        let extra = parts[1][k].as_array().unwrap().clone();
        merged[k].as_array_mut().unwrap().extend(extra);
    }
    let graph = dir.path().join("graph.json");
    std::fs::write(&graph, serde_json::to_string_pretty(&merged).unwrap()).unwrap();
    let (ours, reference) = both(&graph, &gold, &["--json"]);
    // Counted by hand from the rules:
    // actors: doc-a 5 of 7 system right, 5 of 6 gold found (the last
    //   country/morocco, with "Maroc", wins); doc-b 2/5, 2/2; doc-c 1/1,
    //   1/1; doc-missing 0/0, 0/1 -> P 8/13, R 8/10.
    // events: doc-a e1 e2 e8 right, e5 (no date) and e7 wrong, e6 only
    //   optional, e3 e4 negated/hypothetical; 2 of 4 required gold found;
    //   doc-b e10 right (dates overlap), e9 wrong; doc-c e11 right;
    //   doc-missing 0/1 -> P 5/8, R 4/7; exact dates 3 of 4.
    // relations: r1 r2 (symmetric) right, r3 (reversed) r4 r6 wrong, r5 a
    //   gazetteer fact -> P 2/5, R 2/3.
    // times: doc-a 3 right, 2 wrong values, 1 only optional; 3 of 5 gold;
    //   doc-b 1/1; doc-c 0/1 -> P 4/7, R 4/6.
    let v: Value = serde_json::from_str(&ours).unwrap();
    assert_eq!(v["missing_docs"], json!(["doc-missing"]));
    assert_eq!(v["actors"], json!({ "p": 0.615, "r": 0.8, "f1": 0.696 }), "{ours}");
    assert_eq!(v["events"], json!({ "p": 0.625, "r": 0.571, "f1": 0.597 }), "{ours}");
    assert_eq!(v["relations"], json!({ "p": 0.4, "r": 0.667, "f1": 0.5 }), "{ours}");
    assert_eq!(v["times"], json!({ "p": 0.571, "r": 0.667, "f1": 0.615 }), "{ours}");
    assert_eq!(v["event_date_exact"], json!(0.75), "{ours}");
    assert_same_json(&ours, reference);
    // The text table too.
    let (ours, reference) = both(&graph, &gold, &[]);
    assert!(ours.contains("documents with no output: doc-missing"), "{ours}");
    if let Some(reference) = reference {
        assert_eq!(ours, reference);
    }
    // One document only.
    let (ours, reference) = both(&graph, &gold, &["--json", "--docs", "doc-b,doc-c"]);
    assert_eq!(serde_json::from_str::<Value>(&ours).unwrap()["missing_docs"], json!([]));
    assert_same_json(&ours, reference);
}

#[test]
fn agrees_with_reference_on_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    write_golds(&gold);
    let lines: Vec<String> = system_parts().iter().map(|p| serde_json::to_string(p).unwrap()).collect();
    let parts = dir.path().join("parts.jsonl");
    std::fs::write(&parts, format!("{}\n\n{}\n", lines[0], lines[1])).unwrap();
    let (ours, reference) = both(&parts, &gold, &["--json"]);
    assert_same_json(&ours, reference);
}

#[test]
fn bad_inputs_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    std::fs::create_dir_all(&gold).unwrap();
    ties().args(["eval", "--gold", gold.to_str().unwrap(), "--system", "x.json"]).assert().code(1);
    write_golds(&gold);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"schema\": \"ties/1\", \"documents\": 3}").unwrap();
    ties()
        .args(["eval", "--gold", gold.to_str().unwrap(), "--system", bad.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("not a ties/1 document"));
    std::fs::write(gold.join("broken.gold.json"), "{").unwrap();
    ties()
        .args(["eval", "--gold", gold.to_str().unwrap(), "--system", bad.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.gold.json"));
    ties().args(["eval", "--gold", "g", "--system", "s.json", "a.txt"]).assert().code(2);
}

/// On the real corpus: extracting within `ties eval` and scoring the graph
/// `ties build` writes give the reference scorer's figures.
#[test]
fn agrees_with_reference_on_the_dev_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    ties().current_dir(root).args(["-q", "build", "data/articles", "-o"]).arg(dir.path()).assert().success();
    let graph = dir.path().join("graph.json");
    let out =
        ties().current_dir(root).args(["-q", "eval", "--gold", "data/gold", "--json"]).assert().success();
    let extracted = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let (from_file, reference) = both(&graph, &root.join("data/gold"), &["--json"]);
    assert_eq!(extracted, from_file, "extracting and reading graph.json differ");
    let v: Value = serde_json::from_str(&extracted).unwrap();
    assert_eq!(v["missing_docs"], json!([]), "every gold document has output");
    assert_same_json(&from_file, reference);
}

/// A system output made from the dev gold itself, degraded in regular
/// ways (names dropped, dates removed or widened, participants cut,
/// events negated, relations reversed, time texts cut and values changed),
/// so that every rule meets the real annotations.
fn system_from_gold(golds: &[(String, Value)]) -> Value {
    let (mut documents, mut actors, mut events, mut relations, mut times) =
        (vec![], vec![], vec![], vec![], vec![]);
    let mut n = 0usize;
    for (gi, (doc, g)) in golds.iter().enumerate() {
        // Every third document is found by its path stem only.
        let id = if gi.is_multiple_of(3) { format!("sys-{doc}") } else { doc.clone() };
        documents.push(json!({ "id": id, "language": "ar", "path": format!("articles/{doc}.txt") }));
        let aid = |k: &str| format!("x/{doc}/{k}");
        for (ai, (key, a)) in g["actors"].as_object().unwrap().iter().enumerate() {
            n += 1;
            if n.is_multiple_of(7) {
                continue; // never named
            }
            let names: Vec<&str> =
                a["names"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            let (name, aliases) =
                if ai % 2 == 1 { (names[names.len() - 1], vec![]) } else { (names[0], names[1..].to_vec()) };
            let mentions = if n.is_multiple_of(5) {
                json!([])
            } else {
                json!([{ "doc": id, "start": 0, "end": 1, "text": "x" }])
            };
            actors.push(json!({ "id": aid(key), "kind": "person", "name": name, "aliases": aliases, "mentions": mentions }));
        }
        actors.push(json!({ "id": format!("x/{doc}/extra"), "kind": "media", "name": "Some Outlet",
            "mentions": [{ "doc": id, "start": 0, "end": 1, "text": "x" }] }));
        for (ei, e) in g["events"].as_array().unwrap_or(&vec![]).iter().enumerate() {
            n += 1;
            let types = e["types"].as_array().unwrap();
            let parts: Vec<&str> =
                e["participants"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            let parts = if n.is_multiple_of(4) { &parts[..1] } else { &parts[..] };
            let mut ev = json!({
                "id": format!("e{n}"), "type": types[ei % types.len()], "cameo": "040", "summary": "s",
                "modality": if n.is_multiple_of(9) { "negated" } else if n.is_multiple_of(11) { "hypothetical" } else { "asserted" },
                "participants": parts.iter().map(|p| json!({ "actor": aid(p), "role": "agent" })).collect::<Vec<_>>(),
                "evidence": [{ "doc": id, "sentence": 0, "start": 0, "end": 1, "text": "x" }], "confidence": 0.5 });
            if let Some(date) = e["date"].as_str() {
                let (start, end) = date.split_once('/').unwrap_or((date, date));
                match n % 6 {
                    0 => {}
                    1 => ev["date"] = json!({ "start": &start[..4], "precision": "year" }),
                    2 => ev["date"] = json!({ "start": "1999-01-01", "precision": "day" }),
                    _ => ev["date"] = json!({ "start": start, "end": end, "precision": "day" }),
                }
            } else if n.is_multiple_of(3) {
                ev["date"] = json!({ "start": "2024-05", "precision": "month" });
            }
            events.push(ev);
        }
        for (ri, r) in g["relations"].as_array().unwrap_or(&vec![]).iter().enumerate() {
            let (s, t) = (aid(r["source"].as_str().unwrap()), aid(r["target"].as_str().unwrap()));
            let (s, t) = if ri % 2 == 1 { (t, s) } else { (s, t) };
            relations.push(json!({ "id": format!("r{gi}-{ri}"), "type": r["type"], "source": s, "target": t,
                "evidence": [{ "doc": id, "sentence": 0, "start": 0, "end": 1, "text": "x" }] }));
        }
        for (ti, t) in g["times"].as_array().unwrap_or(&vec![]).iter().enumerate() {
            let text = t["text"].as_str().unwrap();
            let text =
                if ti % 3 == 1 { text.split(' ').next().unwrap().to_string() } else { text.to_string() };
            let value = if ti % 4 == 2 { json!("2020") } else { t["value"].clone() };
            times.push(json!({ "doc": id, "text": text, "start": 0, "end": 1, "value": value }));
        }
    }
    json!({ "schema": "ties/1", "documents": documents, "actors": actors, "events": events,
            "relations": relations, "times": times })
}

#[test]
fn agrees_with_reference_on_systems_made_from_the_dev_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = root.join("data/gold");
    let mut golds = vec![];
    for entry in std::fs::read_dir(&gold_dir).unwrap() {
        let p = entry.unwrap().path();
        if p.to_str().unwrap().ends_with(".gold.json") {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            golds.push((v["doc"].as_str().unwrap().to_string(), v));
        }
    }
    golds.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(golds.len() >= 10, "the dev gold is there");
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    std::fs::write(&graph, serde_json::to_string(&system_from_gold(&golds)).unwrap()).unwrap();
    let (ours, reference) = both(&graph, &gold_dir, &["--json"]);
    let v: Value = serde_json::from_str(&ours).unwrap();
    for k in ["actors", "events", "relations", "times"] {
        let f1 = v[k]["f1"].as_f64().unwrap();
        assert!(f1 > 0.2 && f1 < 1.0, "{k}: a degraded copy of the gold scores in between: {ours}");
    }
    assert_same_json(&ours, reference);
    let (ours, reference) = both(&graph, &gold_dir, &[]);
    if let Some(reference) = reference {
        assert_eq!(ours, reference);
    }
}
