"""Ways to make the model engine faster, measured side by side: speed on the
benchmark corpus and span F1 on the gold seeds, in one process.

    python -m benchmarks.fast_options --docs 100 --out docs/fast_options.json

Variants (each built on a fresh ModelTagger; the options are the package's own,
as `metricner extract [--int8] [--no-prefilter]` uses them):
- sentences: metricner.prefilter.NumberPrefilter around the model (run by
  torch), which reads one sentence at a time, only sentences holding a digit
  or a number word of the language
- sentences+onnx: the same run by ONNX Runtime (`--runtime onnx`; the
  default engine on CPU where onnxruntime is installed)
- windows, windows+onnx: the model over whole texts in overlapping windows (--no-prefilter)
- sentences+int8, windows+int8: ModelTagger(quantize=True), dynamic int8 on
  every nn.Linear, run by torch (--int8 --runtime torch)
- sentences+int8+onnx: the same int8 in ONNX Runtime (the CPU default of
  `metricner extract`)
- layers-K: sentences with only the first K encoder layers (no retraining:
  shows what the top layers are worth; a model fine-tuned at K layers would
  do better)
- batch-B: sentences with ModelTagger(batch_size=B) (windows per forward pass)
- NAME+onnx, NAME+int8+onnx: sentences with another model folder
  (`--models NAME=FOLDER`; a distilled student)
- rules: the rules engine, for reference

Speed is tagger throughput on normalised texts (the records stage is the same
for every variant); F1 is micro precision/recall/F1 over exact
(start, end, type) spans in the original text of the seeds, the SPEC yardstick.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from benchmarks.corpus import Doc, make_corpus
from benchmarks.engines import Unavailable
from benchmarks.measure import RssSampler, rss_bytes, MB
from metricner.prefilter import NumberPrefilter



# --------------------------------------------------------------------------
# building the variants

def make_model_tagger(path: str | None = None, **kwargs: Any) -> Any:
    try:
        from metricner.model import ModelTagger
    except ImportError as exc:
        raise Unavailable(f"metricner.model.ModelTagger not importable: {exc}") from exc
    import os

    try:
        return ModelTagger.load(path or os.environ.get("METRICNER_BENCH_MODEL"), **kwargs)
    except Exception as exc:
        raise Unavailable(f"ModelTagger.load() failed: {type(exc).__name__}: {exc}") from exc


def torch_module(tagger: Any) -> tuple[str, Any]:
    """The attribute of `tagger` holding its torch model."""
    import torch.nn as nn

    for attr in ("model", "_model", "net", "module"):
        m = getattr(tagger, attr, None)
        if isinstance(m, nn.Module):
            return attr, m
    raise Unavailable(f"{type(tagger).__name__} exposes no torch model (looked for .model)")


def keep_layers(tagger: Any, k: int) -> Any:
    """The first `k` encoder layers only (in place)."""
    import torch.nn as nn

    _, model = torch_module(tagger)
    for name, mod in model.named_modules():
        if name.endswith("encoder.layer") and isinstance(mod, nn.ModuleList):
            if k >= len(mod):
                raise Unavailable(f"model has {len(mod)} layers; cannot keep {k}")
            del mod[k:]
            if hasattr(model, "config"):
                model.config.num_hidden_layers = k
            return tagger
    raise Unavailable("no encoder.layer list in the model")


def variants(layers: Sequence[int], batch_sizes: Sequence[int] = (),
             models: dict[str, str] | None = None) -> dict[str, Callable[[], Any]]:
    def rules() -> Any:
        from metricner.rules import RulesTagger

        return RulesTagger()

    v: dict[str, Callable[[], Any]] = {
        "sentences": lambda: NumberPrefilter(make_model_tagger()),
        "sentences+onnx": lambda: NumberPrefilter(make_model_tagger(runtime="onnx")),
        "windows": make_model_tagger,
        "windows+onnx": lambda: make_model_tagger(runtime="onnx"),
        "sentences+int8": lambda: NumberPrefilter(make_model_tagger(quantize=True)),
        "windows+int8": lambda: make_model_tagger(quantize=True),
        "sentences+int8+onnx": lambda: NumberPrefilter(make_model_tagger(quantize=True, runtime="onnx")),
    }
    for k in layers:
        v[f"layers-{k}"] = lambda k=k: NumberPrefilter(keep_layers(make_model_tagger(), k))
    for b in batch_sizes:
        v[f"batch-{b}"] = lambda b=b: NumberPrefilter(make_model_tagger(batch_size=b))
    for name, path in (models or {}).items():
        v[f"{name}+onnx"] = lambda p=path: NumberPrefilter(make_model_tagger(p, runtime="onnx"))
        v[f"{name}+int8+onnx"] = lambda p=path: NumberPrefilter(make_model_tagger(p, quantize=True, runtime="onnx"))
    v["rules"] = rules
    return v


# --------------------------------------------------------------------------
# measuring

def normalise(docs: Sequence[Doc]) -> list[Any]:
    from metricner.textnorm import normalize

    return [normalize(d.text) for d in docs]


def f1_on_gold(tagger: Any, docs: list[dict]) -> dict[str, Any]:
    """Strict exact-span scores (metricner.evaluation) on gold documents
    (training.evaluate.gold_eval_docs)."""
    from metricner import evaluation

    scores = evaluation.span_scores(evaluation.predict_documents(tagger, docs, with_values=True))
    o = scores["overall"]
    return {"docs": len(docs), "tp": o["tp"], "pred": o["pred"], "gold": o["gold"],
            "precision": round(o["precision"], 4), "recall": round(o["recall"], 4),
            "f1": round(o["f1"], 4),
            "value_accuracy": scores["value_accuracy"]["ALL"]["accuracy"],
            "f1_by_lang": {k: round(v["f1"], 4) for k, v in scores["by_lang"].items()}}


def speed(tagger: Any, texts: Sequence[str], langs: Sequence[str], tokens: int) -> dict[str, Any]:
    tagger.tag(texts[:1], langs[:1])  # warm-up
    before = rss_bytes()
    with RssSampler() as s:
        t0 = time.perf_counter()
        tagger.tag(texts, langs)
        secs = max(time.perf_counter() - t0, 1e-9)
    return {"docs": len(texts), "seconds": round(secs, 3), "docs_per_s": round(len(texts) / secs, 3),
            "tokens_per_s": round(tokens / secs, 1), "rss_peak_delta_mb": round((s.peak - before) / MB, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.fast_options", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100, help="documents for the speed pass (default 100)")
    ap.add_argument("--layers", default="4", help="encoder depths to try, below the model's (default 4)")
    ap.add_argument("--batch-sizes", default="1,4,32",
                    help="ModelTagger batch sizes to try besides the default (default 1,4,32)")
    ap.add_argument("--models", default="",
                    help="other model folders to run as sentences+onnx and sentences+int8+onnx, "
                         "NAME=FOLDER,... (fast=fast: the shipped distilled student)")
    ap.add_argument("--only", default=None, help="comma-separated variant names")
    ap.add_argument("--out", type=Path, default=Path("docs/fast_options.json"))
    args = ap.parse_args(argv)

    from benchmarks.tokens import load_counter

    docs = make_corpus(args.docs)
    norms = normalise(docs)
    texts, langs = [n.text for n in norms], [d.lang for d in docs]
    counter, tok_name = load_counter()
    tokens = sum(counter(d.text) for d in docs)
    from training.evaluate import gold_eval_docs

    seeds = gold_eval_docs()
    dev = gold_eval_docs("annotations/dev/gold", "annotations/dev/texts")  # held out
    dev2 = gold_eval_docs("annotations/dev2/gold", "annotations/dev2/texts")  # held out, other sources
    build = variants([int(x) for x in args.layers.split(",") if x],
                     [int(x) for x in args.batch_sizes.split(",") if x],
                     dict(item.split("=", 1) for item in args.models.split(",") if item))
    if args.only:
        build = {k: v for k, v in build.items() if k in args.only.split(",")}

    rows = []
    for name, make in build.items():
        print(f"[fast] {name} ...", file=sys.stderr, flush=True)
        row: dict[str, Any] = {"variant": name}
        try:
            tagger = make()
            row.update(speed(tagger, texts, langs, tokens))
            row["gold"] = f1_on_gold(tagger, seeds)
            row["dev"] = f1_on_gold(tagger, dev)
            row["dev2"] = f1_on_gold(tagger, dev2)
            row["status"] = "ok"
        except Unavailable as exc:
            row.update(status="unavailable", reason=str(exc))
        except Exception as exc:
            row.update(status="failed", reason=f"{type(exc).__name__}: {exc}")
        rows.append(row)
        tagger = None

    base = next((r for r in rows if r["variant"] == "sentences" and r["status"] == "ok"), None)
    print(f"{len(docs)} documents, {tokens} tokens ({tok_name}); speed ratio vs the default "
          f"(sentences), same run. F1: exact spans on the seeds (in-sample for the shipped model) "
          f"and on the held-out dev sets (dev: 113 spans, dev2: 130).\n")
    print("| variant | docs/s | tokens/s | × sentences | RSS peak Δ MiB | seeds F1 | dev P | dev R | dev F1 | dev2 F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        if r["status"] != "ok":
            print(f"| {r['variant']} | {r['status']}: {r['reason']} | | | | | | | | |")
            continue
        if base:
            r["speedup_vs_sentences"] = round(r["docs_per_s"] / base["docs_per_s"], 3)
        g, d, d2 = r["gold"] or {}, r["dev"] or {}, r["dev2"] or {}
        print(f"| {r['variant']} | {r['docs_per_s']} | {r['tokens_per_s']} | {r.get('speedup_vs_sentences', '')} | "
              f"{r['rss_peak_delta_mb']} | {g.get('f1', 'n/a')} | {d.get('precision', 'n/a')} | "
              f"{d.get('recall', 'n/a')} | {d.get('f1', 'n/a')} | {d2.get('f1', 'n/a')} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"docs": len(docs), "tokens": tokens, "tokenizer": tok_name,
                                    "variants": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
