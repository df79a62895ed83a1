"""What Duckling finds on the seeds next to our engines and the gold spans.

    python -m benchmarks.duckling_compare [--out docs/duckling_compare.json]

Per seed: Duckling's number and amount-of-money matches, the gold spans
(annotations/gold/<doc_id>.jsonl), how many gold spans a Duckling match covers
exactly (same start and end) or only overlaps, how many Duckling matches touch
no gold span at all (years, dates, identifiers, ...), and our engines' records
with their exact (start, end, type) matches against gold.

Duckling has no notion of the record types (COUNT, RATE, MONEY, TARGET), so
its "exact" is on the character span only; ours is on span and type.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from benchmarks.corpus import ROOT, Doc, load_seeds
from benchmarks.engines import DucklingEngine, Unavailable, extract_all, make_extractor

GOLD_DIR = ROOT / "annotations" / "gold"


def load_gold(doc_id: str) -> list[dict[str, Any]] | None:
    """Gold mentions of one seed, or None when it is not annotated yet."""
    path = GOLD_DIR / f"{doc_id}.jsonl"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def our_spans(engine: str, seeds: Sequence[Doc]) -> tuple[list[list[tuple[int, int, str]]], str]:
    """(start, end, type) per seed from the engine's records; from its tagger
    (spans mapped back to the original text) while the Extractor is missing."""
    try:
        recs = extract_all(make_extractor(engine), seeds)
        return [[(r.start, r.end, r.type) for r in rs] for rs in recs], "records"
    except Unavailable:
        if engine == "rules":
            from metricner.rules import RulesTagger as make
        else:
            from benchmarks.fast_options import make_model_tagger as make
        from metricner.evaluation import predict_documents

        docs = [{"doc_id": d.doc_id, "lang": d.lang, "text": d.text, "gold": []} for d in seeds]
        out = predict_documents(make(), docs, with_values=False)
        return [[(p["start"], p["end"], p["label"]) for p in d["pred"]] for d in out], "tagger spans"


def compare_doc(doc: Doc, duck: list[dict], gold: list[dict] | None,
                ours: dict[str, list[tuple[int, int, str]]]) -> dict[str, Any]:
    d_spans = [(m["start"], m["end"]) for m in duck]
    row: dict[str, Any] = {
        "doc_id": doc.doc_id, "lang": doc.lang,
        "duckling_number": sum(m["dim"] == "number" for m in duck),
        "duckling_money": sum(m["dim"] == "amount-of-money" for m in duck),
        "gold": None if gold is None else len(gold),
    }
    if gold is not None:
        g_spans = [(g["start"], g["end"]) for g in gold]
        exact = set(d_spans) & set(g_spans)
        row["duckling_exact"] = sum(s in exact for s in g_spans)
        row["duckling_overlap_only"] = sum(
            s not in exact and any(_overlaps(s, d) for d in d_spans) for s in g_spans)
        row["duckling_no_gold"] = sum(not any(_overlaps(d, g) for g in g_spans) for d in d_spans)
    for name, records in ours.items():
        row[f"{name}_spans"] = len(records)
        if gold is not None:
            g_typed = {(g["start"], g["end"], g["type"]) for g in gold}
            row[f"{name}_exact"] = sum(tuple(r) in g_typed for r in records)
    return row


def markdown(rows: Sequence[dict[str, Any]], engines: Sequence[str]) -> str:
    head = ["seed", "lang", "gold spans", "Duckling number", "Duckling money",
            "gold = a Duckling span", "gold only overlapped", "Duckling spans off gold"]
    for e in engines:
        head += [f"{e} spans", f"{e} exact (span+type)"]
    out = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]

    def cell(v: Any) -> str:
        return "n/a" if v is None else str(v)

    total: dict[str, int] = {}
    for r in rows:
        vals = [r["doc_id"][:3], r["lang"], r["gold"], r["duckling_number"], r["duckling_money"],
                r.get("duckling_exact"), r.get("duckling_overlap_only"), r.get("duckling_no_gold")]
        for e in engines:
            vals += [r.get(f"{e}_spans"), r.get(f"{e}_exact")]
        out.append("| " + " | ".join(cell(v) for v in vals) + " |")
        for k, v in zip(head[2:], vals[2:]):
            if isinstance(v, int):
                total[k] = total.get(k, 0) + v
    out.append("| all | | " + " | ".join(cell(total.get(k)) for k in head[2:]) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.duckling_compare",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="also write the rows as JSON here")
    ap.add_argument("--engines", default="rules,model", help="our engines to list (default rules,model)")
    args = ap.parse_args(argv)

    seeds = load_seeds()
    duck = DucklingEngine()
    try:
        duck.load()
    except Unavailable as exc:
        print(f"Duckling unavailable: {exc}", file=sys.stderr)
        return 2
    ours: dict[str, list[list[tuple[int, int, str]]]] = {}
    for engine in [e for e in args.engines.split(",") if e]:
        try:
            ours[engine], source = our_spans(engine, seeds)
            print(f"{engine}: {source}", file=sys.stderr)
        except Exception as exc:
            print(f"engine {engine} unavailable: {exc}", file=sys.stderr)
    rows = [
        compare_doc(doc, duck.parse(doc.text, doc.lang), load_gold(doc.doc_id),
                    {name: recs[i] for name, recs in ours.items()})
        for i, doc in enumerate(seeds)
    ]
    missing = [r["doc_id"] for r in rows if r["gold"] is None]
    if missing:
        print(f"no gold annotations yet for: {', '.join(missing)}", file=sys.stderr)
    print(markdown(rows, list(ours)))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
