//! Scale and trust: the parallel batch gives the bytes of a sequential run;
//! extraction as a map and `ties merge` as a reduce give the graph of one
//! `ties build`, whatever the split; the Spark job does the same on a
//! (local) cluster; `output/` is what `ties build` writes today.

use assert_cmd::Command;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn ties() -> Command {
    let mut c = Command::cargo_bin("ties").unwrap();
    c.current_dir(root());
    c
}

/// `ties build data/articles -o DIR` with the given number of threads;
/// returns graph.json.
fn build(dir: &Path, threads: &str) -> Vec<u8> {
    ties()
        .env("RAYON_NUM_THREADS", threads)
        .args(["build", "-q", "data/articles", "-o"])
        .arg(dir)
        .assert()
        .success();
    std::fs::read(dir.join("graph.json")).unwrap()
}

/// Every file under `dir` (relative path -> bytes).
fn folder(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.insert(p.strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn parallel_and_sequential_runs_give_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let runs: Vec<_> = ["1", "2", "4"]
        .iter()
        .map(|t| {
            let dir = tmp.path().join(t);
            build(&dir, t);
            folder(&dir)
        })
        .collect();
    // Extraction and the exports (made in parallel too) are compared file by file.
    assert!(runs[0].len() >= 10, "{:?}", runs[0].keys());
    assert!(
        runs[0].contains_key(Path::new("graph.json")) && runs[0].contains_key(Path::new("timeline.html"))
    );
    for other in &runs[1..] {
        assert_eq!(runs[0].keys().collect::<Vec<_>>(), other.keys().collect::<Vec<_>>());
        for (path, bytes) in &runs[0] {
            assert!(other[path] == *bytes, "{} differs between thread counts", path.display());
        }
    }
}

/// The per-article lines of `ties extract --format jsonl data/articles`.
fn mapped() -> Vec<String> {
    let out = ties().args(["extract", "-q", "--format", "jsonl", "data/articles"]).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

fn merge(parts: &[PathBuf], out: &Path) -> Vec<u8> {
    ties().args(["merge", "-q"]).args(parts).arg("-o").arg(out).assert().success();
    std::fs::read(out.join("graph.json")).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, .. ProptestConfig::default() })]

    /// Any split of the articles into parts, each part merged on its own
    /// and the partial graphs merged again, gives the graph of one build.
    #[test]
    fn any_split_merged_gives_the_graph_of_one_build(assign in proptest::collection::vec(0usize..3, 15..16)) {
        static ONCE: std::sync::OnceLock<(Vec<u8>, Vec<String>)> = std::sync::OnceLock::new();
        let (whole, lines) = ONCE.get_or_init(|| {
            let tmp = tempfile::tempdir().unwrap();
            (build(&tmp.path().join("whole"), "2"), mapped())
        });
        let tmp = tempfile::tempdir().unwrap();
        prop_assert_eq!(lines.len(), assign.len());
        let mut graphs = Vec::new();
        for part in 0..3 {
            let mine: Vec<&String> = lines.iter().zip(&assign).filter(|(_, a)| **a == part).map(|(l, _)| l).collect();
            if mine.is_empty() {
                continue;
            }
            let file = tmp.path().join(format!("part-{part}.jsonl"));
            std::fs::write(&file, mine.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
            let out = tmp.path().join(format!("graph-{part}"));
            merge(&[file], &out);
            graphs.push(out.join("graph.json"));
        }
        let merged = merge(&graphs, &tmp.path().join("merged"));
        prop_assert!(&merged == whole, "merging the parts differs from one build");
    }
}

#[test]
fn the_spark_job_gives_the_graph_of_one_build() {
    let Some(python) = std::env::var_os("TIES_PYTHON") else {
        eprintln!("TIES_PYTHON is not set (.ci/run sets it to a venv with pyspark): Spark test skipped");
        return;
    };
    let has_spark = std::process::Command::new(&python)
        .args(["-c", "import pyspark"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_spark {
        eprintln!("pyspark is not installed for {}: Spark test skipped", Path::new(&python).display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // The articles as JSON Lines records, the job's input format.
    let (docs, _) = ties::ingest::read_all_inputs(&[root().join("data/articles")], &Default::default());
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let records: String = docs
        .iter()
        .map(|d| {
            let rec = serde_json::json!({
                "id": d.id, "text": d.text, "language": d.language,
                "published": d.published.map(|p| p.to_string()), "title": d.title, "source": d.source,
            });
            format!("{rec}\n")
        })
        .collect();
    std::fs::write(input.join("articles.jsonl"), &records).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("ties");
    let out = tmp.path().join("spark-out");
    let status = std::process::Command::new(&python)
        .arg(root().join("examples/spark/ties_spark.py"))
        .arg(&input)
        .arg(&out)
        .arg("--ties")
        .arg(&bin)
        .arg("--partitions")
        .arg("3")
        .env("PYSPARK_PYTHON", &python)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .status()
        .unwrap();
    assert!(status.success(), "the Spark job failed");
    // The same records through one `ties build`.
    // The same records through one `ties build`, from standard input as
    // the executors read them (so no document carries a file path).
    let whole = tmp.path().join("whole");
    ties().args(["build", "-q", "-", "-o"]).arg(&whole).write_stdin(records).assert().success();
    let spark = std::fs::read(out.join("graph.json")).unwrap();
    assert!(
        spark == std::fs::read(whole.join("graph.json")).unwrap(),
        "Spark's graph differs from one build"
    );
}

/// `output/` holds what `ties build` writes for `data/articles`. The inline
/// diagram of timeline.html depends on the Graphviz of the machine, so that
/// page is compared without it.
#[test]
fn output_is_current() {
    let tmp = tempfile::tempdir().unwrap();
    ties().args(["build", "-q", "-o"]).arg(tmp.path()).assert().success();
    let strip = |s: String| -> String {
        match (s.find("<svg"), s.rfind("</svg>")) {
            (Some(a), Some(b)) if a < b => format!("{}{}", &s[..a], &s[b + 6..]),
            _ => s,
        }
    };
    let mut checked = 0;
    for entry in walk(tmp.path()) {
        let rel = entry.strip_prefix(tmp.path()).unwrap();
        let committed = root().join("output").join(rel);
        let fresh = std::fs::read_to_string(&entry).unwrap();
        let Ok(old) = std::fs::read_to_string(&committed) else {
            panic!("output/{} is missing: run `cargo run --release -- build`", rel.display());
        };
        let (fresh, old) =
            if rel.ends_with("timeline.html") { (strip(fresh), strip(old)) } else { (fresh, old) };
        assert!(fresh == old, "output/{} is not current: run `cargo run --release -- build`", rel.display());
        checked += 1;
    }
    assert!(checked >= 10, "{checked} files");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}
