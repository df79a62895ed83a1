"""Dynamic int8 in other formats against the shipped one and fp32, in ONNX
Runtime, on this machine's CPU, in one run.

    python -m benchmarks.int8_formats --docs 100 --out docs/int8_formats.json

int8 graphs of the default format u8s8 have int8 weights and uint8
activations (one scale per output channel). On x86 CPUs with AVX2 and no VNNI, ONNX Runtime
computes u8s8 products with an instruction that adds pairs of them in 16 bits
and saturates; with VNNI the sums are 32-bit. The int8 F1 of the same model
therefore depends on the CPU. This measures, for the CPU it runs on, u8s8
and two remedies of ONNX Runtime's quantiser: weights in 7 bits
(`reduce_range`) and uint8 weights (u8u8, no saturating instruction;
`metricner.model.onnx_runtime.int8_format` picks it on such CPUs); the
columns are those of `benchmarks.static_int8` (F1 on the two dev sets, spans
differing from fp32 on the benchmark corpus, each dev document alone against
all of them batched, the tagger's seconds). The CPU's int8 features are
written beside the rows.
"""
from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

from benchmarks.corpus import make_corpus
from benchmarks.fast_options import make_model_tagger
from benchmarks.static_int8 import compare_runtimes, dev_gold, print_rows
from metricner.model.onnx_runtime import INT8_FLAGS, cpu_flags, int8_format, open_session, quantize_graph
from metricner.prefilter import NumberPrefilter

#: name: (int8 format of metricner.model.onnx_runtime.INT8_WEIGHTS, weights in 7 bits)
FORMATS = {
    "dynamic int8, u8s8 (the default where the CPU has VNNI or is not x86)": ("u8s8", False),
    "dynamic int8, u8s8 with 7-bit weights (reduce_range)": ("u8s8", True),
    "dynamic int8, u8u8: uint8 weights (the default on x86 with AVX2 and no VNNI)": ("u8u8", False),
}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.int8_formats", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100, help="benchmark corpus documents (default 100)")
    ap.add_argument("--model", default=None, help="model folder or name (default: the shipped default)")
    ap.add_argument("--out", type=Path, default=Path("docs/int8_formats.json"))
    args = ap.parse_args(argv)
    logging.getLogger().setLevel(logging.ERROR)  # the quantiser's pre-processing hints

    fp32 = NumberPrefilter(make_model_tagger(args.model, quantize=False, runtime="onnx"))
    inner = fp32.inner.model  # an OnnxModel: its session is swapped for each runtime
    threads = inner.session.get_session_options().intra_op_num_threads
    runtimes: dict[str, Any] = {"fp32": inner.session}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, (kind, reduce_range)) in enumerate(FORMATS.items()):
            print(f"[int8] quantising: {name} ...", file=sys.stderr, flush=True)
            path = quantize_graph(inner.path, Path(tmp) / f"int8-{k}.onnx", kind, reduce_range=reduce_range)
            runtimes[name] = open_session(path, threads)
        gold = dev_gold()
        docs = make_corpus(args.docs)
        rows = compare_runtimes(fp32, runtimes, gold, docs, "int8")
    flags = [f for f in INT8_FLAGS if f in (cpu_flags() or ())]
    default = int8_format()
    print(f"\nCPU: {platform.machine()}; int8 flags: {', '.join(flags) or 'none'}; "
          f"the default int8 format here: {default}")
    print_rows(rows, len(gold), len(docs))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"docs": len(docs), "dev_docs": len(gold), "threads": threads,
                                    "machine": platform.machine(), "cpu_int8_flags": flags,
                                    "default_int8_format": default, "rows": rows},
                                   ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
