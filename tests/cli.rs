//! The binary end to end: inputs, outputs, exit codes and bad input.
//!
//! Each bad-input case checks that the message names the file and what is
//! wrong, and that the good documents beside it are still written.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn ties() -> Command {
    Command::cargo_bin("ties").unwrap()
}

const GOOD: &str =
    "---\nid: good-1\npublished: 2024-11-28\nlanguage: fr\n---\nLe ministre a reçu son homologue à Rabat.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Runs `ties build` on a folder holding GOOD and one bad file, and
/// returns (exit code, stderr, document ids written).
fn build_with(name: &str, bytes: &[u8]) -> (i32, String, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    write(&input, "0-good.txt", GOOD.as_bytes());
    write(&input, name, bytes);
    let out = dir.path().join("out");
    let run = ties().arg("build").arg(&input).arg("-o").arg(&out).output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr).to_string();
    let ids = match std::fs::read_to_string(out.join("graph.json")) {
        Ok(s) => {
            let v: Value = serde_json::from_str(&s).unwrap();
            v["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap().to_string()).collect()
        }
        Err(_) => Vec::new(),
    };
    (run.status.code().unwrap_or(-1), stderr, ids)
}

#[test]
fn bad_inputs_are_named_and_skipped() {
    let mut fm_then_bad = b"---\nid: u\n---\n".to_vec();
    fm_then_bad.extend([b'a', 0xff, 0xfe, b'b']);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bad-utf8.txt", fm_then_bad, "invalid UTF-8 at byte 1"),
        ("empty.txt", b"  \n\n".to_vec(), "empty document"),
        ("binary.txt", vec![0u8, 1, 2, 3, 0, 0, 0x7f, 0x45, 0x4c, 0x46, 0, 0], "binary file"),
        ("open.md", b"---\nid: open\ntitle: x\nText with no end of block.\n".to_vec(), "never closed"),
        ("date.txt", b"---\npublished: 2024-13-45\n---\nLe ministre a parl\xc3\xa9.\n".to_vec(), "impossible publication date \"2024-13-45\""),
        ("lang.txt", b"---\nlanguage: de\n---\nDer Minister hat gesprochen.\n".to_vec(), "unsupported language \"de\""),
        ("unknown.txt", "Москва и Пекин подписали соглашение о сотрудничестве".as_bytes().to_vec(), "cannot tell the language"),
        ("dup.txt", GOOD.as_bytes().to_vec(), "duplicate document id \"good-1\""),
        ("records.jsonl", b"{\"id\":\"j1\",\"text\":\"The minister met his counterpart.\",\"language\":\"en\",\"published\":\"2024-01-02\"}\n{oops\n".to_vec(), "records.jsonl:2: bad JSON line"),
    ];
    for (name, bytes, want) in cases {
        let (code, stderr, ids) = build_with(name, &bytes);
        assert_eq!(code, 2, "{name}: exit status; stderr: {stderr}");
        assert!(stderr.contains(name), "{name}: the message names the file: {stderr}");
        assert!(stderr.contains(want), "{name}: want {want:?} in {stderr}");
        assert!(stderr.lines().any(|l| l.starts_with("ties: ")), "{name}: {stderr}");
        assert!(ids.contains(&"good-1".to_string()), "{name}: the good document survives: {ids:?}");
    }
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", GOOD.as_bytes());
    let locked = dir.path().join("locked.txt");
    write(dir.path(), "locked.txt", b"secret");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("running as a user who can read any file; the unreadable case cannot be made here");
        return;
    }
    let out = dir.path().join("out");
    let run = ties()
        .arg("build")
        .arg(dir.path().join("good.txt"))
        .arg(&locked)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("locked.txt: cannot read"));
    assert!(out.join("graph.json").exists());
}

#[test]
fn nothing_readable_is_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let run = ties()
        .arg("build")
        .arg(dir.path().join("missing"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("missing: no such file or folder"), "{stderr}");
}

