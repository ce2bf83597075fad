#!/usr/bin/env bash
# Whole-run figures of ties: throughput and peak memory of `ties extract
# --format jsonl` and `ties build` on a generated corpus, with one and with
# two threads, and the speed of the time tagger next to dateparser's.
#
#   benches/whole_run.sh [SIZE_MB] [WORK_DIR]
#
# SIZE_MB defaults to 100, WORK_DIR to /tmp/ties-whole-run. Each command
# runs RUNS times (default 3) under /usr/bin/time -v; the table gives the
# best wall time and the highest peak memory seen. THREADS (default "1 2")
# sets the rayon thread counts tried. DATEPARSER_PYTHON names a Python that
# has dateparser installed (default: /tmp/dp/bin/python if it exists; make
# it with `python3 -m venv /tmp/dp && /tmp/dp/bin/pip install dateparser`);
# without it the comparison is left out.
#
# BUILD_MB (default: SIZE_MB) runs `ties build` on the first BUILD_MB MB of
# the corpus only: build holds the merged graph in memory, which on this
# generated corpus grows with the text (every document adds its own events,
# each with its evidence sentences; see README.md). `ties build`
# runs with Graphviz off the PATH: laying out the diagram of a graph of this
# size takes longer than the extraction itself (and is not ties's work).
set -euo pipefail

SIZE=${1:-100}
WORK=${2:-/tmp/ties-whole-run}
RUNS=${RUNS:-3}
THREADS=${THREADS:-"1 2"}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/target/release/ties"
CORPUS="$WORK/corpus-${SIZE}mb.jsonl"
DP_PY=${DATEPARSER_PYTHON:-/tmp/dp/bin/python}

command -v /usr/bin/time >/dev/null || { echo "needs GNU time at /usr/bin/time" >&2; exit 1; }
mkdir -p "$WORK"

echo "== release build" >&2
(cd "$ROOT" && cargo build --release --quiet)

if [ ! -s "$CORPUS" ]; then
    echo "== corpus of $SIZE MB" >&2
    python3 "$ROOT/benches/make_corpus.py" "$SIZE" "$CORPUS" >&2
fi
BYTES=$(stat -L -c %s "$CORPUS")
DOCS=$(wc -l <"$CORPUS")
BUILD_MB=${BUILD_MB:-$SIZE}
BUILD_CORPUS=$CORPUS
if [ "$BUILD_MB" != "$SIZE" ]; then
    BUILD_CORPUS="$WORK/corpus-${SIZE}mb-first-${BUILD_MB}mb.jsonl"
    head -c "$((BUILD_MB * 1000000))" "$CORPUS" | head -n -1 >"$BUILD_CORPUS"
fi
BUILD_BYTES=$(stat -L -c %s "$BUILD_CORPUS")
BUILD_DOCS=$(wc -l <"$BUILD_CORPUS")
mkdir -p "$WORK/no-graphviz"

# run NAME THREADS CMD...: runs CMD RUNS times, keeps the best wall time
# (seconds), the CPU time of that run and the highest peak RSS (kB).
declare -A WALL CPU RSS
run() {
    local name=$1 threads=$2
    shift 2
    local best="" cpu="" rss=0 i log
    for i in $(seq "$RUNS"); do
        log="$WORK/$name-t$threads-$i.time"
        RAYON_NUM_THREADS=$threads /usr/bin/time -v -o "$log" "$@"
        local w u s r
        w=$(awk -F': ' '/Elapsed \(wall clock\)/ {
                n = split($2, p, ":"); t = 0; for (k = 1; k <= n; k++) t = t * 60 + p[k]; print t }' "$log")
        u=$(awk -F': ' '/User time/ {print $2}' "$log")
        s=$(awk -F': ' '/System time/ {print $2}' "$log")
        r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
        echo "   $name threads=$threads run $i: ${w}s wall, $(echo "$u + $s" | bc)s CPU, ${r} kB" >&2
        if [ -z "$best" ] || [ "$(echo "$w < $best" | bc)" = 1 ]; then
            best=$w
            cpu=$(echo "$u + $s" | bc)
        fi
        [ "$r" -gt "$rss" ] && rss=$r
    done
    WALL[$name-$threads]=$best
    CPU[$name-$threads]=$cpu
    RSS[$name-$threads]=$rss
}

