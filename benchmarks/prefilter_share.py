"""How much of a corpus reaches the model: sentences and characters that hold a
number at all (`metricner.prefilter.has_number`) and those that can hold a
metric (`can_hold_metric`: not only dates, year ranges and years), on the
benchmark corpus and on the held-out texts.

    python -m benchmarks.prefilter_share --docs 300
"""
from __future__ import annotations

import argparse
from typing import Sequence

from benchmarks.corpus import held_out_texts, make_corpus
from metricner import sentences
from metricner.prefilter import can_hold_metric, has_number
from metricner.textnorm import normalize


def shares(texts: Sequence[str], langs: Sequence[str]) -> dict:
    out = {"sentences": 0, "chars": 0, "number_sentences": 0, "number_chars": 0,
           "metric_sentences": 0, "metric_chars": 0}
    for text, lang in zip(texts, langs):
        for s, e in sentences.split(text):
            piece = text[s:e]
            out["sentences"] += 1
            out["chars"] += len(piece)
            if has_number(piece, lang):
                out["number_sentences"] += 1
                out["number_chars"] += len(piece)
                if can_hold_metric(piece, lang):
                    out["metric_sentences"] += 1
                    out["metric_chars"] += len(piece)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.prefilter_share", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--held-out", default="annotations/dev/texts,annotations/dev2/texts,annotations/test/texts")
    args = ap.parse_args(argv)
    docs = make_corpus(args.docs)
    corpora = {f"benchmark corpus ({len(docs)} docs)": ([normalize(d.text).text for d in docs], [d.lang for d in docs])}
    held = held_out_texts(args.held_out)
    if held[0]:
        corpora[f"held-out texts ({len(held[0])} docs)"] = held
    print("| texts | sentences | with a number | that can hold a metric | characters to the model: with a number → can hold a metric |")
    print("| --- | ---: | ---: | ---: | --- |")
    for name, (texts, langs) in corpora.items():
        r = shares(texts, langs)
        cut = 1 - r["metric_chars"] / r["number_chars"] if r["number_chars"] else 0.0
        print(f"| {name} | {r['sentences']:,} | {r['number_sentences']:,} | {r['metric_sentences']:,} | "
              f"{r['number_chars']:,} → {r['metric_chars']:,} ({100 * cut:.1f} % fewer) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
