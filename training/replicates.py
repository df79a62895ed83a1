"""How much of a held-out figure is the recipe, and how much its seeds: the
reports of several replicates of one recipe side by side, with their mean,
range and standard deviation.

    python -m training.experiments lodo --config training/configs/lodo-ship.json --replicate 1
    python -m training.experiments lodo --config training/configs/lodo-ship.json --replicate 2
    python -m training.replicates lodo-ship    # prints, writes training/reports/replicates-lodo-ship.md

Replicate R (training.config.replicate) is the recipe with every seed raised
by R * 100: other synthetic sentences, augmentations, dropout and batch
order; its reports are NAME-rR (replicate 0 is NAME itself). Each report
variant a run writes (NAME-int8, NAME-synthetic-only, ...) gets a table of
its own. F1 in %, exact character spans and type; TARGET also as found /
predicted / gold.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path
from typing import Sequence

REPORTS = Path("training/reports")
LANGS = ("id", "nb", "ar")
COLUMNS = ("overall", *LANGS, "TARGET")


def replicate_names(name: str, reports: Path = REPORTS) -> list[tuple[int, str]]:
    """(R, report name) of every replicate of `name` found in `reports`, R in order."""
    found = [(0, name)] if (reports / f"{name}.json").is_file() else []
    pattern = re.compile(rf"{re.escape(name)}-r(\d+)\.json")
    found += sorted((int(m.group(1)), p.stem) for p in reports.glob(f"{name}-r*.json")
                    if (m := pattern.fullmatch(p.name)))
    return found


def variants(name: str, reports: Path = REPORTS) -> list[str]:
    """The suffixes ("", "-int8", ...) that replicate 0 of `name` and at
    least one other replicate have reports for."""
    others = [n for r, n in replicate_names(name, reports) if r]
    suffixes = [""]
    for path in sorted(reports.glob(f"{name}-*.json")):
        suffix = path.stem[len(name):]
        if not re.fullmatch(r"-r\d+.*", suffix) and any((reports / f"{n}{suffix}.json").is_file() for n in others):
            suffixes.append(suffix)
    return suffixes


def scores_of(report: Path) -> dict:
    """F1 per column, the TARGET counts and the value accuracy of one report."""
    sp = json.loads(report.read_text(encoding="utf-8"))["scores"]["spans"]
    cells = {"overall": sp["overall"], **{lang: sp["by_lang"].get(lang) for lang in LANGS},
             "TARGET": sp["by_type"].get("TARGET")}
    return {"f1": {k: (100 * v["f1"] if v and v.get("gold") else None) for k, v in cells.items()},
            "gold": {k: (v["gold"] if v else 0) for k, v in cells.items()},
            "target": cells["TARGET"] or {"tp": 0, "pred": 0, "gold": 0},
            "values": sp["value_accuracy"]["ALL"]}


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.1f}"


def table(name: str, suffix: str = "", reports: Path = REPORTS) -> str | None:
    """The markdown table of `name`'s replicates for one report variant (None if
    fewer than two replicates have it)."""
    rows = [(r, scores_of(reports / f"{n}{suffix}.json")) for r, n in replicate_names(name, reports)
            if (reports / f"{n}{suffix}.json").is_file()]
    if len(rows) < 2:
        return None
    gold = rows[0][1]["gold"]
    head = " | ".join(f"{c} ({gold[c]})" for c in COLUMNS)
    lines = [f"| replicate | {head} | TARGET found / predicted | values right |",
             "| --- |" + " ---: |" * (len(COLUMNS) + 2)]
    for r, s in rows:
        t, v = s["target"], s["values"]
        lines.append(f"| {name}{'-r' + str(r) if r else ''}{suffix} | "
                     + " | ".join(_f(s["f1"][c]) for c in COLUMNS)
                     + f" | {t['tp']} / {t['pred']} | {v['correct']}/{v['n']} |")
    for label, fn in (("mean", statistics.mean), ("min", min), ("max", max), ("sd", statistics.stdev)):
        cells = []
        for c in COLUMNS:
            xs = [s["f1"][c] for _, s in rows if s["f1"][c] is not None]
            cells.append(_f(fn(xs)) if len(xs) == len(rows) else "—")
        lines.append(f"| {label} | " + " | ".join(cells) + " | | |")
    return "\n".join(lines)


def report(name: str, reports: Path = REPORTS) -> str:
    found = replicate_names(name, reports)
    if len(found) < 2:
        raise SystemExit(f"{name}: fewer than two replicates in {reports} "
                         f"(found {[n for _, n in found]}); run training.experiments with --replicate R")
    parts = [f"# Replicates of {name}", "",
             f"{len(found)} trainings of one recipe, each with its seeds raised by R * 100 "
             "(training.config.replicate); gold spans in brackets; sd is the sample standard deviation.", ""]
    for suffix in variants(name, reports):
        text = table(name, suffix, reports)
        if text:
            parts += [f"## {name}{suffix}", "", text, ""]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.replicates", description=__doc__.split("\n\n")[0])
    ap.add_argument("name", help="the recipe's report name (replicate 0), e.g. lodo-ship")
    ap.add_argument("--reports", type=Path, default=REPORTS)
    args = ap.parse_args(argv)
    text = report(args.name, args.reports)
    print(text)
    (args.reports / f"replicates-{args.name}.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
