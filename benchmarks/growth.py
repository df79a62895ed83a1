"""How cost grows: throughput vs batch size, throughput and peak memory vs
document length, and memory over a long stream of documents.

    python -m benchmarks.growth --out docs/growth.json            # defaults below
    python -m benchmarks.growth --stream 10000 --big-mb 5         # the scale checks

- batch: Extractor(engine="model", batch_size=B) over the same documents for
  each B (skipped, with the reason, when the Extractor has no batch_size);
- length: one document of each length (characters) per engine: seconds,
  characters/s, RSS peak above the level before, Python peak (tracemalloc,
  with --py-mem: slow);
- stream: N documents streamed through one Extractor in chunks; RSS at 20
  checkpoints, so unbounded growth shows as a rising series;
- big: one document of --big-mb megabytes (characters) per engine.

Plots: python -m benchmarks.plots (reads this JSON).
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from benchmarks.corpus import Doc, iter_corpus, make_corpus, make_document
from benchmarks.engines import DucklingEngine, Engine, ExtractorEngine, Unavailable, load_timed, model_options
from benchmarks.measure import MB, python_peak, rss_bytes, ru_maxrss_bytes, timed


def _ints(s: str) -> list[int]:
    return [int(x) for x in s.split(",") if x.strip()]


def engines_for(names: Sequence[str]) -> list[Engine]:
    table: dict[str, Engine] = {
        "rules": ExtractorEngine("rules", "rules", "Extractor(engine='rules')"),
        "model-cpu": ExtractorEngine("model-cpu", "model", "Extractor(engine='model') on CPU", device="cpu",
                                    **model_options()),
        "duckling": DucklingEngine(),
    }
    unknown = sorted(set(names) - set(table))
    if unknown:
        raise SystemExit(f"unknown engine(s) {', '.join(unknown)}; known: {', '.join(table)}")
    return [table[n] for n in names]


def batch_sweep(sizes: Sequence[int], docs: Sequence[Doc]) -> list[dict[str, Any]]:
    rows = []
    chars = sum(len(d.text) for d in docs)
    for b in sizes:
        engine = ExtractorEngine(f"model-cpu-b{b}", "model", "", required=("batch_size",),
                                 device="cpu", batch_size=b, **model_options())
        row: dict[str, Any] = {"batch_size": b}
        try:
            load_timed(engine)
            engine.run(docs[:1])
            row.update(status="ok", **timed(engine.run, docs, chars, None).to_dict())
        except Unavailable as exc:
            row.update(status="unavailable", reason=str(exc))
            rows.append(row)
            break  # same reason for every size
        rows.append(row)
        print(f"[growth] batch {b}: {row.get('docs_per_s')} docs/s", file=sys.stderr, flush=True)
        del engine
        gc.collect()
    return rows


def length_sweep(engines: Sequence[Engine], lengths: Sequence[int], lang: str,
                 py_mem: bool, duckling_max: int) -> list[dict[str, Any]]:
    rows = []
    for n in lengths:
        doc = make_document(n, lang)
        for e in engines:
            row: dict[str, Any] = {"engine": e.name, "chars": len(doc.text), "lang": lang}
            if e.name == "duckling" and len(doc.text) > duckling_max:
                row.update(status="skipped", reason=f"Duckling not run above {duckling_max} characters")
            else:
                try:
                    m = timed(e.run, [doc], len(doc.text), None)
                    row.update(status="ok", seconds=m.seconds, chars_per_s=m.chars_per_s,
                               outputs=m.outputs, rss_peak_delta_mb=m.rss_peak_delta_mb,
                               ru_maxrss_mb=m.ru_maxrss_mb)
                    if py_mem:
                        row["py_peak_mb"] = python_peak(e.run, [doc])
                except Exception as exc:
                    row.update(status="failed", reason=f"{type(exc).__name__}: {exc}")
            print(f"[growth] {e.name} {len(doc.text)} chars: {row.get('seconds', row.get('reason'))}",
                  file=sys.stderr, flush=True)
            rows.append(row)
            gc.collect()
    return rows


def stream(engine: Engine, n: int, chunk: int, every: int) -> dict[str, Any]:
    """Stream n documents through one engine; RSS at every `every` documents."""
    gc.collect()
    start_rss = rss_bytes()
    points = []
    done = outputs = 0
    t0 = time.perf_counter()
    buf: list[Doc] = []
    for doc in iter_corpus(n):
        buf.append(doc)
        if len(buf) == chunk:
            outputs += engine.run(buf)
            done += len(buf)
            buf = []
            if done % every < chunk:
                points.append({"docs": done, "rss_mb": round(rss_bytes() / MB, 1),
                               "seconds": round(time.perf_counter() - t0, 2)})
    if buf:
        outputs += engine.run(buf)
        done += len(buf)
    if not points or points[-1]["docs"] != done:
            points.append({"docs": done, "rss_mb": round(rss_bytes() / MB, 1),
                       "seconds": round(time.perf_counter() - t0, 2)})
    half = points[len(points) // 2]["rss_mb"]
    return {"engine": engine.name, "docs": done, "outputs": outputs, "chunk": chunk,
            "rss_start_mb": round(start_rss / MB, 1), "checkpoints": points,
            "rss_growth_second_half_mb": round(points[-1]["rss_mb"] - half, 1),
            "ru_maxrss_mb": round(ru_maxrss_bytes() / MB, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.growth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("docs/growth.json"))
    ap.add_argument("--engines", default="rules,model-cpu,duckling")
    ap.add_argument("--batch-sizes", default="1,2,4,8,16,32", help="model batch sizes ('' to skip)")
    ap.add_argument("--batch-docs", type=int, default=64, help="documents per batch-size point")
    ap.add_argument("--lengths", default="1000,4000,16000,64000,256000",
                    help="document lengths in characters ('' to skip)")
    ap.add_argument("--lang", default="id", choices=("id", "nb", "ar"), help="language of the long documents")
    ap.add_argument("--py-mem", action="store_true", help="also tracemalloc peaks in the length sweep (slow)")
    ap.add_argument("--duckling-max-chars", type=int, default=100_000,
                    help="Duckling's time grows faster than linearly with length: not run above this (default 100000)")
    ap.add_argument("--stream", type=int, default=0, help="stream this many documents (0: skip)")
    ap.add_argument("--stream-engine", default="rules")
    ap.add_argument("--stream-chunk", type=int, default=100)
    ap.add_argument("--big-mb", type=float, default=0, help="one document of this many MB (0: skip)")
    args = ap.parse_args(argv)

    engines = engines_for([e for e in args.engines.split(",") if e])
    loaded, result = [], {"engines": {}}
    for e in engines:
        try:
            result["engines"][e.name] = {"status": "ok", "load_s": load_timed(e)}
            loaded.append(e)
        except Unavailable as exc:
            result["engines"][e.name] = {"status": "unavailable", "reason": str(exc)}
            print(f"[growth] {e.name} unavailable: {exc}", file=sys.stderr)

    if args.batch_sizes and any(e.name == "model-cpu" for e in loaded):
        result["batch"] = batch_sweep(_ints(args.batch_sizes), make_corpus(args.batch_docs))
    if args.lengths:
        result["length"] = length_sweep(loaded, _ints(args.lengths), args.lang, args.py_mem,
                                        args.duckling_max_chars)
    if args.stream:
        (s_engine,) = engines_for([args.stream_engine])
        s_engine = next((e for e in loaded if e.name == s_engine.name), None)
        if s_engine is None:
            result["stream"] = {"status": "unavailable", "engine": args.stream_engine}
        else:
            every = max(args.stream_chunk, args.stream // 20 // args.stream_chunk * args.stream_chunk)
            result["stream"] = stream(s_engine, args.stream, args.stream_chunk, every)
            print(f"[growth] stream: {json.dumps(result['stream']['checkpoints'][-3:])}", file=sys.stderr)
    if args.big_mb:
        n = int(args.big_mb * 1_000_000)
        result["big"] = length_sweep(loaded, [n], args.lang, False, args.duckling_max_chars)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for r in result.get("batch", []):
        print(f"batch {r['batch_size']}: {r.get('docs_per_s', r.get('reason'))} docs/s")
    for r in result.get("length", []) + result.get("big", []):
        print(f"{r['engine']} {r['chars']} chars: "
              + (f"{r['seconds']} s, {r['chars_per_s']} chars/s, RSS peak +{r['rss_peak_delta_mb']} MiB"
                 if r["status"] == "ok" else f"{r['status']}: {r.get('reason')}"))
    if "stream" in result:
        s = result["stream"]
        print(f"stream: {s.get('docs')} docs, RSS {s.get('rss_start_mb')} -> "
              f"{s.get('checkpoints', [{}])[-1].get('rss_mb')} MiB, "
              f"second-half growth {s.get('rss_growth_second_half_mb')} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
