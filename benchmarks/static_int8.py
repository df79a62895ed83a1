"""Static int8 (activation scales calibrated once) against the shipped dynamic
int8 and fp32, in ONNX Runtime, on the same documents in one run.

    python -m benchmarks.static_int8 --docs 100 --out docs/static_int8.json

Dynamic int8 takes one activation scale per batch tensor at run time, so a
sentence's spans can depend on the sentences batched with it
(`benchmarks.int8_agreement`). Static int8 fixes every scale from
calibration text, which makes the output independent of the batch. This
measures what that costs: strict span F1 on the two dev sets, exact-span
differences from fp32 on the benchmark corpus, differences between each dev
document tagged alone and all of them in one batch, and the tagger's time on
the benchmark corpus. Calibration text is synthetic (`training.synth`, a seed
of its own), never held-out text. Only the weight MatMuls are quantised; the
two attention MatMuls of each layer (activation by activation) stay fp32.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from benchmarks.corpus import make_corpus
from benchmarks.fast_options import f1_on_gold, make_model_tagger, normalise
from benchmarks.int8_agreement import agreement, span_sets
from metricner.model.onnx_runtime import open_session
from metricner.prefilter import NumberPrefilter

METHODS = ("minmax", "percentile")


class CalibrationBatches:
    """ONNX Runtime's calibration reader: synthetic sentences embedded as the
    tagger embeds them, in full batches of `batch` windows of `width` pieces."""

    def __init__(self, tagger: Any, n_per_lang: int, seed: int, batch: int = 16, width: int = 128):
        import torch

        from training.synth.generate import generate

        tok, embeddings = tagger.tokenizer, tagger.model.embeddings
        texts = [e["text"] for e in generate(n_per_lang=n_per_lang, seed=seed)]
        ids = sorted(tok(texts, truncation=True, max_length=width)["input_ids"], key=len)
        self.batches = []
        for k in range(0, len(ids) - batch + 1, batch):
            rows = ids[k:k + batch]
            x = torch.full((batch, width), tok.pad_token_id, dtype=torch.long)
            mask = torch.zeros((batch, width), dtype=torch.long)
            for r, seq in enumerate(rows):
                x[r, :len(seq)] = torch.tensor(seq)
                mask[r, :len(seq)] = 1
            with torch.inference_mode():
                self.batches.append({"inputs_embeds": embeddings(x).numpy(), "attention_mask": mask.numpy()})
        self.rewind()

    def get_next(self):
        return next(self._it, None)

    def rewind(self) -> None:
        self._it = iter(self.batches)


def quantize_static_graph(fp32: Path, out: Path, reader: CalibrationBatches, method: str) -> Path:
    import onnx
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    graph = onnx.load(str(fp32))
    weights = {i.name for i in graph.graph.initializer}
    attention = [n.name for n in graph.graph.node if n.op_type == "MatMul" and not any(i in weights for i in n.input)]
    reader.rewind()
    pre = out.with_suffix(".pre.onnx")
    quant_pre_process(str(fp32), str(pre), skip_symbolic_shape=True)
    calibrate = {"minmax": CalibrationMethod.MinMax, "percentile": CalibrationMethod.Percentile}[method]
    quantize_static(str(pre), str(out), reader, quant_format=QuantFormat.QDQ, per_channel=True,
                    weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8, op_types_to_quantize=["MatMul"],
                    nodes_to_exclude=attention, calibrate_method=calibrate)
    return out


def dev_gold() -> list[dict]:
    """The documents of the two dev sets with their gold (never the test set)."""
    from training.evaluate import gold_eval_docs

    return gold_eval_docs("annotations/dev/gold", "annotations/dev/texts") + \
        gold_eval_docs("annotations/dev2/gold", "annotations/dev2/texts")


def compare_runtimes(tagger: NumberPrefilter, runtimes: dict[str, Any], gold: list[dict], docs: list,
                     tag: str) -> dict[str, Any]:
    """Each ONNX Runtime session of `runtimes` in turn inside `tagger` (an
    fp32 ONNX model tagger; its session is swapped): F1 on `gold`, exact-span
    differences from the first runtime on `docs`, each gold document alone
    against all of them batched, and the tagger's seconds on `docs`."""
    inner = tagger.inner.model
    own = inner.session
    gold_texts, gold_langs = [d["text"] for d in gold], [d["lang"] for d in gold]
    texts, langs = [n.text for n in normalise(docs)], [d.lang for d in docs]
    rows: dict[str, Any] = {}
    reference = None
    try:
        for name, runtime in runtimes.items():
            print(f"[{tag}] {name} ...", file=sys.stderr, flush=True)
            inner.session = runtime
            t0 = time.perf_counter()
            spans = span_sets(tagger, texts, langs)
            seconds = time.perf_counter() - t0
            reference = reference or spans
            rows[name] = {
                "dev_f1": f1_on_gold(tagger, gold)["f1"],
                "vs_fp32_benchmark": agreement(spans, reference),
                "alone_vs_batched_dev": agreement(span_sets(tagger, gold_texts, gold_langs, alone=True),
                                                  span_sets(tagger, gold_texts, gold_langs)),
                "tagger_seconds": round(seconds, 2),
            }
    finally:
        inner.session = own
    return rows


def print_rows(rows: dict[str, Any], n_gold: int, n_docs: int) -> None:
    print(f"\n| runtime | F1 dev + dev2 ({n_gold} docs) | spans differing from fp32 ({n_docs} benchmark docs) "
          "| spans differing, each dev doc alone vs all batched | tagger seconds (same run) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, r in rows.items():
        print(f"| {name} | {r['dev_f1']:.4f} | {r['vs_fp32_benchmark']['differ']} | "
              f"{r['alone_vs_batched_dev']['differ']} | {r['tagger_seconds']} |")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.static_int8", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100, help="benchmark corpus documents (default 100)")
    ap.add_argument("--model", default=None, help="model folder or name (default: the shipped default)")
    ap.add_argument("--calibration-per-lang", type=int, default=120, help="synthetic sentences per language")
    ap.add_argument("--out", type=Path, default=Path("docs/static_int8.json"))
    args = ap.parse_args(argv)
    logging.getLogger().setLevel(logging.ERROR)  # the quantiser's pre-processing hints

    int8 = NumberPrefilter(make_model_tagger(args.model, quantize=True, runtime="onnx"))
    fp32 = NumberPrefilter(make_model_tagger(args.model, quantize=False, runtime="onnx"))
    inner = fp32.inner.model  # an OnnxModel: its session is swapped for each runtime below
    threads = inner.session.get_session_options().intra_op_num_threads
    reader = CalibrationBatches(fp32.inner, args.calibration_per_lang, seed=2024)
    runtimes: dict[str, Any] = {"fp32": inner.session, "dynamic int8 (shipped)": int8.inner.model.session}
    with tempfile.TemporaryDirectory() as tmp:
        for method in METHODS:
            print(f"[static] calibrating ({method}) ...", file=sys.stderr, flush=True)
            path = quantize_static_graph(inner.path, Path(tmp) / f"static-{method}.onnx", reader, method)
            runtimes[f"static int8 ({method})"] = open_session(path, threads)

        gold = dev_gold()
        docs = make_corpus(args.docs)
        rows = compare_runtimes(fp32, runtimes, gold, docs, "static")
    print_rows(rows, len(gold), len(docs))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"docs": len(docs), "dev_docs": len(gold), "threads": threads, "rows": rows},
                                   ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
