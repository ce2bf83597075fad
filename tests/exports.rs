//! Exports of a hand-made `ties/1` document (tests/fixtures/example.json,
//! the facts of data/articles/belgium-morocco-2024-11.txt): golden files of
//! every format, hostile text in every format, and the files read back by
//! the programs users open them with (Graphviz, networkx, Chromium) when
//! those are installed; each such test says why when it skips.

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use ties::export::{self, ExportOptions, Layout, View, dot, gexf, graphml, timeline};
use ties::model::*;

fn example() -> TiesDoc {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example.json"))
            .expect("fixture");
    serde_json::from_str(&text).expect("fixture is ties/1")
}

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example.json")
}

fn has(program: &str) -> bool {
    std::process::Command::new(program).arg("-V").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

fn utf8(b: Vec<u8>) -> String {
    String::from_utf8(b).expect("UTF-8")
}

// ---------------------------------------------------------------- golden files

#[test]
fn snapshot_json() {
    let doc = example();
    let text = export::json::to_string(&doc);
    let back: TiesDoc = serde_json::from_str(&text).unwrap();
    assert_eq!(back, doc);
    insta::assert_snapshot!("graph.json", text);
}

#[test]
fn snapshot_dot_full() {
    insta::assert_snapshot!("graph.dot", dot::to_string(&example(), View::Full));
}

#[test]
fn snapshot_dot_actors() {
    insta::assert_snapshot!("graph.actors.dot", dot::to_string(&example(), View::Actors));
}

#[test]
fn snapshot_timeline_md() {
    insta::assert_snapshot!("timeline.md", timeline::markdown(&example()));
}

#[test]
fn snapshot_timeline_json() {
    insta::assert_snapshot!("timeline.json", timeline::timelinejs(&example()));
}

#[test]
fn snapshot_timeline_html() {
    insta::assert_snapshot!("timeline.html", timeline::html(&example(), None));
}

#[test]
fn snapshot_graphml() {
    insta::assert_snapshot!("graph.graphml", graphml::to_string(&example()));
}

#[test]
fn snapshot_gexf() {
    insta::assert_snapshot!("graph.gexf", gexf::to_string(&example()));
}

#[test]
fn snapshot_csv() {
    let doc = example();
    insta::assert_snapshot!("events.csv", utf8(export::csv::events(&doc)));
    insta::assert_snapshot!("relations.csv", utf8(export::csv::relations(&doc)));
}

#[test]
fn snapshot_neo4j() {
    let doc = example();
    insta::assert_snapshot!("neo4j.nodes.csv", utf8(export::neo4j::nodes(&doc)));
    insta::assert_snapshot!("neo4j.relationships.csv", utf8(export::neo4j::relationships(&doc)));
    insta::assert_snapshot!("neo4j.import.cypher", export::neo4j::cypher(&doc));
}

// ------------------------------------------------------------ structure checks

#[test]
fn timelinejs_dates_follow_precision_and_undated_are_listed_apart() {
    let v: serde_json::Value = serde_json::from_str(&timeline::timelinejs(&example())).unwrap();
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 3);
    // Chronological, month precision without a day, ranges with an end date.
    assert_eq!(events[0]["start_date"], serde_json::json!({"year": 2023, "month": 11}));
    assert_eq!(events[0]["display_date"], "2023-11");
    assert_eq!(events[1]["start_date"], serde_json::json!({"year": 2024, "month": 11, "day": 25}));
    assert_eq!(events[1]["end_date"], serde_json::json!({"year": 2024, "month": 11, "day": 26}));
    for e in events {
        assert!(e["start_date"]["year"].is_i64(), "every slide has start_date.year: {e}");
    }
    assert_eq!(v["undated"].as_array().unwrap().len(), 2);
    // The hypothetical threat is kept off the timeline but listed.
    let off = v["off_timeline"].as_array().unwrap();
    assert_eq!(off.len(), 1);
    assert_eq!(off[0]["group"], "threat");
}

