#!/usr/bin/env python3
"""Make a benchmark corpus of N megabytes from data/articles.

    python3 benches/make_corpus.py SIZE_MB OUT.jsonl [--seed N]

Articles are recombined: each output record is one of data/articles with
its publication date shifted by a random number of days (relative dates in
the text move with it), and person and place names swapped with others of
the same kind taken from data/gold, so the extractor sees varied but
realistic text. Deterministic for a given seed. Standard library only.
"""
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_article(path):
    text = path.read_text(encoding="utf-8")
    meta = {}
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        for line in text[4:end].splitlines():
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        text = text[end + 5:]
    return meta, text


def name_pools():
    pools = {}
    for g in sorted((ROOT / "data/gold").glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        for actor in gold["actors"].values():
            if actor["kind"] in ("person", "location"):
                for n in actor["names"]:
                    if len(n) > 3:
                        pools.setdefault((actor["kind"], bool(re.search("[\u0600-\u06ff]", n))), set()).add(n)
    return {k: sorted(v) for k, v in pools.items()}


def shift(published, days):
    parts = published.split("-")
    if len(parts) == 3:
        d = date(int(parts[0]), int(parts[1]), int(parts[2])) + timedelta(days=days)
        return d.isoformat()
    return published


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    size = float(argv[1]) * 1_000_000
    out = Path(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    rng = random.Random(seed)
    articles = [read_article(p) for p in sorted((ROOT / "data/articles").glob("*.txt"))]
    pools = name_pools()
    written = 0
    n = 0
    with out.open("w", encoding="utf-8") as f:
        while written < size:
            meta, text = articles[n % len(articles)]
            for (kind, arabic), names in pools.items():
                # Whole names, longest first, in one pass, so a surname is
                # not swapped inside a full name already swapped.
                present = sorted((x for x in names if x in text), key=len, reverse=True)[:4]
                if present:
                    swap = {old: rng.choice(names) for old in present}
                    pattern = re.compile("|".join(re.escape(x) for x in present))
                    text = pattern.sub(lambda m: swap[m.group(0)], text)
            rec = {
                "id": f"bench-{n:07d}",
                "text": text,
                "language": meta.get("language"),
                "published": shift(meta.get("published", "2024-11"), rng.randint(-800, 800)),
            }
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{n} documents, {written / 1e6:.1f} MB -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
