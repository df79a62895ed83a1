"""Training data as `datasets.Dataset`: synthetic examples, gold training-fold
documents cut into sentence units, and augmentations of training-fold gold only.

Every example is normalised (metricner.textnorm) like the tagger's input, its
spans mapped onto the normalised text, then tokenised and labelled through
character offsets (metricner.align). Gold spans the labels cannot carry
(truncated, straddling pieces) are counted in the data summary.
"""
from __future__ import annotations

import bisect
import json
import random
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from metricner.align import spans_to_labels
from metricner.textnorm import normalize

from training.config import DataConfig


class DataError(RuntimeError):
    pass


# ---- gold -------------------------------------------------------------------

def load_gold_docs(gold_dir: str | Path, seeds_dir: str | Path) -> list[dict]:
    """Seed documents with their gold mentions: {"doc_id", "lang", "text", "mentions"}.

    Offsets index the seed text read with newline="" (as the annotations do).
    """
    from metricner.langdetect import detect

    gold_dir, seeds_dir = Path(gold_dir), Path(seeds_dir)
    docs = []
    for seed in sorted(seeds_dir.glob("*.txt")):
        gold = gold_dir / f"{seed.stem}.jsonl"
        if not gold.is_file():
            continue
        with open(seed, encoding="utf-8", newline="") as f:
            text = f.read()
        mentions = []
        with open(gold, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                m = json.loads(line)
                if text[m["start"] : m["end"]] != m.get("text", text[m["start"] : m["end"]]):
                    raise DataError(f"{gold}:{n}: offsets {m['start']}-{m['end']} do not give {m.get('text')!r}")
                mentions.append(m)
        lang = next((m["lang"] for m in mentions if m.get("lang")), None) or detect(text)
        docs.append({"doc_id": seed.stem, "lang": lang, "text": text, "mentions": mentions})
    return docs


def gold_spans(doc: dict) -> list[dict]:
    return [{"start": m["start"], "end": m["end"], "label": m["type"]} for m in doc["mentions"]]


def sentence_units(doc: dict) -> list[dict]:
    """A gold document as sentence examples (sentences merged where a span crosses)."""
    from metricner import sentences

    text, spans = doc["text"], sorted(gold_spans(doc), key=lambda s: s["start"])
    units: list[list[int]] = []
    for s, e in sentences.split(text):
        if units and any(sp["start"] < units[-1][1] < sp["end"] or sp["start"] < s < sp["end"] for sp in spans):
            units[-1][1] = e
        else:
            units.append([s, e])
    out = []
    for k, (s, e) in enumerate(units):
        inside = [{**sp, "start": sp["start"] - s, "end": sp["end"] - s} for sp in spans if s <= sp["start"] and sp["end"] <= e]
        if text[s:e].strip():
            out.append({"text": text[s:e], "lang": doc["lang"], "doc_id": f"{doc['doc_id']}-s{k:03d}",
                        "source": f"gold:{doc['doc_id']}", "spans": inside})
    return out


# ---- normalisation + tokenisation -----------------------------------------

def source_kind(source: str) -> str:
    """"gold", "gold-augment" or "synthetic"."""
    head = source.split(":", 1)[0]
    return head if head in ("gold", "gold-augment") else "synthetic"


def normalize_example(ex: dict) -> dict:
    """The example on normalised text, spans moved accordingly."""
    norm = normalize(ex["text"])
    if norm.text == ex["text"]:
        return ex
    to_orig = norm.to_original

    def conv(o: int) -> int:
        return bisect.bisect_left(to_orig, o)

    spans = [{**sp, "start": conv(sp["start"]), "end": conv(sp["end"])} for sp in ex["spans"]]
    return {**ex, "text": norm.text, "spans": spans}


def encode(examples: Sequence[dict], tokenizer, max_length: int) -> tuple[dict[str, list], Counter]:
    cols: dict[str, list] = {"input_ids": [], "attention_mask": [], "labels": [], "length": [], "source": []}
    lost: Counter = Counter()
    for ex in examples:
        enc = tokenizer(ex["text"], truncation=True, max_length=max_length,
                        return_offsets_mapping=True, return_special_tokens_mask=True)
        al = spans_to_labels(ex["text"], enc["offset_mapping"], ex["spans"], enc["special_tokens_mask"])
        for _, reason in al.lost:
            lost[(source_kind(ex["source"]), reason)] += 1
        cols["input_ids"].append(enc["input_ids"])
        cols["attention_mask"].append(enc["attention_mask"])
        cols["labels"].append(al.labels)
        cols["length"].append(len(enc["input_ids"]))
        cols["source"].append(source_kind(ex["source"]))
    return cols, lost


def collect_examples(
    data: DataConfig,
    train_docs: Sequence[dict],
    exclude_langs: Iterable[str] = (),
) -> list[dict]:
    """All raw examples of one stage (train_docs: the gold training fold)."""
    exclude = tuple(exclude_langs)
    examples: list[dict] = []
    if data.synthetic_per_lang:
        from training.synth import generate

        examples += generate(tuple(data.synthetic_langs), data.synthetic_per_lang,
                             data.synthetic_seed, exclude_langs=exclude, extra=tuple(data.synthetic_extra))
    if data.gold == "train_fold":
        docs = [d for d in train_docs if d["lang"] not in exclude]
        for _ in range(data.gold_repeat):
            for d in docs:
                examples += sentence_units(d)
        if data.augment_per_doc:
            from training.synth import augment_gold

            examples += augment_gold(docs, data.augment_per_doc, data.augment_seed)
    if data.max_examples:
        rng = random.Random(data.synthetic_seed)
        rng.shuffle(examples)
        examples = examples[: data.max_examples]
    return [normalize_example(ex) for ex in examples]


def build_dataset(examples: Sequence[dict], tokenizer, max_length: int):
    """(datasets.Dataset, summary) for a list of examples."""
    from datasets import Dataset

    cols, lost = encode(examples, tokenizer, max_length)
    n_spans = Counter()
    for ex in examples:
        n_spans[source_kind(ex["source"])] += len(ex["spans"])
    summary = {
        "examples": len(examples),
        "by_source": dict(Counter(source_kind(ex["source"]) for ex in examples)),
        "by_lang": dict(Counter(ex["lang"] for ex in examples)),
        "spans": dict(n_spans),
        "spans_lost": {f"{src}/{reason}": n for (src, reason), n in sorted(lost.items())},
        "tokens": int(sum(cols["length"])),
    }
    return Dataset.from_dict(cols), summary