#[test]
fn write_all_writes_every_file_and_is_deterministic() {
    let doc = example();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let opts = ExportOptions::default();
    let wa = export::write_all(&doc, a.path(), &opts).unwrap();
    export::write_all(&doc, b.path(), &opts).unwrap();
    let names: Vec<String> =
        wa.files.iter().map(|p| p.strip_prefix(a.path()).unwrap().display().to_string()).collect();
    assert_eq!(
        names,
        [
            "graph.json",
            "graph.dot",
            "timeline.md",
            "timeline.json",
            "timeline.html",
            "graph.graphml",
            "graph.gexf",
            "events.csv",
            "relations.csv",
            "neo4j/nodes.csv",
            "neo4j/relationships.csv",
            "neo4j/import.cypher"
        ]
    );
    for n in &names {
        assert_eq!(std::fs::read(a.path().join(n)).unwrap(), std::fs::read(b.path().join(n)).unwrap(), "{n}");
    }
}

#[test]
fn filters_apply_to_exports() {
    let doc = example();
    let opts = ExportOptions {
        filter: ties::graph::Filter {
            actor: Some("person/francisca-bostyn".into()),
            depth: Some(1),
            ..Default::default()
        },
        ..Default::default()
    };
    let dir = tempfile::tempdir().unwrap();
    export::write_all(&doc, dir.path(), &opts).unwrap();
    let events = std::fs::read_to_string(dir.path().join("events.csv")).unwrap();
    assert_eq!(events.lines().count(), 3, "header + the visit and the meeting:\n{events}");
    assert!(!events.contains("Van Tigchelt"));
    let bad = ExportOptions {
        filter: ties::graph::Filter { actor: Some("person/nobody".into()), ..Default::default() },
        ..Default::default()
    };
    assert!(export::write_all(&doc, dir.path(), &bad).is_err());
}

// --------------------------------------------------------------- hostile input

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    "He said \"hi\"\nand left\r\n",
    "C:\\temp\\x ends with \\",
    "=HYPERLINK(\"http://evil\",\"click\")",
    "+1+cmd|' /C calc'!A0",
    "-2",
    "@SUM(1)",
    "bell\u{7} nul\u{0} esc\u{1b} del\u{7f} c1\u{85}",
    "line\u{2028}sep\u{2029}para",
    "]]></data><node id=\"x\"/>",
    "</script><script>document.title='pwned'</script>",
    "}; MATCH (n) DETACH DELETE n; //' \"",
    "فرانسيسكا \"بوستين\" <b>",
];

fn hostile_doc() -> TiesDoc {
    let mut doc = example();
    for (i, a) in doc.actors.iter_mut().enumerate() {
        let h = HOSTILE[i % HOSTILE.len()];
        a.name = format!("{h} {}", a.name);
        std::sync::Arc::make_mut(&mut a.names).insert("ar".into(), format!("{h} عربي"));
        a.title = Some(h.to_string());
        std::sync::Arc::make_mut(&mut a.aliases).push(h.to_string());
    }
    for (i, e) in doc.events.iter_mut().enumerate() {
        let h = HOSTILE[(i + 3) % HOSTILE.len()];
        e.summary = h.to_string();
        e.kind = format!("{}{h}", e.kind);
        e.topics.push(h.to_string());
        for v in &mut e.evidence {
            v.text = format!("{h} {}", HOSTILE[(i + 7) % HOSTILE.len()]);
        }
    }
    for (i, r) in doc.relations.iter_mut().enumerate() {
        r.kind = format!("{}{}", r.kind, HOSTILE[i % HOSTILE.len()]);
    }
    doc.documents[0].title = Some(HOSTILE[1].to_string());
    doc
}

