"""Score a tagger on the gold seeds.

    python -m training.evaluate --model DIR [--split all|id|nb|ar|DOC_ID,...]
    python -m training.evaluate --config training/configs/ship.json   (its output folder)
    python -m training.evaluate --engine rules [--split ...]

Prints the markdown tables (exact character spans by language and type with
gold counts, value accuracy); --json writes every score.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence


def as_eval_docs(docs: Sequence[dict]) -> list[dict]:
    """Gold documents (training.data.load_gold_docs) as metricner.evaluation wants them."""
    return [{"doc_id": d["doc_id"], "lang": d["lang"], "text": d["text"], "gold": d["mentions"]} for d in docs]


def gold_eval_docs(gold_dir: str = "annotations/gold", seeds_dir: str = "seeds", split: str = "all") -> list[dict]:
    from training.data import load_gold_docs

    docs = load_gold_docs(gold_dir, seeds_dir)
    if split != "all":
        keys = set(split.split(","))
        docs = [d for d in docs if d["lang"] in keys or d["doc_id"] in keys or d["doc_id"].split("_")[0] in keys]
    if not docs:
        raise SystemExit(f"no gold documents for split {split!r} in {gold_dir}")
    return as_eval_docs(docs)


def make_tagger(engine: str, model_dir: str | None, batch_size: int = 16, prefilter: bool | None = None,
                quantize: bool | None = None, runtime: str = "auto", reproducible: bool = False):
    """The tagger `metricner.Extractor` would use (same defaults)."""
    from metricner.pipeline import Extractor

    model_options = ({"quantize": quantize, "runtime": runtime, "reproducible": reproducible}
                     if engine == "model" else {})
    return Extractor(engine=engine, model_path=model_dir, batch_size=batch_size, prefilter=prefilter,
                     **model_options).tagger


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a tagger on the gold seed documents.")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--model", help="model folder")
    src.add_argument("--config", help="a training config; its output folder is scored")
    ap.add_argument("--engine", choices=["model", "rules"], default="model")
    ap.add_argument("--split", default="all", help="all, a language (id, nb, ar) or doc ids, comma-separated")
    ap.add_argument("--gold-dir", default="annotations/gold")
    ap.add_argument("--seeds-dir", default="seeds")
    ap.add_argument("--json", help="write all scores here")
    ap.add_argument("--report", metavar="NAME",
                    help="also write training/reports/NAME.md and NAME.json (tables, per document, predictions)")
    ap.add_argument("--prefilter", action=argparse.BooleanOptionalAction, default=None,
                    help="sentence by sentence, as metricner extract (default: on for the model engine)")
    ap.add_argument("--int8", action=argparse.BooleanOptionalAction, default=None,
                    help="int8 linear layers (default: as metricner extract, on where ONNX Runtime runs the model)")
    ap.add_argument("--runtime", choices=("auto", "torch", "onnx"), default="auto")
    ap.add_argument("--reproducible", action="store_true",
                    help="int8: each window alone, as `metricner extract --reproducible`")
    args = ap.parse_args(argv)
    model_dir = args.model
    if args.config:
        from training.config import ConfigError, load_config

        try:
            model_dir = load_config(args.config).output
        except ConfigError as exc:
            ap.error(str(exc))
    from metricner.evaluation import evaluate, markdown_tables, predict_documents

    import time

    docs = gold_eval_docs(args.gold_dir, args.seeds_dir, args.split)
    tagger = make_tagger(args.engine, model_dir, prefilter=args.prefilter, quantize=args.int8, runtime=args.runtime,
                         reproducible=args.reproducible)
    t0 = time.time()
    predicted = predict_documents(tagger, docs)
    scores = evaluate(predicted)
    scores["extractor"] = tagger.extractor
    print(f"# {tagger.extractor} on {', '.join(d['doc_id'] for d in docs)}\n")
    print(markdown_tables(scores))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.report:
        from training.experiments import write_report

        plan = {"extractor": tagger.extractor, "gold_dir": args.gold_dir, "texts_dir": args.seeds_dir}
        md = write_report(args.report, "evaluate", {"predicted": predicted, "plan": plan}, None,
                          time.time() - t0)
        print(f"\nwrote {md}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
