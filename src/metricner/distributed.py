"""Extraction on Apache Spark: the same records as `metricner extract`, made
by many workers.

    python -m metricner.distributed seeds/ -o records.jsonl --engine rules --partitions 2

Each partition builds ONE `Extractor` (cached per Python worker process, so a
reused worker keeps its model loaded) and runs it over all the partition's
documents; documents are never split, so offsets and records are exactly
those of a single-process run. Records come back in input order.

Needs the `distributed` extra (`pip install 'metricner[distributed]'`:
pyspark) and Java 17 on the PATH. Local mode (`--master local[N]`) needs
nothing else; on a cluster, pass the master URL and make metricner importable
on the executors.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

#: a document as the workers receive it: (doc_id, text, lang or None to detect)
Document = tuple[str, str, "str | None"]

_EXTRACTORS: dict[tuple, Any] = {}


def _extractor(engine: str, options: tuple) -> Any:
    """One Extractor per worker process and configuration."""
    key = (engine, options)
    if key not in _EXTRACTORS:
        from metricner.pipeline import Extractor

        _EXTRACTORS[key] = Extractor(engine=engine, **dict(options))
    return _EXTRACTORS[key]


def _records(extractor: Any, doc_id: str, text: str, lang: str | None) -> list:
    kwargs: dict[str, Any] = {"doc_id": doc_id}
    if lang is not None:
        kwargs["lang"] = lang
    return list(extractor.extract(text, **kwargs))


def extract_partition(rows: Iterable[Document], engine: str = "rules",
                      options: tuple = ()) -> Iterator[dict[str, Any]]:
    """The mapPartitions function: one Extractor for the whole partition."""
    extractor = _extractor(engine, options)
    for doc_id, text, lang in rows:
        for record in _records(extractor, doc_id, text, lang):
            yield record.to_dict()


def extract_rdd(rdd: Any, engine: str = "rules", **options: Any) -> Any:
    """An RDD of `Document` tuples -> an RDD of record dicts (JSON-ready).

    `options` go to `Extractor(engine=engine, **options)` on each worker and
    must be picklable (strings, numbers, booleans).
    """
    frozen = tuple(sorted(options.items()))
    return rdd.mapPartitions(lambda rows: extract_partition(rows, engine, frozen))


def spark_session(master: str = "local[2]", app_name: str = "metricner") -> Any:
    """A local (or given-master) SparkSession whose workers use this Python."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ImportError(
            "pyspark is not installed: pip install 'metricner[distributed]'"
        ) from exc
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master).appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def extract(documents: Sequence[Document], engine: str = "rules", partitions: int = 2,
            spark: Any = None, **options: Any) -> Iterator[dict[str, Any]]:
    """Records (as dicts, in input order) for `documents`, computed on Spark.

    Streams results back to the driver partition by partition
    (`toLocalIterator`, the next partition computed while one is read), so
    the driver never holds all records at once. For large inputs on a
    cluster, write from the executors instead: `save_jsonl`.
    """
    documents = list(documents)
    if not documents:
        return iter(())
    own = spark is None
    spark = spark or spark_session(f"local[{max(1, partitions)}]")
    n = max(1, min(partitions, len(documents)))
    rdd = spark.sparkContext.parallelize(documents, n)
    records = extract_rdd(rdd, engine, **options).toLocalIterator(prefetchPartitions=True)
    if not own:
        return records

    def stream() -> Iterator[dict[str, Any]]:
        try:
            yield from records
        finally:
            spark.stop()

    return stream()


def save_jsonl(rdd: Any, engine: str, output_dir: Path | str, **options: Any) -> None:
    """Write the records of an RDD of documents as JSON Lines part files
    (`output_dir/part-*`), in parallel from the executors."""
    records = extract_rdd(rdd, engine, **options)
    records.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(str(output_dir))


def read_documents(paths: Iterable[Path], lang: str | None = None) -> list[Document]:
    """Text files (or folders of *.txt) -> documents; doc_id is the file stem,
    text is read exactly as written (newlines kept), as the CLI does."""
    docs: list[Document] = []
    for path in paths:
        files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise FileNotFoundError(f"no *.txt files in folder {path}")
        for f in files:
            with open(f, encoding="utf-8", newline="") as fh:
                docs.append((f.stem, fh.read(), lang))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m metricner.distributed",
        description="Extract metric records from text files on Apache Spark (JSON Lines out).")
    ap.add_argument("inputs", nargs="+", type=Path, help="text files or folders of *.txt")
    ap.add_argument("-o", "--output", type=Path, default=None, help="JSONL file (default: stdout)")
    ap.add_argument("--output-dir", type=Path, default=None,
                    help="write JSONL part files from the executors into this new folder "
                         "(parallel; for large inputs) instead of one file through the driver")
    ap.add_argument("--engine", default="rules", choices=("rules", "model"))
    ap.add_argument("--lang", default=None, choices=("id", "nb", "ar"),
                    help="language of every input (default: detected per document)")
    ap.add_argument("--partitions", type=int, default=2, help="Spark partitions (default 2)")
    ap.add_argument("--master", default=None, help="Spark master URL (default local[PARTITIONS])")
    args = ap.parse_args(argv)
    for p in args.inputs:
        if not p.exists():
            ap.error(f"input not found: {p}")
    if args.output_dir and args.output_dir.exists():
        ap.error(f"--output-dir {args.output_dir} exists; give a new folder")
    docs = read_documents(args.inputs, args.lang)
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        ap.error("pyspark is not installed: pip install 'metricner[distributed]'")
    # A session that was already running (a notebook, a test) is left running.
    owned = SparkSession.getActiveSession() is None
    spark = spark_session(args.master or f"local[{max(1, args.partitions)}]")
    if args.output_dir:
        try:
            n_parts = max(1, min(args.partitions, len(docs)))
            save_jsonl(spark.sparkContext.parallelize(docs, n_parts), args.engine, args.output_dir)
        finally:
            if owned:
                spark.stop()
        print(f"records of {len(docs)} documents written to {args.output_dir}/part-*", file=sys.stderr)
        return 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    n = 0
    try:
        for rec in extract(docs, args.engine, args.partitions, spark=spark):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if args.output:
            out.close()
        if owned:
            spark.stop()
    print(f"{n} records from {len(docs)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