#[test]
fn hostile_text_stays_text_in_dot() {
    let doc = hostile_doc();
    for view in [View::Full, View::Actors] {
        let g = dot::to_graph(&doc, view);
        let text = dot::to_string(&doc, view);
        let parsed =
            graphviz_rust::parse(&text).unwrap_or_else(|e| panic!("{view:?} does not parse: {e}\n{text}"));
        assert_eq!(parsed, g, "{view:?}: printed DOT reads back as the same graph");
        for line in text.lines() {
            assert!(!line.contains('\u{7}') && !line.contains('\u{0}'), "control characters dropped");
        }
        if !has("dot") {
            eprintln!("skipped: Graphviz `dot` is not installed");
            continue;
        }
        let r = dot::render(&text, dot::Render::Svg, Layout::Dot).expect("dot accepts it");
        assert!(r.warnings.trim().is_empty(), "{view:?}: dot warned: {}", r.warnings);
        let svg = String::from_utf8(r.bytes).unwrap();
        assert!(!svg.contains("<script"), "no markup from labels in the SVG");
        assert!(!svg.contains("<img"), "no markup from labels in the SVG");
    }
}

#[test]
fn hostile_text_stays_text_in_html() {
    let doc = hostile_doc();
    for page in [timeline::html(&doc, None), timeline::timelinejs(&doc)] {
        assert_eq!(page.matches("<script").count(), if page.starts_with("<!DOCTYPE") { 2 } else { 0 });
        assert!(!page.contains("<img"), "no injected element");
        assert!(!page.contains("<b>"), "no injected element");
        assert!(!page.contains("onerror=\""), "no live attribute");
        assert!(!page.contains("</script><script>"));
    }
    let page = timeline::html(&doc, None);
    let data = &page[page.find("id=\"ties-data\">").unwrap()..];
    let data = &data[..data.find("</script>").unwrap()];
    assert!(
        !data.contains('\u{2028}') && !data.contains('\u{2029}'),
        "line separators escaped in the script"
    );
    assert!(data.contains("\\u2028"));
    // The embedded data still carries the text, escaped for a script element.
    assert!(page.contains(r"\u003cscript\u003ealert(1)\u003c/script\u003e"));
    let md = timeline::markdown(&doc);
    for (i, _) in md.match_indices('<') {
        assert_eq!(&md[i - 1..i], "\\", "every < escaped in Markdown");
    }
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.matches(" | ").count();
        assert!(cells == 4 || cells == 3, "a hostile cell cannot add columns: {line}");
    }
}

#[test]
fn hostile_text_is_neutralized_in_csv() {
    let doc = hostile_doc();
    for bytes in [export::csv::events(&doc), export::csv::relations(&doc)] {
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        let width = r.headers().unwrap().len();
        let mut rows = 0;
        for rec in r.records() {
            let rec = rec.expect("valid CSV");
            assert_eq!(rec.len(), width);
            rows += 1;
            for cell in rec.iter() {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula cell: {cell:?}");
                assert!(!cell.contains('\n'), "one line per cell: {cell:?}");
            }
        }
        assert!(rows > 0);
    }
    let events = utf8(export::csv::events(&doc));
    assert!(events.contains("'=HYPERLINK"), "neutralized, not dropped");
    // Neo4j files parse as CSV with their headers' width.
    for bytes in [export::neo4j::nodes(&doc), export::neo4j::relationships(&doc)] {
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        let width = r.headers().unwrap().len();
        for rec in r.records() {
            assert_eq!(rec.expect("valid CSV").len(), width);
        }
    }
    let cypher = export::neo4j::cypher(&doc);
    assert!(!cypher.contains("DETACH DELETE n; //' "), "quotes escaped in Cypher literals");
    for line in cypher.lines().filter(|l| l.starts_with("MERGE (s)-[r:")) {
        let t = &line["MERGE (s)-[r:".len()..line.find("]->").unwrap()];
        assert!(t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'), "{t}");
    }
}

/// Reads an XML document to the end with quick-xml, returning the values of
/// every `attr` attribute and all text, unescaped.
fn read_xml(text: &str, attr: &[u8]) -> (Vec<String>, Vec<String>) {
    use quick_xml::events::Event;
    let mut r = quick_xml::Reader::from_str(text);
    let (mut attrs, mut texts) = (vec![], vec![]);
    loop {
        match r.read_event().unwrap_or_else(|e| panic!("XML error at {}: {e}", r.buffer_position())) {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                for a in e.attributes() {
                    let a = a.expect("well-formed attribute");
                    if a.key.as_ref().as_bytes() == attr {
                        let v =
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0).expect("valid escapes");
                        attrs.push(v.into_owned());
                    }
                }
            }
            Event::Text(t) => texts.push(t.xml10_content().into_owned()),
            _ => {}
        }
    }
    (attrs, texts)
}

