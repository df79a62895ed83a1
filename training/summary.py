"""The held-out figures quoted in the README, in one table, from the reports in
training/reports/ (each written by `python -m training.evaluate --report NAME`
or `python -m training.experiments ...`).

    python -m training.summary            # prints the table, writes training/reports/summary.md

F1 in %, exact character spans and type; gold spans in brackets; value
accuracy on matched spans.

The pooled table adds up the spans of several held-out reports (each
model's own leave-one-document-out run, dev, dev2 and test, as run: int8),
so that two models are compared on every held-out span at once.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

from metricner.evaluation import prf

REPORTS = Path("training/reports")
INTERVALS_INTRO = (
    "How sure each figure is (`python -m training.intervals`): 95 % percentile-bootstrap intervals, "
    "whole documents drawn with replacement (10,000 draws, seed 0), so that errors that cluster in a "
    "document count as such; a difference is taken on the same draws for both systems.")
ROWS = (
    # report names follow the model folders: "-fast" is metricner-e5s-fast, the
    # default model; "-model" is metricner-e5s, the 6-layer teacher (`--model teacher`)
    ("test-fast", "test set, default model as run (int8)"),
    ("test-fast-fp32", "test set, default model in fp32 (`--no-int8`)"),
    ("test-model", "test set, teacher (6 layers, `--model teacher`, int8)"),
    ("test-model-fp32", "test set, teacher in fp32"),
    ("test-rules", "test set, rules engine"),
    ("test-first-model", "test set, first measurement (before the changes made from dev2's errors): teacher"),
    ("test-first-fast", "test set, first measurement: 4-layer student"),
    ("test-first-rules", "test set, first measurement: rules engine"),
    ("dev2-fast", "dev2 set, default model as run (int8)"),
    ("dev2-fast-fp32", "dev2 set, default model in fp32"),
    ("dev2-model", "dev2 set, teacher (int8)"),
    ("dev2-model-fp32", "dev2 set, teacher in fp32"),
    ("dev2-rules", "dev2 set, rules engine"),
    ("dev-fast", "dev set, default model as run (int8)"),
    ("dev-fast-fp32", "dev set, default model in fp32"),
    ("dev-model", "dev set, teacher (int8)"),
    ("dev-model-fp32", "dev set, teacher in fp32"),
    ("dev-rules", "dev set, rules engine"),
    ("dev-model-one", "dev set, one soup member of the teacher alone (int8)"),
    ("dev2-model-one", "dev2 set, one soup member of the teacher alone (int8)"),
    ("lodo-fast", "seeds, leave one document out, default model's recipe (a teacher per fold)"),
    ("lodo-fast-int8", "seeds, the same, each fold in int8"),
    ("lodo-ship", "seeds, leave one document out, teacher's recipe"),
    ("lodo-ship-int8", "seeds, the same, each fold in int8"),
    ("lodo-ship-synthetic-only", "seeds, the teacher's synthetic stage only"),
    ("lodo", "seeds, leave one document out, reduced recipe"),
    ("crossling", "seeds, language never seen, reduced recipe"),
    ("rules", "seeds, rules engine, in-sample"),
)


POOLED = (
    ("default model (int8)", ("lodo-fast-int8", "dev-fast", "dev2-fast", "test-fast")),
    ("teacher (int8)", ("lodo-ship-int8", "dev-model", "dev2-model", "test-model")),
    ("default model (int8), three held-out sets", ("dev-fast", "dev2-fast", "test-fast")),
    ("teacher (int8), three held-out sets", ("dev-model", "dev2-model", "test-model")),
    ("rules engine, three held-out sets", ("dev-rules", "dev2-rules", "test-rules")),
)


#: (title, reports pooled, type or None): bootstrap intervals (training.intervals)
INTERVALS = (
    ("default model's recipe, seeds left out one at a time (int8)", ("lodo-fast-int8",), None),
    ("the same, TARGET", ("lodo-fast-int8",), "TARGET"),
    ("`goal-frames-2` teacher recipe, seeds left out one at a time, TARGET", ("lodo-ship-goals2",), "TARGET"),
    ("default model, dev + dev2 (int8)", ("dev-fast", "dev2-fast"), None),
    ("the same, TARGET", ("dev-fast", "dev2-fast"), "TARGET"),
    ("default model, test set (int8)", ("test-fast",), None),
    ("the same, TARGET", ("test-fast",), "TARGET"),
)

#: (title, first system's reports, second system's reports, type or None)
DIFFERENCES = (
    ("default model (int8) minus rules engine, three held-out sets", ("dev-fast", "dev2-fast", "test-fast"),
     ("dev-rules", "dev2-rules", "test-rules"), None),
    ("default model (int8) minus teacher (int8), three held-out sets", ("dev-fast", "dev2-fast", "test-fast"),
     ("dev-model", "dev2-model", "test-model"), None),
    ("the same, TARGET", ("dev-fast", "dev2-fast", "test-fast"), ("dev-model", "dev2-model", "test-model"),
     "TARGET"),
)


def _pooled_units(groups, reports: Path, cache: dict):
    """training.intervals units of the report groups, None if a report or its
    predictions are missing; each group's reports are read once per table."""
    from training.intervals import pooled_docs, units

    try:
        for names in groups:
            if names not in cache:
                cache[names] = pooled_docs(names, reports)
        return units([cache[names] for names in groups])
    except (FileNotFoundError, KeyError):
        return None