#[test]
fn unwritable_output_is_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", GOOD.as_bytes());
    write(dir.path(), "blocker", b"a file where the output folder should go");
    let run = ties()
        .arg("build")
        .arg(dir.path().join("good.txt"))
        .arg("-o")
        .arg(dir.path().join("blocker"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("blocker"));
}

#[test]
fn bad_published_flag_is_exit_1() {
    let run =
        ties().args(["extract", "--published", "2024-13-45", "-"]).write_stdin("Texte.").output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("--published"));
}

#[test]
fn build_lists_every_article_with_language_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    ties().current_dir(env!("CARGO_MANIFEST_DIR")).args(["build", "-q", "-o"]).arg(&out).assert().success();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    assert_eq!(v["schema"], "ties/1");
    let docs = v["documents"].as_array().unwrap();
    let articles =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles")).unwrap().count();
    assert_eq!(docs.len(), articles);
    for d in docs {
        assert!(["ar", "fr", "en"].contains(&d["language"].as_str().unwrap()), "{d}");
        assert!(d["published"].is_string(), "every article has a publication date: {d}");
    }
    let example = docs.iter().find(|d| d["id"] == "belgium-morocco-2024-11").unwrap();
    assert_eq!(example["published"], "2024-11");
    assert_eq!(example["published_inferred"], true);
}

#[test]
fn extract_reads_stdin_and_streams_jsonl() {
    let input = "{\"id\":\"a\",\"text\":\"Le ministre a reçu son homologue.\",\"published\":\"2024-11-28\"}\n\
                 {\"id\":\"b\",\"text\":\"The minister met his counterpart in Rabat.\",\"published\":\"2024-11-28\"}\n";
    let run = ties().args(["extract", "--format", "jsonl", "-"]).write_stdin(input).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let lines: Vec<Value> =
        String::from_utf8(run.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["documents"][0]["id"], "a");
    assert_eq!(lines[0]["documents"][0]["language"], "fr");
    assert_eq!(lines[1]["documents"][0]["id"], "b");
    assert_eq!(lines[1]["documents"][0]["language"], "en");

    let run = ties()
        .args(["extract", "-"])
        .write_stdin("---\nid: s\npublished: 2024\n---\nالتقى الوزير نظيره.")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["documents"][0]["id"], "s");
    assert_eq!(v["documents"][0]["language"], "ar");
    assert_eq!(v["documents"][0]["published"], "2024");
}

#[test]
fn html_input_gives_title_date_and_source() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "page.html",
        "<html lang=\"fr\"><head><title>Visite à Rabat</title><meta property=\"og:site_name\" content=\"Le Site\">\
         <meta property=\"article:published_time\" content=\"2024-04-15T08:00:00Z\"></head>\
         <body><article><p>Le ministre s'est rendu à Rabat lundi.</p><script>x()</script></article></body></html>"
            .as_bytes(),
    );
    let run = ties().arg("extract").arg(dir.path().join("page.html")).output().unwrap();
    assert!(run.status.success());
    let v: Value = serde_json::from_slice(&run.stdout).unwrap();
    let d = &v["documents"][0];
    assert_eq!(
        (d["id"].as_str(), d["title"].as_str(), d["source"].as_str()),
        (Some("page"), Some("Visite à Rabat"), Some("Le Site"))
    );
    assert_eq!(d["published"], "2024-04-15");
}

#[test]
fn published_flag_overrides_metadata() {
    let run = ties().args(["extract", "--published", "2020-02-02", "-"]).write_stdin(GOOD).output().unwrap();
    let v: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["documents"][0]["published"], "2020-02-02");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // `ties extract ... | head -c 1`: the reader goes away; ties exits 0.
    let root = env!("CARGO_MANIFEST_DIR");
    let bin = assert_cmd::cargo::cargo_bin("ties");
    if let Ok(out) = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("'{}' extract --format jsonl '{root}/data/articles' 2>/dev/null | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}", bin.display()))
        .output()
    {
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    }
}

#[test]
fn output_is_byte_for_byte_stable() {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    for run in ["a", "b"] {
        ties().current_dir(root).args(["build", "-q", "-o"]).arg(dir.path().join(run)).assert().success();
    }
    let a = std::fs::read(dir.path().join("a/graph.json")).unwrap();
    let b = std::fs::read(dir.path().join("b/graph.json")).unwrap();
    assert_eq!(a, b);
}