#[test]
fn hostile_text_is_escaped_in_xml() {
    let doc = hostile_doc();
    let g = graphml::to_string(&doc);
    let (ids, _) = read_xml(&g, b"id");
    assert!(!ids.contains(&"x".to_string()), "no injected node");
    let nodes =
        ids.iter().filter(|i| doc.actors.iter().any(|a| &a.id == *i) || i.starts_with("event:")).count();
    assert_eq!(nodes, doc.actors.len() + doc.events.len());
    let x = gexf::to_string(&doc);
    let (labels, _) = read_xml(&x, b"label");
    let names: Vec<String> = doc.actors.iter().map(|a| ties::export::text::one_line(&a.name)).collect();
    for n in &names {
        assert!(labels.contains(n), "label {n:?} reads back");
    }
    for text in [&g, &x] {
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "no control characters");
    }
}

// ------------------------------------------------ readers users actually use

#[test]
fn dot_renders_without_warnings() {
    if !has("dot") {
        eprintln!("skipped: Graphviz `dot` is not installed (CI installs graphviz)");
        return;
    }
    let doc = example();
    for view in [View::Full, View::Actors] {
        let text = dot::to_string(&doc, view);
        for r in [dot::Render::Svg, dot::Render::Png] {
            let out = dot::render(&text, r, Layout::Dot).unwrap_or_else(|e| panic!("{view:?} {r:?}: {e}"));
            assert!(out.warnings.trim().is_empty(), "{view:?} {r:?}: {}", out.warnings);
            assert!(out.bytes.len() > 1000);
        }
    }
    let svg = String::from_utf8(
        dot::render(&dot::to_string(&doc, View::Full), dot::Render::Svg, Layout::Dot).unwrap().bytes,
    )
    .unwrap();
    assert!(svg.contains("\u{2067}فرانسيسكا بوستين\u{2069}"), "Arabic label isolated in the SVG");
    if has("sfdp") {
        let out = dot::render(&dot::to_string(&doc, View::Actors), dot::Render::Svg, Layout::Sfdp).unwrap();
        assert!(out.bytes.starts_with(b"<?xml"));
    }
}

#[test]
fn graphml_and_gexf_read_back_by_networkx() {
    let Some(python) = std::env::var_os("TIES_PYTHON") else {
        eprintln!("skipped: TIES_PYTHON is not set (.ci/run sets it to a virtual environment with networkx)");
        return;
    };
    let doc = example();
    let dir = tempfile::tempdir().unwrap();
    let (gm, gx) = (dir.path().join("graph.graphml"), dir.path().join("graph.gexf"));
    std::fs::write(&gm, graphml::to_string(&doc)).unwrap();
    std::fs::write(&gx, gexf::to_string(&doc)).unwrap();
    let script = r#"
import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1])
x = nx.read_gexf(sys.argv[2])
bostyn = g.nodes["person/francisca-bostyn"]
print(json.dumps({
  "graphml": [g.number_of_nodes(), g.number_of_edges()],
  "gexf": [x.number_of_nodes(), x.number_of_edges()],
  "kind": bostyn["kind"], "name_ar": bostyn["name_ar"],
  "confidence": g.nodes["event:e1"]["confidence"],
  "gexf_mode": x.graph.get("mode"),
  "spells": x.nodes["person/francisca-bostyn"].get("spells"),
}))
"#;
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(&gm)
        .arg(&gx)
        .output()
        .expect("TIES_PYTHON runs");
    assert!(out.status.success(), "networkx failed: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let participants: usize = doc.events.iter().map(|e| e.participants.len()).sum();
    assert_eq!(
        v["graphml"],
        serde_json::json!([doc.actors.len() + doc.events.len(), participants + doc.relations.len()])
    );
    let ties = ties::graph::project(&doc).len();
    assert_eq!(v["gexf"], serde_json::json!([doc.actors.len(), ties]));
    assert_eq!(v["kind"], "person");
    assert_eq!(v["name_ar"], "فرانسيسكا بوستين");
    assert_eq!(v["confidence"], 0.9, "typed key read as a number");
    assert_eq!(v["gexf_mode"], "dynamic");
    assert_eq!(v["spells"], serde_json::json!([["2024-11-25", "2024-11-26"]]));
}

