"""Run ties on a Spark cluster: extraction as a map, merging as a reduce.

    spark-submit examples/spark/ties_spark.py INPUT_DIR OUTPUT_DIR [--ties PATH] [--partitions N]

INPUT_DIR holds JSON Lines files of articles, one record a line:
{"id", "text", "published"?, "language"?, "title"?, "source"?, "url"?}.

Map: every partition is piped through `ties extract --format jsonl -` on
the executor that holds it (the binary must be installed at the same path
on every executor, or shipped with `--files`). Each input record becomes
one `ties/1` document.

Reduce: the per-document results are written as JSON Lines parts and
merged by `ties merge` into OUTPUT_DIR/graph.json (and the other exports),
exactly as `ties build` merges them on one machine.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from pyspark.sql import SparkSession


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input_dir")
    ap.add_argument("output_dir")
    ap.add_argument("--ties", default=shutil.which("ties") or "ties", help="path of the ties binary on the executors")
    ap.add_argument("--partitions", type=int, default=0, help="number of map tasks (default: Spark's choice)")
    args = ap.parse_args(argv)

    spark = SparkSession.builder.appName("ties").getOrCreate()
    sc = spark.sparkContext
    records = sc.textFile(os.path.join(args.input_dir, "*.jsonl"))
    if args.partitions:
        records = records.repartition(args.partitions)
    # Map: each partition streams through one `ties extract` process. ties
    # exits 2 when it skipped bad records; that is not a failed task.
    command = " ".join(shlex.quote(a) for a in [args.ties, "extract", "--format", "jsonl", "-q", "-"])
    extracted = records.filter(lambda line: line.strip()).pipe(command, checkCode=False)
    parts = tempfile.mkdtemp(prefix="ties-parts-")
    try:
        # Reduce: collect the per-document results as parts on the driver
        # and merge them with the same code as `ties build`.
        path = os.path.join(parts, "part-00000.jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for line in extracted.toLocalIterator():
                out.write(line + "\n")
        subprocess.run([args.ties, "merge", path, "-o", args.output_dir, "-q"], check=True)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