#[test]
fn every_subcommand_has_examples() {
    for sub in ["build", "extract", "merge", "eval", "export", "query"] {
        let run = ties().args([sub, "--help"]).output().unwrap();
        assert!(String::from_utf8_lossy(&run.stdout).contains("Examples:"), "{sub}");
    }
}

#[test]
fn real_output_reads_back_into_the_strict_model() {
    // Every struct of src/model.rs denies unknown fields: if the writer and
    // the documented format drift apart, this fails.
    let dir = tempfile::tempdir().unwrap();
    ties()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "-q", "-o"])
        .arg(dir.path())
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("graph.json")).unwrap();
    let doc: ties::model::TiesDoc = serde_json::from_str(&text).expect("graph.json follows the model");
    assert!(
        !doc.events.is_empty()
            && !doc.actors.is_empty()
            && !doc.relations.is_empty()
            && !doc.times.is_empty()
    );
    assert_eq!(ties::export::json::to_string(&doc), text, "the model writes back the same bytes");
    // No optional field is written as null; `value` of a time is the one
    // field that may be null.
    let v: Value = serde_json::from_str(&text).unwrap();
    fn nulls(v: &Value, path: &str, out: &mut Vec<String>) {
        match v {
            Value::Null => out.push(path.to_string()),
            Value::Array(a) => a.iter().for_each(|x| nulls(x, path, out)),
            Value::Object(o) => o.iter().for_each(|(k, x)| nulls(x, &format!("{path}.{k}"), out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    nulls(&v, "", &mut found);
    assert!(found.iter().all(|p| p == ".times.value"), "{found:?}");
}

#[test]
fn an_edited_data_folder_is_used_and_its_errors_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for sub in ["lexicon", "gazetteer"] {
        copy_dir(&root.join(sub), &data.join(sub));
    }
    // A new trigger word, added as data only, is found.
    let fr = data.join("lexicon/events/fr.toml");
    let mut text = std::fs::read_to_string(&fr).unwrap();
    text.push_str("\n[[trigger]]\ntype = \"visit\"\nframe = \"visit\"\nforms = [\"a fait escale\"]\n");
    std::fs::write(&fr, &text).unwrap();
    let input = "---\nid: x\npublished: 2024-05-02\nlanguage: fr\n---\nLe ministre Karim Alaoui a fait escale à Rabat le 2 mai 2024.\n";
    let with = ties().arg("--data").arg(&data).args(["extract", "-"]).write_stdin(input).output().unwrap();
    let v: Value = serde_json::from_slice(&with.stdout).unwrap();
    assert!(v["events"].as_array().unwrap().iter().any(|e| e["type"] == "visit"), "{v}");
    // A broken file stops the run with its name, line and key.
    std::fs::write(
        &fr,
        text.replace("frame = \"visit\"\nforms = [\"a fait escale\"]", "frame = \"visit\"\nforms = 3"),
    )
    .unwrap();
    let run = ties().arg("--data").arg(&data).args(["extract", "-"]).write_stdin(input).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("lexicon/events/fr.toml:") && stderr.contains("forms"), "{stderr}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// Exports are created like any file (0666 less the umask), not with the
/// 0600 of the temporary file they are written through.
#[cfg(unix)]
#[test]
fn exports_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", GOOD.as_bytes());
    let bin = assert_cmd::cargo::cargo_bin("ties");
    for (umask, want) in [("022", 0o644), ("077", 0o600)] {
        let out = dir.path().join(format!("out-{umask}"));
        let script = format!("umask {umask} && exec \"$0\" build -q a.txt -o \"$1\"");
        let run = std::process::Command::new("sh")
            .current_dir(dir.path())
            .args(["-c", &script])
            .arg(&bin)
            .arg(&out)
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        for f in ["graph.json", "timeline.html", "events.csv"] {
            let mode = std::fs::metadata(out.join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, want, "{f} under umask {umask}");
        }
    }
}