fn chromium() -> Option<String> {
    if let Some(c) = std::env::var_os("TIES_CHROMIUM") {
        return Some(c.to_string_lossy().into_owned());
    }
    ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|c| has(c)).map(str::to_string)
}

/// The DOM of `page` after its scripts ran, by headless Chromium.
fn dump_dom(browser: &str, page: &Path, fragment: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}{fragment}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn timeline_html_runs_in_chromium() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no chromium on PATH (CI installs it; or set TIES_CHROMIUM)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let doc = example();
    let svg = if has("dot") {
        Some(
            String::from_utf8(
                dot::render(&dot::to_string(&doc, View::Full), dot::Render::Svg, Layout::Dot).unwrap().bytes,
            )
            .unwrap(),
        )
    } else {
        None
    };
    let page = dir.path().join("timeline.html");
    std::fs::write(&page, timeline::html(&doc, svg.as_deref())).unwrap();
    let dom = dump_dom(&browser, &page, "#ev=1");
    assert!(dom.contains("data-ties-ready=\"1\""), "the page's script ran to the end");
    assert!(dom.contains("ready: 6 events"));
    for e in &doc.events {
        assert!(dom.contains(&e.summary), "event {} in the DOM", e.id);
    }
    // #ev=1 opens the second dated event: participants, modality, evidence.
    let details = &dom[dom.find("id=\"details\"").unwrap()..];
    let details = &details[..details.find("</section>").unwrap()];
    assert!(details.contains("Francisca Bostyn visits Morocco"), "{details}");
    assert!(details.contains("عبد اللطيف حموشي"));
    assert!(details.contains("(host)"));
    assert!(details.contains("asserted"));
    assert!(details.contains("<blockquote dir=\"auto\">الرباط"));
    if svg.is_some() {
        assert!(dom.contains("<svg"), "diagram inline");
    }

    // Hostile text: nothing it carries becomes an element or runs.
    let page = dir.path().join("hostile.html");
    std::fs::write(&page, timeline::html(&hostile_doc(), None)).unwrap();
    for fragment in ["", "#ev=0", "#ev=3"] {
        let dom = dump_dom(&browser, &page, fragment);
        assert!(dom.contains("data-ties-ready=\"1\""), "script ran with hostile data ({fragment})");
        assert!(!dom.contains("<img"), "no injected image ({fragment})");
        assert!(!dom.contains("<title>pwned"), "no injected script ran ({fragment})");
        assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "text shown as text ({fragment})");
    }
}

// ------------------------------------------------------------------------ CLI

fn ties() -> Command {
    Command::cargo_bin("ties").unwrap()
}

#[test]
fn cli_export_one_format_to_stdout_and_files() {
    let out = ties().args(["export", "--format", "dot", "--in"]).arg(fixture_path()).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), dot::to_string(&example(), View::Full));

    let dir = tempfile::tempdir().unwrap();
    ties()
        .args(["export", "--format", "neo4j", "--in"])
        .arg(fixture_path())
        .arg("-o")
        .arg(dir.path())
        .assert()
        .success();
    for f in ["neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/import.cypher"] {
        assert!(dir.path().join(f).is_file(), "{f}");
    }
    let out = ties()
        .args(["export", "--format", "timeline-md", "--types", "visit", "--from", "2024", "--in"])
        .arg(fixture_path())
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("Francisca Bostyn visits Morocco") && !md.contains("Van Tigchelt visits"), "{md}");
    ties()
        .args(["export", "--format", "dot", "--actor", "person/nobody", "--in"])
        .arg(fixture_path())
        .assert()
        .failure()
        .stderr(predicates::str::contains("no actor \"person/nobody\""));
}

