"""How sure a held-out figure is: bootstrap intervals of strict span F1.

    python -m training.intervals lodo-fast-int8                  # one report
    python -m training.intervals dev-fast dev2-fast --type TARGET  # pooled, one type
    python -m training.intervals lodo-fast-int8 --against lodo-ship-goals2
    python -m training.intervals test-fast --by span --samples 20000

A report (training/reports/NAME.json) holds each document's predicted
spans; its gold spans are read again from the gold folder it was scored on
(`plan.gold_dir`, else annotations/gold with seeds/). Every gold span and
every predicted span is one unit with its counts (tp, predicted, gold): a
span found exactly is (1, 1, 1), one missed (0, 0, 1), one predicted
where no gold span is (0, 1, 0); F1 is 2 tp / (predicted + gold) over the
units drawn.

`--by document` (the default) draws whole documents with replacement, as
errors cluster in documents (one phrasing missed is missed in each of its
sentences); `--by span` draws units, narrower, and right only if spans
were independent. The interval is the 2.5th to 97.5th percentile of the
F1 of `--samples` draws (percentile bootstrap, seed `--seed`); a draw with
no span of the type asked has no F1 and is left out (the count of those
kept is printed).

`--against B` pairs two reports on the same documents (each draw takes the
same documents, or units, for both) and gives the interval of the
difference of F1 and the share of draws in which the first is ahead.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from metricner.align import Span

REPORTS = Path("training/reports")


@dataclass(frozen=True)
class Units:
    """The spans of one or more reports on the same documents, one row each.

    doc: (units,) index of each unit's document in `docs`; types: (units,)
    the unit's type (the gold type, or the predicted one where no gold span
    is); counts: (systems, units, 3) tp, predicted, gold of each system."""

    docs: tuple[str, ...]
    doc: np.ndarray
    types: np.ndarray
    counts: np.ndarray


def _key(item) -> tuple[int, int, str]:
    s = Span.of(item)
    return (s.start, s.end, s.label)


def units(docs_per_system: Sequence[Sequence[dict]]) -> Units:
    """Units of several systems' predictions on the same documents (each a
    list of {"doc_id", "gold", "pred"} in the same order)."""
    first = docs_per_system[0]
    for other in docs_per_system[1:]:
        if [d["doc_id"] for d in other] != [d["doc_id"] for d in first]:
            raise ValueError("the reports compared must cover the same documents in the same order")
    doc_ids, doc_index, types, rows = [], [], [], []
    for i, doc in enumerate(first):
        doc_ids.append(doc["doc_id"])
        gold = {_key(g) for g in doc["gold"]}
        preds = [{_key(p) for p in system[i]["pred"]} for system in docs_per_system]
        for key in sorted(gold | set().union(*preds)):
            doc_index.append(i)
            types.append(key[2])
            rows.append([(int(key in gold and key in pred), int(key in pred), int(key in gold)) for pred in preds])
    counts = np.array(rows, dtype=np.int64).reshape(len(rows), len(docs_per_system), 3).transpose(1, 0, 2)
    return Units(tuple(doc_ids), np.array(doc_index, dtype=np.int64), np.array(types, dtype=object), counts)


def draw_weights(u: Units, by: str, samples: int, seed: int) -> np.ndarray:
    """(samples, units): how often each unit is drawn in each bootstrap sample."""
    rng = np.random.default_rng(seed)
    n_units, n_docs = len(u.doc), len(u.docs)
    if by == "span":
        picks = rng.integers(0, n_units, size=(samples, n_units))
        return np.stack([np.bincount(row, minlength=n_units) for row in picks])
    if by == "document":
        picks = rng.integers(0, n_docs, size=(samples, n_docs))
        per_doc = np.stack([np.bincount(row, minlength=n_docs) for row in picks])
        return per_doc[:, u.doc]
    raise ValueError(f"--by must be 'document' or 'span', not {by!r}")


def f1_of(counts: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """F1 per sample from unit counts (units, 3) and weights (samples, units);
    NaN where a sample holds no span."""
    tp, pred, gold = (weights @ counts[:, k] for k in range(3))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(pred + gold > 0, 2 * tp / (pred + gold), np.nan)


def point_f1(counts: np.ndarray) -> float:
    tp, pred, gold = counts.sum(axis=0)
    return 2 * tp / (pred + gold) if pred + gold else float("nan")


@dataclass(frozen=True)
class Interval:
    f1: float
    low: float
    high: float
    kept: int  # samples with a span of the type asked
    gold: int
    docs: int


def type_mask(u: Units, type_: str | None) -> np.ndarray:
    """The units of `type_` (all units for None)."""
    return np.ones(len(u.types), bool) if type_ is None else u.types == type_


def interval(u: Units, system: int = 0, type_: str | None = None, by: str = "document",
             samples: int = 10_000, seed: int = 0) -> Interval:
    mask = type_mask(u, type_)
    counts = u.counts[system][mask]
    f1 = f1_of(counts, draw_weights(u, by, samples, seed)[:, mask])
    kept = f1[~np.isnan(f1)]
    low, high = (np.percentile(kept, [2.5, 97.5]) if kept.size else (np.nan, np.nan))
    return Interval(point_f1(counts), float(low), float(high), int(kept.size), int(counts[:, 2].sum()), len(u.docs))


@dataclass(frozen=True)
class Difference:
    diff: float  # F1 of system a minus F1 of system b
    low: float
    high: float
    ahead: float  # share of samples with a ahead of b
    kept: int


def difference(u: Units, type_: str | None = None, by: str = "document", samples: int = 10_000,
               seed: int = 0) -> Difference:
    """System 0 against system 1 on the same draws."""
    mask = type_mask(u, type_)
    weights = draw_weights(u, by, samples, seed)[:, mask]
    a, b = (f1_of(u.counts[s][mask], weights) for s in (0, 1))
    d = (a - b)[~(np.isnan(a) | np.isnan(b))]
    low, high = np.percentile(d, [2.5, 97.5]) if d.size else (np.nan, np.nan)
    return Difference(point_f1(u.counts[0][mask]) - point_f1(u.counts[1][mask]), float(low), float(high),
                      float((d > 0).mean()) if d.size else float("nan"), int(d.size))


def report_docs(name: str, reports: Path = REPORTS) -> list[dict]:
    """A report's documents with their gold spans (read again) and its
    predicted spans; doc ids are prefixed with the report's name so that
    pooled reports stay apart."""
    from training.evaluate import gold_eval_docs

    path = reports / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"no report {path} (python -m training.evaluate --report {name} writes one)")
    report = json.loads(path.read_text(encoding="utf-8"))
    plan = report.get("plan") if isinstance(report.get("plan"), dict) else {}
    gold_dir, texts_dir = plan.get("gold_dir", "annotations/gold"), plan.get("texts_dir", "seeds")
    gold = {d["doc_id"]: d["gold"] for d in gold_eval_docs(gold_dir, texts_dir)}
    out = []
    for p in report["predictions"]:
        if p["doc_id"] not in gold:
            raise ValueError(f"report {name}: document {p['doc_id']} is not in {gold_dir}")
        out.append({"doc_id": p["doc_id"], "gold": gold[p["doc_id"]], "pred": p["pred"]})
    # the same order whatever order the report wrote them in (pairing needs it)
    return sorted(out, key=lambda d: d["doc_id"])


def pooled_docs(names: Sequence[str], reports: Path = REPORTS) -> list[dict]:
    """The documents of several reports, one after the other, ids prefixed by
    the position of their report (so that two pooled lists pair up)."""
    return [dict(d, doc_id=f"{i}:{d['doc_id']}") for i, name in enumerate(names)
            for d in report_docs(name, reports)]


def pct(x: float) -> str:
    return "n/a" if x != x else f"{100 * x:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Bootstrap intervals of strict span F1 from held-out reports.")
    ap.add_argument("reports", nargs="+", help="report names in training/reports (pooled when several)")
    ap.add_argument("--against", nargs="+", metavar="REPORT",
                    help="reports of a second system on the same documents: interval of the difference")
    ap.add_argument("--type", dest="type_", choices=("COUNT", "RATE", "MONEY", "TARGET"),
                    help="one span type (default: all spans)")
    ap.add_argument("--by", choices=("document", "span"), default="document")
    ap.add_argument("--samples", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reports-dir", default=str(REPORTS))
    args = ap.parse_args(argv)
    if args.samples < 100:
        ap.error("--samples must be at least 100")
    reports = Path(args.reports_dir)
    try:
        systems = [pooled_docs(args.reports, reports)]
        if args.against:
            systems.append(pooled_docs(args.against, reports))
        u = units(systems)
    except (FileNotFoundError, ValueError) as exc:
        ap.error(str(exc))
    what = args.type_ or "all spans"
    iv = interval(u, 0, args.type_, args.by, args.samples, args.seed)
    print(f"{' + '.join(args.reports)}, {what}: F1 {pct(iv.f1)}, 95% interval {pct(iv.low)} to {pct(iv.high)} "
          f"({iv.gold} gold spans, {iv.docs} documents, drawn by {args.by}; {iv.kept} of {args.samples} draws kept)")
    if args.against:
        d = difference(u, args.type_, args.by, args.samples, args.seed)
        print(f"minus {' + '.join(args.against)}: {100 * d.diff:+.1f}, 95% interval {100 * d.low:+.1f} to "
              f"{100 * d.high:+.1f}; first ahead in {100 * d.ahead:.1f}% of {d.kept} draws")
    return 0


if __name__ == "__main__":
    sys.exit(main())
