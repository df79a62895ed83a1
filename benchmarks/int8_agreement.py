"""How far int8 moves the model's spans, without gold: int8 against fp32 on the
same documents, and int8 on each document alone against int8 in batches, by
default and with `reproducible` (each int8 window run alone).

    python -m benchmarks.int8_agreement --docs 200 --out docs/int8_agreement.json

ONNX Runtime's dynamic int8 quantises each layer's activations with one scale
per batch tensor, so a sentence's logits depend a little on the sentences
batched with it (fp32 does not: padding is masked); `reproducible` runs each
window alone, and its alone-against-batched row must be 0. The figures are span
agreement: 2 * |A & B| / (|A| + |B|) over exact (start, end, type) spans on
the benchmark corpus (its documents come from the seeds, which the shipped
model was trained on) and on the texts of the held-out sets (read as plain
text, their gold unused), with the number of spans that differ.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from benchmarks.corpus import held_out_texts, make_corpus
from benchmarks.fast_options import make_model_tagger, normalise
from metricner.prefilter import NumberPrefilter


def span_sets(tagger, texts: Sequence[str], langs: Sequence[str], alone: bool = False) -> list[set]:
    if alone:
        tagged = [tagger.tag([t], [lang])[0] for t, lang in zip(texts, langs)]
    else:
        tagged = tagger.tag(texts, langs)
    return [{(m.start, m.end, m.label) for m in ms} for ms in tagged]


def agreement(a: list[set], b: list[set]) -> dict:
    both = sum(len(x & y) for x, y in zip(a, b))
    na, nb = sum(map(len, a)), sum(map(len, b))
    return {"spans_a": na, "spans_b": nb, "differ": na + nb - 2 * both,
            "agreement": round(2 * both / (na + nb), 5) if na + nb else 1.0}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.int8_agreement", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--model", default=None, help="model folder or name (default: the shipped default)")
    ap.add_argument("--held-out", default="annotations/dev/texts,annotations/dev2/texts",
                    help="folders of held-out texts to compare on too (comma-separated; '' for none)")
    ap.add_argument("--out", type=Path, default=Path("docs/int8_agreement.json"))
    args = ap.parse_args(argv)

    docs = make_corpus(args.docs)
    corpora = {"benchmark corpus": ([n.text for n in normalise(docs)], [d.lang for d in docs])}
    held = held_out_texts(args.held_out)
    if held[0]:
        corpora["held-out texts"] = held
    fp32 = NumberPrefilter(make_model_tagger(args.model, quantize=False, runtime="onnx"))
    int8 = NumberPrefilter(make_model_tagger(args.model, quantize=True, runtime="onnx"))
    reproducible = NumberPrefilter(make_model_tagger(args.model, quantize=True, runtime="onnx", reproducible=True))
    out: dict = {}
    print("| texts | comparison | spans | differ | agreement |")
    print("| --- | --- | ---: | ---: | ---: |")
    for corpus, (texts, langs) in corpora.items():
        print(f"[int8] {corpus}: fp32, int8 batched and alone ...", file=sys.stderr, flush=True)
        ref = span_sets(fp32, texts, langs)
        batched, alone = span_sets(int8, texts, langs), span_sets(int8, texts, langs, alone=True)
        rep, rep_alone = span_sets(reproducible, texts, langs), span_sets(reproducible, texts, langs, alone=True)
        rows = {"int8_vs_fp32": agreement(batched, ref), "int8_alone_vs_batched": agreement(alone, batched),
                "int8_alone_vs_fp32": agreement(alone, ref),
                "reproducible_alone_vs_batched": agreement(rep_alone, rep),
                "reproducible_vs_fp32": agreement(rep, ref),
                "reproducible_vs_int8_batched": agreement(rep, batched)}
        out[corpus] = {"docs": len(texts), **rows}
        for name, r in rows.items():
            print(f"| {corpus} ({len(texts)} docs) | {name} | {r['spans_a']} / {r['spans_b']} | "
                  f"{r['differ']} | {r['agreement']:.4f} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
