#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from data/ and fuzz/seeds/.

The time and extract targets read a header byte before the text: its value
modulo 3 chooses the language (ar, fr, en) and its value modulo 4 the
precision of the publication date (none, year, month, day); extract detects
the language when the byte's top bit is set.
"""
import hashlib
import json
import pathlib

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"
LANG_BYTE = {"ar": 3, "fr": 7, "en": 11}


def put(target, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def body(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5:]
    return text


articles = sorted((ROOT / "data/articles").glob("*.txt"))
sentences = [json.loads(l) for l in (ROOT / "data/times-dev.jsonl").read_text().splitlines() if l.strip()]
seeds = sorted((FUZZ / "seeds").iterdir())

for a in articles:
    raw = a.read_bytes()
    text = raw.decode()
    lang = next((l for l in LANG_BYTE if f"language: {l}" in text), "en")
    put("front_matter", raw)
    put("offset_map", body(text).encode())
    put("extract", bytes([LANG_BYTE[lang]]) + body(text).encode())
    put("extract", bytes([0x80 | 3]) + body(text).encode())
    paras = "".join(f"<p>{p}</p>\n" for p in body(text).split("\n") if p.strip())
    put("html", f"<html lang=\"{lang}\"><body><article>{paras}</article></body></html>".encode())
    put("jsonl", json.dumps({"id": a.stem, "text": body(text), "language": lang}, ensure_ascii=False).encode() + b"\n")

for s in sentences:
    b = LANG_BYTE[s["lang"]]
    put("time", bytes([b]) + s["sentence"].encode())
    put("time", bytes([b - 3]) + s["sentence"].encode())
    put("offset_map", s["sentence"].encode())
    put("extract", bytes([b]) + s["sentence"].encode())

lines = (ROOT / "data/times-dev.jsonl").read_bytes().splitlines(keepends=True)
for i in range(0, len(lines), 20):
    put("jsonl", b"".join(lines[i:i + 20]))

for f in seeds:
    data = f.read_bytes()
    target = {"html": "html", "jsonl": "jsonl", "json": "jsonl", "md": "front_matter"}[f.suffix[1:]]
    put(target, data)

for t in sorted(p.name for p in CORPUS.iterdir()):
    print(t, len(list((CORPUS / t).iterdir())))
