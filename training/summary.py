"""The held-out figures quoted in the README, in one table, from the reports in
training/reports/ (each written by `python -m training.evaluate --report NAME`
or `python -m training.experiments ...`).

    python -m training.summary            # prints the table, writes training/reports/summary.md

F1 in %, exact character spans and type; gold spans in brackets; value
accuracy on matched spans.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

REPORTS = Path("training/reports")
ROWS = (
    ("test-model", "test set, default model as run (int8)"),
    ("test-model-fp32", "test set, default model in fp32 (`--no-int8`)"),
    ("test-fast", "test set, fast model (int8)"),
    ("test-rules", "test set, rules engine"),
    ("test-first-model", "test set, first measurement (before the changes made from dev2's errors): default model"),
    ("test-first-fast", "test set, first measurement: fast model"),
    ("test-first-rules", "test set, first measurement: rules engine"),
    ("dev2-model", "dev2 set, default model as run (int8)"),
    ("dev2-model-fp32", "dev2 set, default model in fp32"),
    ("dev2-fast", "dev2 set, fast model (int8)"),
    ("dev2-rules", "dev2 set, rules engine"),
    ("dev-model", "dev set, default model as run (int8)"),
    ("dev-model-fp32", "dev set, default model in fp32"),
    ("dev-fast", "dev set, fast model (int8)"),
    ("dev-rules", "dev set, rules engine"),
    ("dev-model-one", "dev set, one soup member alone (int8)"),
    ("dev2-model-one", "dev2 set, one soup member alone (int8)"),
    ("lodo-ship", "seeds, leave one document out, shipped recipe"),
    ("lodo-ship-int8", "seeds, the same, each fold in int8"),
    ("lodo-ship-synthetic-only", "seeds, the same recipe's synthetic stage only"),
    ("lodo", "seeds, leave one document out, reduced recipe"),
    ("crossling", "seeds, language never seen, reduced recipe"),
    ("rules", "seeds, rules engine, in-sample"),
)


def _cell(score: dict | None) -> str:
    if not score or not score.get("gold"):
        return "— (0)"
    return f"{100 * score['f1']:.1f} ({score['gold']})"


def row(name: str, title: str, reports: Path = REPORTS) -> str | None:
    path = reports / f"{name}.json"
    if not path.is_file():
        return None
    sp = json.loads(path.read_text(encoding="utf-8"))["scores"]["spans"]
    va = sp["value_accuracy"]["ALL"]
    langs = [_cell(sp["by_lang"].get(lang)) for lang in ("id", "nb", "ar")]
    return (f"| {title} (`{name}`) | {_cell(sp['overall'])} | " + " | ".join(langs)
            + f" | {_cell(sp['by_type'].get('TARGET'))} | {va['correct']}/{va['n']} |")


def table(reports: Path = REPORTS) -> str:
    lines = ["| evaluation | overall | id | nb | ar | TARGET | values right |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    lines += [r for name, title in ROWS if (r := row(name, title, reports))]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.summary", description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=Path, default=REPORTS)
    args = ap.parse_args(argv)
    text = table(args.reports)
    print(text)
    (args.reports / "summary.md").write_text("# Held-out figures\n\n" + __doc__.split("\n\n")[2] + "\n\n" + text + "\n",
                                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
