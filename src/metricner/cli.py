"""The `metricner` command line.

    metricner extract INPUT... [-o FILE] [--format jsonl|csv] [--lang auto|id|nb|ar]
                      [--engine rules|model] [--encoding ENC] [--resume]
                      [--html REPORT.html] [--batch-size N]
                      [--model DIR|default|teacher] [--device DEV] [--[no-]int8] [--reproducible]
                      [--runtime auto|torch|onnx] [--[no-]prefilter]
    metricner report RECORDS.jsonl -o report.html ...

Exit status of `extract`: 0 when every document gave records (possibly none),
1 when any document failed (each failure has an error row and a line on
stderr), 2 for a usage error or an engine that cannot load, 130 when
interrupted (rerun with --resume).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from metricner import __version__
from metricner.lang import SUPPORTED

EXTRACT_HELP = "extract metric mentions from documents as JSONL or CSV records"
EXTRACT_EPILOG = """\
INPUT is a .txt file (doc_id = file name without extension), a folder (its
.txt files, recursively, sorted by path), a .jsonl file of documents
({"id", "text", "lang"?} per line) or "-" for such JSON Lines on standard input.

Text files are read as UTF-8; a UTF-8 byte-order mark is dropped and a
UTF-16/UTF-32 file with a byte-order mark is decoded. start/end of a record
index the decoded text (line ends kept as written), so text[start:end] is the
span. --encoding names another encoding for files without a byte-order mark.

A document that cannot be processed (empty, binary, undecodable, unknown or
unsupported language, bad JSONL line, duplicate doc_id) gives one error row
{"doc_id", "error"} in the output (for CSV: in FILE.errors.jsonl), a line on
stderr, and exit status 1; every other document is still written.

