"""python -m training.synth --n 2000 --seed 0 --out FILE.jsonl

Writes synthetic examples as JSON Lines and prints counts per language and label.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from .generate import LANGS, generate, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.synth", description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="examples per language")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--langs", default=",".join(LANGS), help="comma-separated language codes")
    ap.add_argument("--exclude", default="", help="comma-separated language codes to leave out")
    ap.add_argument("--extra", default="", help="comma-separated optional template sets (EXTRA_GROUPS) to add")
    ap.add_argument("--out", required=True, help="output .jsonl file ('-' for stdout)")
    args = ap.parse_args(argv)
    langs = tuple(x for x in args.langs.split(",") if x)
    exclude = tuple(x for x in args.exclude.split(",") if x)
    extra = tuple(x for x in args.extra.split(",") if x)
    try:
        examples = generate(langs=langs, n_per_lang=args.n, seed=args.seed, exclude_langs=exclude, extra=extra)
    except ValueError as exc:
        ap.error(str(exc))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    try:
        for ex in examples:
            out.write(json.dumps(ex, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    report = sys.stderr if args.out == "-" else sys.stdout
    docs = Counter(ex["lang"] for ex in examples)
    templates = stats(extra, tuple(sorted(docs)))
    labels = Counter((ex["lang"], s["label"]) for ex in examples for s in ex["spans"])
    print(f"{'lang':<5}{'templates':>10}{'examples':>10}" + "".join(f"{t:>8}" for t in ("COUNT", "RATE", "MONEY", "TARGET")),
          file=report)
    for lang in sorted(docs):
        print(f"{lang:<5}{templates[lang]:>10}{docs[lang]:>10}"
              + "".join(f"{labels[(lang, t)]:>8}" for t in ("COUNT", "RATE", "MONEY", "TARGET")), file=report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
