"""`metricner report RECORDS.jsonl [--docs INPUT...] [--gold GOLD] -o report.html`.

The main command line calls `register(subparsers)`; `python -m
metricner.report.cli` runs the same command alone."""
from __future__ import annotations

import argparse
import sys

from metricner.report import DEFAULT_THRESHOLD, write_report
from metricner.report.inputs import InputError, load_documents, load_gold, load_records

HELP = "write a self-contained HTML review report of extracted records"


def register(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `report` command; its handler is `args.func(args) -> int`."""
    p = subparsers.add_parser("report", help=HELP, description=HELP)
    configure(p)
    return p


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("records", help='records JSONL ("-" for standard input); '
                   'error rows {"doc_id", "error"} are shown as failed documents')
    p.add_argument("--docs", nargs="+", metavar="INPUT", default=[],
                   help="document texts: .txt files or folders (doc_id = file stem) "
                        "or JSONL documents {doc_id, text, lang}; spans are highlighted in them")
    p.add_argument("--gold", metavar="GOLD",
                   help="gold mentions: a folder of <doc_id>.jsonl (annotations/gold/) or one "
                        "JSONL; adds correct / missed / spurious spans per document")
    p.add_argument("-o", "--output", required=True, metavar="report.html", help="HTML file to write")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                   help=f"records scoring below this need review (default {DEFAULT_THRESHOLD})")
    p.add_argument("--title", default="metricner review report", help="page title")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        records, errors = load_records(args.records)
        documents = load_documents(args.docs) if args.docs else None
        gold, gold_docs = load_gold(args.gold) if args.gold else (None, None)
    except (InputError, OSError, UnicodeDecodeError) as exc:
        print(f"metricner report: {exc}", file=sys.stderr)
        return 2
    out = write_report(records, args.output, documents=documents, gold=gold, errors=errors,
                       threshold=args.threshold, gold_doc_ids=gold_docs, title=args.title)
    print(f"wrote {out} ({out.stat().st_size:,} bytes; {len(records):,} records, "
          f"{len(errors):,} failed documents)", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="metricner report", description=HELP)
    configure(parser)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
