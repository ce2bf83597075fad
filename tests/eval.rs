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
    let mut strings: Vec<String> = (0u32..0x110000).filter_map(char::from_u32).map(|c| format!("a{c}b {c}")).collect();
    for s in [
        "Francisca Bostyn", "فرانسيسكا  بوستين", "مُحَمَّد", "مـحـمـد", "أحمد إسلام آمنة ٱلله", "مصطفى", "المديرية العامة للأمن الوطني",
        "Straße", "ẞ", "Élysée", "Al-Qaida", "snake_case", " A.B.C. ", "ﬁnance", "Ⅻ", "İstanbul", "ΣΊΣΥΦΟΣ", "١٢٣ ١٢", "Ǆemal", "ŉ", "Ꭰꭰ",
        "", "---", "_", "x__y", "\u{200d}\u{200c}", "e\u{301}",
    ] {
        strings.push(s.to_string());
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
    let Some(out) = python(&["-c", &script, input.to_str().unwrap(), output.to_str().unwrap()]) else { return };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let want: Vec<Option<String>> = serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
    let mut diffs = Vec::new();
    for (s, w) in strings.iter().zip(&want) {
        if let Some(w) = w {
            let got = ties::eval::norm(s);
            if &got != w {
                diffs.push(format!("{:?} ({}): ties {got:?}, reference {w:?}", s, s.chars().map(|c| format!("U+{:04X}", c as u32)).collect::<Vec<_>>().join(" ")));
            }
        }
    }
    assert!(diffs.is_empty(), "{} differences:\n{}", diffs.len(), diffs.iter().take(60).cloned().collect::<Vec<_>>().join("\n"));
}