With -o, output is written to FILE.partial and a journal FILE.journal, and
renamed to FILE only when complete; after an interruption, the same command
with --resume continues where it stopped.
"""


def _batch_size(s: str) -> int:
    n = int(s)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def configure_extract(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt file, folder, .jsonl file or - (stdin)")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: JSONL on stdout)")
    p.add_argument("--format", choices=("jsonl", "csv"), default=None,
                   help="output format (default: csv when FILE ends in .csv, else jsonl)")
    p.add_argument("--lang", choices=("auto", *SUPPORTED), default="auto",
                   help='language of documents that do not state one (default: detect per document)')
    p.add_argument("--engine", choices=("rules", "model"), default="model",
                   help="model (default: the fine-tuned model shipped in the package) or rules")
    p.add_argument("--model", metavar="DIR|NAME",
                   help="model for --engine model: a folder, or a shipped model by name: default (a 4-layer "
                        "model distilled from the teacher; also named fast) or teacher (the 6-layer model "
                        "it is distilled from, about 0.7 times as fast; see docs/benchmarks.md)")
    p.add_argument("--encoding", metavar="ENC",
                   help="encoding of text files without a byte-order mark (default: UTF-8)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same -o FILE")
    p.add_argument("--html", metavar="REPORT.html", help="also write an HTML review report")
    p.add_argument("--batch-size", type=_batch_size, default=16, metavar="N",
                   help="texts per tagger call (default 16)")
    p.add_argument("--device", default=None, metavar="DEV",
                   help="torch device for --engine model: cpu (default) or cuda")
    p.add_argument("--int8", action=argparse.BooleanOptionalAction, default=None,
                   help="--engine model with int8 linear layers (CPU; default: on where ONNX Runtime runs "
                        "the model, off in torch; see docs/benchmarks.md)")
    p.add_argument("--reproducible", action="store_true",
                   help="--engine model in int8: run each window alone, so that a document's records do not "
                        "depend on the documents tagged with it, nor on where --resume picked up (int8 takes "
                        "one activation scale per batch; 0.67 to 0.91 times the speed in three runs, "
                        "docs/benchmarks.md)")
    p.add_argument("--runtime", choices=("auto", "torch", "onnx"), default="auto",
                   help="what runs --engine model: onnx (ONNX Runtime, CPU, same results, faster), torch, or "
                        "auto (default: onnx on CPU where onnxruntime is installed)")
    p.add_argument("--prefilter", action=argparse.BooleanOptionalAction, default=None,
                   help="tag sentence by sentence, only sentences that hold a digit or a number word "
                        "(default: on for --engine model, off for rules)")
    p.set_defaults(func=run_extract)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="metricner", description=(
        "Extract participant counts, coverage rates, money and targets from Indonesian, "
        "Norwegian and Arabic social-insurance reports."))
    parser.add_argument("--version", action="version", version=f"metricner {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ext = sub.add_parser("extract", help=EXTRACT_HELP, description=EXTRACT_HELP, epilog=EXTRACT_EPILOG,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    configure_extract(ext)
    from metricner.report import cli as report_cli

    report_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:  # `metricner extract ... | head`: the reader left
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


# ---------------------------------------------------------------- extract
class _Messages:
    """One-line messages on stderr, kept clear of the progress bar."""

    def __init__(self, bar: Any = None):
        self.bar = bar

    def __call__(self, msg: str) -> None:
        line = "metricner extract: " + " ".join(msg.split())
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)


def _progress(results: Iterator, log: _Messages, initial: int) -> Iterator:
    if not sys.stderr.isatty():
        return results
    try:
        from tqdm import tqdm
    except ImportError:
        return results
    bar = tqdm(results, desc="documents", unit="doc", file=sys.stderr, initial=initial, dynamic_ncols=True)
    log.bar = bar
    return iter(bar)


def _options(args: argparse.Namespace, fmt: str) -> dict[str, Any]:
    """What decides the output bytes; a resumed run must have the same."""
    inputs = [i if i == "-" else str(Path(i).resolve()) for i in args.inputs]
    return {"inputs": inputs, "format": fmt, "lang": args.lang, "engine": args.engine,
            "model": args.model, "encoding": args.encoding, "int8": args.int8,
            "prefilter": args.prefilter, "runtime": args.runtime,
            **({"reproducible": True} if args.reproducible else {})}


def run_extract(args: argparse.Namespace) -> int:
    from metricner.io import JournalError, iter_documents, open_output, unique_ids
    from metricner.pipeline import Extractor

    log = _Messages()
    fmt = args.format or ("csv" if args.output and args.output.lower().endswith(".csv") else "jsonl")
    if fmt == "csv" and not args.output:
        log("CSV output needs -o FILE (error rows go to FILE.errors.jsonl)")
        return 2
    if args.resume and not args.output:
        log("--resume needs -o FILE (the output of the interrupted run)")
        return 2
    for flag, value in (("--model", args.model), ("--[no-]int8", args.int8 is not None), ("--device", args.device),
                        ("--runtime", args.runtime != "auto" and args.runtime),
                        ("--reproducible", args.reproducible)):
        if value and args.engine != "model":
            log(f"{flag} goes with --engine model")
            return 2
    try:
        extractor = Extractor(engine=args.engine, model_path=args.model, batch_size=args.batch_size,
                              device=args.device, quantize=args.int8, prefilter=args.prefilter,
                              runtime=args.runtime, reproducible=args.reproducible)
    except Exception as exc:  # ModelFilesError, missing packages: say it plainly
        log(f"cannot load the {args.engine} engine: {exc}")
        return 2
    try:
        out = open_output(args.output, fmt, _options(args, fmt), resume=args.resume, log=log)
    except (JournalError, OSError, ValueError) as exc:
        log(str(exc))
        return 2

    lang = None if args.lang == "auto" else args.lang
    docs = iter(unique_ids(iter_documents(args.inputs, args.encoding, lang)))
    keep_texts = bool(args.html)
    texts: dict[str, dict] = {}
    stats = _Stats()

    # documents an interrupted run already wrote: check they are the same, skip them
    for entry in out.done:
        doc = next(docs, None)
        if doc is None or doc.doc_id != entry["doc_id"]:
            got = "the end of the input" if doc is None else repr(doc.doc_id)
            log(f"cannot resume: document {entry['i'] + 1} is now {got}, the journal has "
                f"{entry['doc_id']!r}; the input changed")
            out.interrupt()
            return 2
        stats.add(entry)
        if keep_texts and doc.error is None:
            texts[doc.doc_id] = {"text": doc.text, "lang": doc.lang or entry.get("lang")}

    index = len(out.done)
    kept_records: list[dict] = []
    kept_errors: list[dict] = []
    try:
        for result in _progress(extractor.extract_documents(docs), log, index):
            entry = out.write(index, result)
            index += 1
            stats.add(entry)
            if result.error is not None:
                src = result.document.source
                where = f"{result.doc_id} ({src})" if src and src != result.doc_id else result.doc_id
                log(f"{where}: {result.error}")
            if keep_texts:
                if result.error is None:
                    texts[result.doc_id] = {"text": result.document.text, "lang": result.lang}
                if args.output is None:
                    if result.error is None:
                        kept_records.extend(r.to_dict() for r in result.records)
                    else:
                        kept_errors.append({"doc_id": result.doc_id, "error": result.error})
    except KeyboardInterrupt:
        out.interrupt()
        log(f"interrupted after {index} documents"
            + (f"; the same command with --resume continues {args.output}" if args.output else ""))
        return 130
    except BaseException:
        out.interrupt()
        raise
    out.commit()

    if args.html:
        records, errors = out.read_rows() if args.output else (kept_records, kept_errors)
        try:
            from metricner.report import write_report

            write_report(records, args.html, documents=texts, errors=errors)
        except Exception as exc:  # the records are written; the report is extra
            log(f"could not write the report {args.html}: {type(exc).__name__}: {exc}")
            stats.report_failed = True
    stats.print(out, args.html, log)
    return 1 if stats.failed or stats.report_failed else 0


class _Stats:
    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.records = 0
        self.types: Counter[str] = Counter()
        self.langs: Counter[str] = Counter()
        self.report_failed = False

    def add(self, entry: dict[str, Any]) -> None:
        self.documents += 1
        if entry.get("error") is not None:
            self.failed += 1
            return
        self.records += entry["records"]
        self.types.update(entry["types"])
        if entry["records"]:
            self.langs[entry["lang"]] += entry["records"]

    def print(self, out: Any, html: str | None, log: Callable[[str], None]) -> None:
        def fmt(c: Counter) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"

        lines = [
            f"{self.documents} documents, {self.records} records, {self.failed} failed",
            f"records by type: {fmt(self.types)}",
            f"records by language: {fmt(self.langs)}",
        ]
        dest = str(out.path) if out.path is not None else "standard output"
        lines.append(f"output: {dest}")
        if out.errors_path is not None:
            lines.append(f"error rows: {out.errors_path}")
        if html:
            lines.append(f"report: {html}")
        for line in lines:
            print(f"metricner extract: {line}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
