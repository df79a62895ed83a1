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

#: a document as the workers receive it: (doc_id, text, lang or None to
#: detect), optionally with a fourth element, an error message for a file
#: that could not be read (it then yields an error row)
Document = tuple

_EXTRACTORS: dict[tuple, Any] = {}


def _extractor(engine: str, options: tuple) -> Any:
    """One Extractor per worker process and configuration."""
    key = (engine, options)
    if key not in _EXTRACTORS:
        from metricner.pipeline import Extractor

        _EXTRACTORS[key] = Extractor(engine=engine, **dict(options))
    return _EXTRACTORS[key]


def extract_partition(rows: Iterable[Document], engine: str = "rules",
                      options: tuple = ()) -> Iterator[dict[str, Any]]:
    """The mapPartitions function: one Extractor for the whole partition,
    fed as a stream (`Extractor.extract_documents`, batched like the CLI).

    Yields each record as `MetricRecord.to_dict()`, in input order; a document
    that fails yields one error row `{"doc_id", "error"}` instead.
    """
    from metricner.io import error_row
    from metricner.pipeline import Document as Doc

    extractor = _extractor(engine, options)
    docs = (Doc(row[0], row[1], row[2], error=row[3] if len(row) > 3 else None) for row in rows)
    for result in extractor.extract_documents(docs):
        if result.error is not None:
            yield error_row(result.doc_id, result.error)
            continue
        for record in result.records:
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


def read_documents(inputs: Iterable[Path | str], lang: str | None = None,
                   encoding: str | None = None) -> list[Document]:
    """The documents of CLI inputs (text files, folders of *.txt, JSONL), read
    exactly as `metricner extract` reads them (`metricner.io.iter_documents`:
    same doc_ids, same decoding, newlines kept). An input that cannot be read
    becomes a document with an error, which yields an error row."""
    from metricner.io import iter_documents

    return [(d.doc_id, d.text, d.lang, d.error)
            for d in iter_documents([str(p) for p in inputs], encoding=encoding, lang=lang)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m metricner.distributed",
        description="Extract metric records from text files on Apache Spark (JSON Lines out).")
    ap.add_argument("inputs", nargs="+", type=Path, help="text files, folders of *.txt, JSONL documents")
    ap.add_argument("-o", "--output", type=Path, default=None, help="JSONL file (default: stdout)")
    ap.add_argument("--output-dir", type=Path, default=None,
                    help="write JSONL part files from the executors into this new folder "
                         "(parallel; for large inputs) instead of one file through the driver")
    ap.add_argument("--engine", default="rules", choices=("rules", "model"))
    ap.add_argument("--model-path", default=None,
                    help="model folder for --engine model (default: the shipped model; must exist on every worker)")
    ap.add_argument("--batch-size", type=int, default=None, help="Extractor batch size (default: its own)")
    ap.add_argument("--lang", default=None, choices=("id", "nb", "ar"),
                    help="language of every input (default: detected per document)")
    ap.add_argument("--encoding", default=None, help="encoding of text files without a BOM (default UTF-8)")
    ap.add_argument("--partitions", type=int, default=2, help="Spark partitions (default 2)")
    ap.add_argument("--master", default=None, help="Spark master URL (default local[PARTITIONS])")
    args = ap.parse_args(argv)
    if args.output_dir and args.output_dir.exists():
        ap.error(f"--output-dir {args.output_dir} exists; give a new folder")
    docs = read_documents(args.inputs, args.lang, args.encoding)
    opts = {k: v for k, v in (("model_path", args.model_path), ("batch_size", args.batch_size)) if v is not None}
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
            save_jsonl(spark.sparkContext.parallelize(docs, n_parts), args.engine, args.output_dir, **opts)
        finally:
            if owned:
                spark.stop()
        print(f"records of {len(docs)} documents written to {args.output_dir}/part-*", file=sys.stderr)
        return 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    n = 0
    try:
        for rec in extract(docs, args.engine, args.partitions, spark=spark, **opts):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if args.output:
            out.close()
        if owned:
            spark.stop()
    print(f"{n} rows from {len(docs)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
