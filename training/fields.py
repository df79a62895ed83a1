"""How often each record field agrees with gold, on spans found exactly.

    python -m training.fields                       # dev, dev2, test with the default model
    python -m training.fields --engine rules --name fields-rules
    python -m training.fields --sets dev2 --show     # list dev2's disagreements

Span F1 and value accuracy are in the evaluation reports; this scores the
rest of a record (unit, kind, qualifier, change, per, in a range or not,
subject, period) over the spans both gold and the extractor have, by
`metricner.evaluation.field_agreement`. subject and period are phrases copied
from the sentence, so beside exact equality they get a mean word F1.
Writes training/reports/NAME.md and NAME.json (agreement only). The test set
is for measuring: --show refuses it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from metricner.evaluation import ALL
from metricner.lang import SUPPORTED
from training.evaluate import gold_eval_docs, make_tagger

REPORTS = Path(__file__).resolve().parent / "reports"
SETS = {"seeds": ("annotations/gold", "seeds")} | {
    name: (f"annotations/{name}/gold", f"annotations/{name}/texts") for name in ("dev", "dev2", "test")}
MEASURING_ONLY = {"test"}
COLUMNS = (("unit", "unit"), ("kind", "kind"), ("qualifier", "qualifier"), ("change", "change"),
           ("per", "per"), ("range_id", "range"), ("subject", "subject"), ("subject_overlap", "subject words"),
           ("period", "period"), ("period_overlap", "period words"))


def markdown(results: dict[str, dict], extractor: str) -> str:
    lines = [f"# Record fields against gold ({extractor})", "",
             "Over spans found exactly (start, end, type): the share of records whose field equals gold, in %; "
             "range: in a range or not; subject words, period words: mean word F1 of the phrase "
             "(`python -m training.fields`).", "",
             "| set | language | matched | " + " | ".join(title for _, title in COLUMNS) + " |",
             "| --- | --- | ---: | " + " | ".join("---:" for _ in COLUMNS) + " |"]
    for name, agreement in results.items():
        by_lang = agreement["by_lang"]
        for lang in (*SUPPORTED, ALL):
            if lang not in by_lang:
                continue
            row = by_lang[lang]
            cells = " | ".join(f"{100 * row[key]:.1f}" for key, _ in COLUMNS)
            label = "all" if lang == ALL else lang
            lines.append(f"| {name} | {label} | {row['matched']} | {cells} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Agreement of record fields with gold on matched spans.")
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["dev", "dev2", "test"])
    ap.add_argument("--engine", choices=["model", "rules"], default="model")
    ap.add_argument("--model", help="model folder (default: the shipped default model)")
    ap.add_argument("--name", default="fields", help="report name in training/reports (default: fields)")
    ap.add_argument("--show", action="store_true", help="print each disagreement instead of writing the report")
    args = ap.parse_args(argv)
    if args.show and MEASURING_ONLY & set(args.sets):
        ap.error("the test set is for measuring only: --show lists disagreements of dev, dev2 or the seeds")
    if args.model and args.engine != "model":
        ap.error("--model needs --engine model")
    from metricner.evaluation import field_agreement, predict_documents

    tagger = make_tagger(args.engine, args.model)  # as training.evaluate runs it: the same spans as its reports
    results = {}
    for name in args.sets:
        docs = gold_eval_docs(*SETS[name])
        results[name] = field_agreement(predict_documents(tagger, docs, full_records=True))
    label = tagger.extractor
    if args.show:
        for name, agreement in results.items():
            for d in agreement["disagreements"]:
                print(f"{name}\t{d['doc_id']}\t{d['field']}\t{d['text']!r}\tgold={d['gold']!r}\tgot={d['pred']!r}")
        return 0
    md = markdown(results, label)
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{args.name}.md").write_text(md, encoding="utf-8")
    summary = {"extractor": label, "sets": {name: a["by_lang"] for name, a in results.items()}}
    (REPORTS / f"{args.name}.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
    print(md)
    print(f"wrote {REPORTS / args.name}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