def _names(names: Sequence[str]) -> str:
    return ", ".join(f"`{n}`" for n in names)


def intervals_tables(reports: Path = REPORTS, samples: int = 10_000) -> str:
    """95 % intervals of F1 (documents drawn with replacement, seed 0), and of
    differences between two systems on the same documents."""
    from training.intervals import difference, interval, pct

    cache: dict = {}
    lines = ["| figure | F1 | 95 % interval | gold spans | documents |",
             "| --- | ---: | :---: | ---: | ---: |"]
    for title, names, type_ in INTERVALS:
        if (u := _pooled_units([names], reports, cache)) is not None:
            iv = interval(u, 0, type_, "document", samples)
            lines.append(f"| {title} ({_names(names)}) | {pct(iv.f1)} | {pct(iv.low)} to {pct(iv.high)} | "
                         f"{iv.gold} | {iv.docs} |")
    lines += ["", "| comparison | difference of F1 | 95 % interval | first ahead in draws |",
              "| --- | ---: | :---: | ---: |"]
    for title, a, b, type_ in DIFFERENCES:
        if (u := _pooled_units([a, b], reports, cache)) is not None:
            d = difference(u, type_, "document", samples)
            lines.append(f"| {title} ({_names(a)} against {_names(b)}) | {100 * d.diff:+.1f} | "
                         f"{100 * d.low:+.1f} to {100 * d.high:+.1f} | {100 * d.ahead:.1f} % |")
    return "\n".join(lines)


def pooled_row(title: str, names: Sequence[str], reports: Path = REPORTS) -> str | None:
    """One row of spans added up over the reports `names` (None if one is missing)."""
    gold = pred = tp = 0
    for name in names:
        path = reports / f"{name}.json"
        if not path.is_file():
            return None
        overall = json.loads(path.read_text(encoding="utf-8"))["scores"]["spans"]["overall"]
        gold, pred, tp = gold + overall["gold"], pred + overall["pred"], tp + overall["tp"]
    s = prf(tp, pred, gold)
    return (f"| {title} ({', '.join(f'`{n}`' for n in names)}) | {gold} | {tp} | {pred - tp} | "
            f"{100 * s['precision']:.1f} | {100 * s['recall']:.1f} | {100 * s['f1']:.1f} |")


def pooled_table(reports: Path = REPORTS) -> str:
    lines = ["| pooled over | gold spans | found | false | P | R | F1 |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    lines += [r for title, names in POOLED if (r := pooled_row(title, names, reports))]
    return "\n".join(lines)


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
    text = (table(args.reports) + "\n\n" + pooled_table(args.reports) + "\n\n" + INTERVALS_INTRO + "\n\n"
            + intervals_tables(args.reports))
    print(text)
    intro = "\n\n".join(__doc__.split("\n\n")[2:4])
    (args.reports / "summary.md").write_text("# Held-out figures\n\n" + intro + "\n\n" + text + "\n",
                                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