for t in $THREADS; do
    echo "== ties extract --format jsonl, $t thread(s)" >&2
    run extract "$t" sh -c "'$BIN' --quiet extract --format jsonl '$CORPUS' | wc -l > '$WORK/extract.lines'"
    LINES=$(cat "$WORK/extract.lines")
    [ "$LINES" -eq "$DOCS" ] || { echo "extract wrote $LINES lines for $DOCS documents" >&2; exit 1; }
    echo "== ties build, $t thread(s)" >&2
    rm -rf "$WORK/build"
    run build "$t" env PATH="$WORK/no-graphviz" "$BIN" --quiet build "$BUILD_CORPUS" --out "$WORK/build"
done

echo "== time tagger (benches/time.rs)" >&2
TAGGER=$(cd "$ROOT" && cargo bench --quiet --bench time -- no-benchmark-matches 2>/dev/null |
    awk '/sentences per CPU-second/ {print $2}')
DP=""
DP_PARSE=""
if [ -x "$DP_PY" ] && "$DP_PY" -c "import dateparser" 2>/dev/null; then
    echo "== dateparser" >&2
    DP_OUT=$("$DP_PY" - "$ROOT/data/times-dev.jsonl" <<'PY'
import datetime, json, sys, time
import dateparser
from dateparser.search import search_dates
items = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        v = json.loads(line)
        y, m, d = ([int(x) for x in (v.get("dct") or "2024-11-28").split("-")] + [1, 1])[:3]
        items.append((v["sentence"], v.get("text") or "", v["lang"], datetime.datetime(y, m, d)))
def search():
    return sum(bool(search_dates(s, languages=[l], settings={"RELATIVE_BASE": b})) for s, _, l, b in items)
def parse():
    return sum(dateparser.parse(x, languages=[l], settings={"RELATIVE_BASE": b}) is not None
               for _, x, l, b in items if x)
def rate(f, n):
    f()  # the first call loads the language data
    best = min(timed(f) for _ in range(3))
    return n / best
def timed(f):
    t = time.process_time()
    f()
    return time.process_time() - t
print(f"{rate(search, len(items)):.0f} {rate(parse, sum(1 for it in items if it[1])):.0f}")
PY
)
    DP=${DP_OUT% *}
    DP_PARSE=${DP_OUT#* }
fi

mb() { echo "scale=2; $2 / 1000000 / $1" | bc; }
docs() { echo "scale=0; $2 / $1" | bc; }
mem() { echo "scale=0; $1 / 1024" | bc; }

echo
echo "Corpus: $DOCS documents, $(echo "scale=1; $BYTES / 1000000" | bc) MB ($CORPUS); build on $BUILD_DOCS documents, $(echo "scale=1; $BUILD_BYTES / 1000000" | bc) MB; $(nproc) cores; best of $RUNS"
echo
echo "| What | Input (MB) | Threads | Wall (s) | MB/s | Documents/s | MB per CPU-second | Peak memory (MB) |"
echo "|---|---|---|---|---|---|---|---|"
for name in extract build; do
    if [ $name = extract ]; then b=$BYTES d=$DOCS; else b=$BUILD_BYTES d=$BUILD_DOCS; fi
    for t in $THREADS; do
        w=${WALL[$name-$t]} c=${CPU[$name-$t]}
        echo "| ties $name | $((b / 1000000)) | $t | $w | $(mb "$w" "$b") | $(docs "$w" "$d") | $(mb "$c" "$b") | $(mem "${RSS[$name-$t]}") |"
    done
done
echo
echo "| Time tagger (data/times-dev.jsonl) | Sentences per CPU-second |"
echo "|---|---|"
echo "| ties time::recognize | ${TAGGER:-?} |"
if [ -n "$DP" ]; then
    echo "| dateparser search_dates (same sentences, languages set) | $DP |"
    echo "| dateparser parse (the gold expression only) | $DP_PARSE |"
fi