#[test]
fn cli_render_without_graphviz_says_so_and_writes_dot() {
    let dir = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let out = ties()
        .env("PATH", empty.path())
        .args(["export", "--format", "dot", "--render", "svg", "--in"])
        .arg(fixture_path())
        .arg("-o")
        .arg(dir.path().join("graph.dot"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(err.contains("Graphviz `dot` not found"), "{err}");
    assert!(dir.path().join("graph.dot").is_file());
    assert!(!dir.path().join("graph.svg").exists());
}

#[test]
fn cli_render_svg_and_png() {
    if !has("dot") {
        eprintln!("skipped: Graphviz `dot` is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    ties()
        .args(["export", "--format", "dot", "--view", "actors", "--render", "svg,png", "--in"])
        .arg(fixture_path())
        .arg("-o")
        .arg(dir.path().join("graph.dot"))
        .assert()
        .success();
    assert!(std::fs::read(dir.path().join("graph.png")).unwrap().starts_with(b"\x89PNG"));
    assert!(std::fs::read_to_string(dir.path().join("graph.svg")).unwrap().contains("<svg"));
}

#[test]
fn cli_queries() {
    let run = |args: &[&str]| -> String {
        let out = ties().arg("query").arg("--in").arg(fixture_path()).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let n = run(&["neighbors", "person/francisca-bostyn"]);
    let ids: Vec<&str> = n.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids, ["country/morocco", "organization/vsse", "person/abdellatif-hammouchi"]);
    let p = run(&["path", "person/paul-van-tigchelt", "organization/dgst", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&p).unwrap();
    assert_eq!(
        v["path"],
        serde_json::json!(["person/paul-van-tigchelt", "country/morocco", "organization/dgst"])
    );
    let e = run(&["events", "--actor", "country/morocco", "--to", "2023-12"]);
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(e.starts_with("2023-11\tvisit"));
    let all: BTreeMap<&str, usize> = BTreeMap::from([("lines", run(&["events"]).lines().count())]);
    assert_eq!(all["lines"], 6);
    ties()
        .args(["query", "--in"])
        .arg(fixture_path())
        .args(["path", "person/francisca-bostyn", "location/europe"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("no chain of ties"));
}

#[test]
fn cli_build_writes_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/belgium-morocco-2024-11.txt");
    ties().arg("build").arg(&article).arg("-o").arg(dir.path()).arg("--quiet").assert().success();
    for f in [
        "graph.json",
        "graph.dot",
        "timeline.md",
        "timeline.json",
        "timeline.html",
        "graph.graphml",
        "graph.gexf",
        "events.csv",
        "relations.csv",
        "neo4j/nodes.csv",
        "neo4j/relationships.csv",
        "neo4j/import.cypher",
    ] {
        assert!(dir.path().join(f).is_file(), "{f}");
    }
}

// ------------------------------------------------------ edge cases, any text

#[test]
fn empty_graph_exports_everything() {
    let dir = tempfile::tempdir().unwrap();
    let w = export::write_all(&TiesDoc::new(), dir.path(), &ExportOptions::default()).unwrap();
    assert_eq!(w.files.len(), 12);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("timeline.json")).unwrap()).unwrap();
    assert_eq!(v["events"], serde_json::json!([]));
    let html = std::fs::read_to_string(dir.path().join("timeline.html")).unwrap();
    assert!(html.contains("No dated event"));
    if has("dot") {
        let r =
            dot::render(&dot::to_string(&TiesDoc::new(), View::Full), dot::Render::Svg, Layout::Dot).unwrap();
        assert!(r.warnings.trim().is_empty(), "{}", r.warnings);
    }
}

/// One actor and one event carrying `text` everywhere text can go.
fn doc_with(text: &str) -> TiesDoc {
    let mut doc = TiesDoc::new();
    doc.documents.push(DocumentInfo {
        id: "d".into(),
        language: "ar".into(),
        title: Some(text.to_string()),
        ..Default::default()
    });
    doc.actors.push(Actor {
        id: "person/x".into(),
        kind: ActorKind::Person,
        name: text.to_string(),
        names: [("ar".to_string(), text.to_string() + "ب")]
            .into_iter()
            .collect::<std::collections::BTreeMap<_, _>>()
            .into(),
        aliases: vec![text.to_string()].into(),
        country: Some(text.to_string()),
        cameo: None,
        title: Some(text.to_string()),
        mentions: vec![],
    });
    doc.events.push(Event {
        id: "e1".into(),
        kind: "visit".into(),
        cameo: "042".into(),
        plover: None,
        date: Some(EventDate { start: "2024-11-25".into(), end: None, precision: Precision::Day }),
        participants: vec![Participant { actor: "person/x".into(), role: Role::Agent }],
        topics: vec![text.to_string()],
        modality: Modality::Asserted,
        summary: text.to_string(),
        evidence: vec![Evidence { doc: "d".into(), sentence: 0, start: 0, end: 1, text: text.to_string() }],
        confidence: 0.5,
        sources: None,
    });
    doc
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any text: the DOT reads back as the same graph, the page keeps its
    /// two script elements, the XML reads to the end, CSV keeps its width.
    #[test]
    fn any_text_stays_text(text in "\\PC*|[\\x00-\\x1f\"\\\\<>&'=+@\\-\u{2028}\u{2067}ب]{0,40}") {
        let doc = doc_with(&text);
        for view in [View::Full, View::Actors] {
            let printed = dot::to_string(&doc, view);
            proptest::prop_assert_eq!(graphviz_rust::parse(&printed).expect("DOT parses"), dot::to_graph(&doc, view));
        }
        let page = timeline::html(&doc, None);
        proptest::prop_assert_eq!(page.matches("<script").count(), 2);
        proptest::prop_assert_eq!(page.matches("</script>").count(), 2);
        read_xml(&graphml::to_string(&doc), b"id");
        read_xml(&gexf::to_string(&doc), b"id");
        let events = export::csv::events(&doc);
        let mut r = csv::Reader::from_reader(events.as_slice());
        let width = r.headers().unwrap().len();
        for rec in r.records() {
            proptest::prop_assert_eq!(rec.unwrap().len(), width);
        }
        serde_json::from_str::<serde_json::Value>(&timeline::timelinejs(&doc)).expect("valid JSON");
    }
}

/// A disk that fills up after `room` bytes.
struct FullDisk {
    room: usize,
}

impl std::io::Write for FullDisk {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "no space left"));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_full_disk_is_an_error_for_every_export() {
    let doc = example();
    let opts = ExportOptions::default();
    for f in export::Format::ALL {
        let Some(whole) = export::to_bytes(&doc, f, &opts, None) else { continue };
        // A writer that fails halfway gives an error, not a panic nor a
        // silently short file.
        assert!(whole.len() > 100, "{f:?}");
        let mut disk = FullDisk { room: whole.len() / 2 };
        let got = export::write_to(&doc, f, &opts, None, &mut disk).unwrap();
        assert!(got.is_err(), "{f:?}: a failed write must be reported");
    }
    for (name, write) in [
        (
            "events.csv",
            export::csv::write_events as fn(&TiesDoc, &mut dyn std::io::Write) -> std::io::Result<()>,
        ),
        ("relations.csv", export::csv::write_relations),
    ] {
        let mut disk = FullDisk { room: 10 };
        assert!(write(&doc, &mut disk).is_err(), "{name}");
    }
}
