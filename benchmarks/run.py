"""Speed and memory of every engine on the same documents, in one process.

    python -m benchmarks.run --docs 200 --out docs/benchmarks.json

Measures end to end (text in, outputs out) for the rules engine, Duckling,
the model engine on CPU (and GPU where one exists), and the naive transformers
pipeline over the same model. Prints a markdown table and the ratios between
engines measured in this run; writes everything to --out as JSON.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any, Sequence

from benchmarks.corpus import Doc, make_corpus
from benchmarks.engines import Engine, Unavailable, all_engines, cuda_available, load_timed
from benchmarks.measure import python_peak, timed
from benchmarks.tokens import load_counter


def subsample(docs: Sequence[Doc], k: int) -> list[Doc]:
    """Every n-th document, so a subsample keeps the corpus's mix."""
    if k >= len(docs):
        return list(docs)
    step = len(docs) / k
    return [docs[int(i * step)] for i in range(k)]


def environment() -> dict[str, Any]:
    env: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    for mod in ("torch", "transformers", "duckling", "metricner"):
        try:
            env[mod] = __import__(mod).__version__
        except Exception:
            env[mod] = None
    try:
        import torch

        env["torch_threads"] = torch.get_num_threads()
    except ImportError:
        pass
    ok, gpu = cuda_available()
    env["gpu"] = gpu if ok else None
    return env


def bench_engine(engine: Engine, docs: Sequence[Doc], tokens: dict[str, int],
                 limit: int | None, mem_docs: int) -> dict[str, Any]:
    row: dict[str, Any] = {"engine": engine.name, "description": engine.description}
    try:
        row["load_s"] = load_timed(engine)
    except Unavailable as exc:
        row.update(status="unavailable", reason=str(exc))
        return row
    items = subsample(docs, limit) if limit else list(docs)
    if len(items) < len(docs):
        row["subsample"] = f"{len(items)} of {len(docs)} documents (every {len(docs) / len(items):.1f}th)"
    try:
        engine.run(items[:1])  # warm-up: lazy imports, first-call caches
        m = timed(engine.run, items, sum(len(d.text) for d in items),
                  sum(tokens[d.doc_id] for d in items))
        mem_items = subsample(items, mem_docs)
        m.py_peak_mb = python_peak(engine.run, mem_items)
        m.py_docs = len(mem_items)
    except Exception as exc:
        row.update(status="failed", reason=f"{type(exc).__name__}: {exc}")
        return row
    row.update(status="ok", **m.to_dict())
    return row


def ratios(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ok = {r["engine"]: r for r in rows if r.get("status") == "ok"}
    pairs = [("model-cpu", "naive-pipeline"), ("model-gpu", "naive-pipeline"),
             ("model-gpu", "model-cpu"), ("rules", "model-cpu"),
             ("rules", "duckling"), ("model-cpu", "duckling"), ("model-cpu-teacher", "duckling"),
             ("model-cpu-fp32", "duckling"), ("model-cpu-torch", "duckling"),
             ("model-cpu", "model-cpu-fp32"), ("model-cpu-fp32", "model-cpu-torch"),
             ("model-cpu", "model-cpu-torch"), ("model-cpu-int8-torch", "model-cpu-torch"),
             ("model-cpu", "model-cpu-int8-torch"), ("model-cpu", "model-cpu-teacher"),
             ("model-cpu-torch", "naive-pipeline"), ("model-cpu-reproducible", "model-cpu"),
             ("model-cpu-reproducible", "model-cpu-fp32"), ("model-cpu-reproducible", "duckling")]
    out = []
    for a, b in pairs:
        if a in ok and b in ok:
            ra, rb = ok[a], ok[b]
            out.append({
                "ratio": f"{a} / {b}",
                "docs_per_s": round(ra["docs_per_s"] / rb["docs_per_s"], 3),
                "tokens_per_s": (round(ra["tokens_per_s"] / rb["tokens_per_s"], 3)
                                 if ra.get("tokens_per_s") and rb.get("tokens_per_s") else None),
            })
    return out


def markdown(result: dict[str, Any]) -> str:
    lines = [
        f"Documents: {result['corpus']['docs']} ({result['corpus']['chars']} characters, "
        f"{result['corpus']['tokens']} tokens by {result['corpus']['tokenizer']}); "
        f"{result['environment']['cpu_count']} CPU cores, torch threads "
        f"{result['environment'].get('torch_threads')}.",
        "",
        "| engine | status | docs | docs/s | tokens/s | outputs | load s | RSS peak Δ MiB | Python peak MiB | note |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in result["engines"]:
        if r["status"] != "ok":
            lines.append(f"| {r['engine']} | {r['status']} | | | | | | | | {r.get('reason', '')} |")
            continue
        note = r.get("subsample", "")
        lines.append(
            f"| {r['engine']} | ok | {r['docs']} | {r['docs_per_s']:.2f} | "
            f"{r['tokens_per_s'] if r['tokens_per_s'] is not None else ''} | {r['outputs']} | "
            f"{r['load_s']} | {r['rss_peak_delta_mb']} | {r['py_peak_mb']} ({r['py_docs']} docs) | {note} |")
    if result["ratios"]:
        lines += ["", "| ratio (same run) | docs/s | tokens/s |", "| --- | ---: | ---: |"]
        for q in result["ratios"]:
            lines.append(f"| {q['ratio']} | {q['docs_per_s']} | {q['tokens_per_s']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200, help="number of documents (default 200)")
    ap.add_argument("--out", type=Path, default=Path("docs/benchmarks.json"), help="JSON results file")
    ap.add_argument("--engines", default=None,
                    help="comma-separated subset of: rules,duckling,model-cpu,model-cpu-fp32,model-cpu-torch,"
                         "model-cpu-int8-torch,model-cpu-teacher,naive-pipeline,model-gpu")
    ap.add_argument("--naive-docs", type=int, default=50,
                    help="the naive pipeline runs on this many documents (a spread subsample; default 50)")
    ap.add_argument("--mem-docs", type=int, default=50,
                    help="documents in the tracemalloc pass (a spread subsample; default 50)")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    args = ap.parse_args(argv)
    if args.docs < 1:
        ap.error("--docs must be at least 1")

    docs = make_corpus(args.docs, args.seed)
    counter, tok_name = load_counter()
    tokens = {d.doc_id: counter(d.text) for d in docs}
    engines = all_engines()
    if args.engines:
        wanted = [e.strip() for e in args.engines.split(",") if e.strip()]
        known = {e.name for e in engines} | {"model-gpu"}
        unknown = sorted(set(wanted) - known)
        if unknown:
            ap.error(f"unknown engine(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        engines = [e for e in engines if e.name in wanted]

    rows = []
    for engine in engines:
        limit = args.naive_docs if engine.name == "naive-pipeline" else None
        print(f"[bench] {engine.name} ...", file=sys.stderr, flush=True)
        rows.append(bench_engine(engine, docs, tokens, limit, args.mem_docs))
        gc.collect()
    ok, reason = cuda_available()
    if not ok and (not args.engines or "model-gpu" in args.engines):
        rows.append({"engine": "model-gpu", "status": "not measured", "reason": reason})

    result = {
        "environment": environment(),
        "corpus": {"docs": len(docs), "seed": args.seed, "chars": sum(len(d.text) for d in docs),
                   "tokens": sum(tokens.values()), "tokenizer": tok_name,
                   "langs": {lang: sum(d.lang == lang for d in docs) for lang in ("id", "nb", "ar")}},
        "engines": rows,
        "ratios": ratios(rows),
    }
    print(markdown(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
