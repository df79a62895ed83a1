"""Scores of a tagger against gold spans.

The yardstick is exact character spans: a prediction counts only when
(start, end, type) equal a gold span's. Scores are given overall, per type,
per language and per language x type, each with its gold count (support).
seqeval (`mode="strict"`, IOB2) over words cut at every span boundary
(`metricner.align.word_tags`) is reported beside it as a cross-check.
Value accuracy: over exactly matched spans, the share whose record value
equals the gold value (exactly; None equals None).

A document is a dict: ``{"doc_id", "lang", "text", "gold": [...], "pred": [...]}``
where gold and predicted spans are dicts with start, end, label (or type) and
optionally value, all in the same offsets (those of ``text``).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping, Sequence

from metricner.align import Span, word_tags
from metricner.labels import ENTITY_TYPES

ALL = "ALL"


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def _spans(items: Iterable) -> list[Span]:
    return [Span.of(x) for x in items]


def _field(item: Any, name: str):
    """A field of a span given as a dict or as a record."""
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    return a == b


def span_scores(docs: Sequence[Mapping]) -> dict[str, Any]:
    """Strict exact-span scores: by type, language, language x type, and overall."""
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    values = Counter()
    for doc in docs:
        lang = doc["lang"]
        gold = {(s.start, s.end, s.label): g for s, g in zip(_spans(doc["gold"]), doc["gold"])}
        pred = {(s.start, s.end, s.label): p for s, p in zip(_spans(doc["pred"]), doc["pred"])}
        for keys, counter in ((gold, n_gold), (pred, n_pred)):
            for _, _, typ in keys:
                for k in (ALL, typ, (lang, ALL), (lang, typ)):
                    counter[k] += 1
        for key in gold.keys() & pred.keys():
            typ = key[2]
            for k in (ALL, typ, (lang, ALL), (lang, typ)):
                tp[k] += 1
            ok = same_value(_field(pred[key], "value"), _field(gold[key], "value"))
            for k in (ALL, lang):
                values[(k, "n")] += 1
                values[(k, "correct")] += int(ok)
    langs = sorted({d["lang"] for d in docs})
    types = [t for t in ENTITY_TYPES]
    out: dict[str, Any] = {
        "overall": prf(tp[ALL], n_pred[ALL], n_gold[ALL]),
        "by_type": {t: prf(tp[t], n_pred[t], n_gold[t]) for t in types},
        "by_lang": {l: prf(tp[(l, ALL)], n_pred[(l, ALL)], n_gold[(l, ALL)]) for l in langs},
        "by_lang_type": {
            l: {t: prf(tp[(l, t)], n_pred[(l, t)], n_gold[(l, t)]) for t in types} for l in langs
        },
        "value_accuracy": {
            k: {
                "n": values[(k, "n")],
                "correct": values[(k, "correct")],
                "accuracy": values[(k, "correct")] / values[(k, "n")] if values[(k, "n")] else None,
            }
            for k in [ALL, *langs]
        },
    }
    return out


def seqeval_scores(docs: Sequence[Mapping]) -> dict[str, Any]:
    """seqeval strict IOB2 over words cut at every gold or predicted boundary."""
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    y_true, y_pred = [], []
    for doc in docs:
        _, g, p = word_tags(doc["text"], doc["gold"], doc["pred"])
        y_true.append(g)
        y_pred.append(p)
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2,
                                   output_dict=True, zero_division=0)
    return {
        k: {"precision": float(v["precision"]), "recall": float(v["recall"]),
            "f1": float(v["f1-score"]), "support": int(v["support"])}
        for k, v in report.items()
    }


def evaluate(docs: Sequence[Mapping]) -> dict[str, Any]:
    """Everything at once: exact spans (with value accuracy) and seqeval."""
    return {"spans": span_scores(docs), "seqeval": seqeval_scores(docs), "n_docs": len(docs)}


def predict_documents(tagger, docs: Sequence[Mapping], with_values: bool = True,
                      full_records: bool = False) -> list[dict]:
    """Run a tagger on original documents; return the docs with `pred` filled.

    Texts are normalised (metricner.textnorm) before tagging and the spans are
    mapped back to the original offsets; with_values adds each record's value
    (metricner.records.build_records), full_records every field of the record
    (for `field_agreement`).
    """
    from metricner.textnorm import normalize

    norms = [normalize(d["text"]) for d in docs]
    mentions = tagger.tag([n.text for n in norms], [d["lang"] for d in docs])
    out = []
    for doc, norm, ms in zip(docs, norms, mentions):
        if with_values:
            from metricner.records import build_records

            recs = build_records(norm, ms, doc["lang"], doc.get("doc_id", ""), tagger.extractor)
            pred = [r.to_dict() if full_records else
                    {"start": r.start, "end": r.end, "label": r.type, "value": r.value, "score": r.score}
                    for r in recs]
        else:
            pred = []
            for m in ms:
                s, e = norm.span_to_original(m.start, m.end)
                pred.append({"start": s, "end": e, "label": m.label, "score": m.score})
        out.append({**doc, "pred": pred})
    return out


# ---- markdown ------------------------------------------------------------

def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def markdown_tables(scores: Mapping[str, Any]) -> str:
    """Span P/R/F1 by language and type (gold counts beside every figure) and value accuracy."""
    sp = scores["spans"] if "spans" in scores else scores
    lines = ["| language | type | P | R | F1 | gold | pred | tp |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]

    def row(lang, typ, s):
        lines.append(f"| {lang} | {typ} | {_fmt(s['precision'])} | {_fmt(s['recall'])} | "
                     f"{_fmt(s['f1'])} | {s['gold']} | {s['pred']} | {s['tp']} |")

    for lang, by_t in sp["by_lang_type"].items():
        for typ, s in by_t.items():
            if s["gold"] or s["pred"]:
                row(lang, typ, s)
        row(lang, "**all**", sp["by_lang"][lang])
    for typ, s in sp["by_type"].items():
        row("all", typ, s)
    row("**all**", "**all**", sp["overall"])
    lines += ["", "| value accuracy | matched spans | correct | accuracy |", "| --- | --- | --- | --- |"]
    for k, v in sp["value_accuracy"].items():
        lines.append(f"| {k} | {v['n']} | {v['correct']} | {_fmt(v['accuracy'])} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- record fields

#: Record fields compared with gold on exactly matched spans; range_id is
#: compared as "in a range or not" (its values are per-document labels).
RECORD_FIELDS = ("unit", "kind", "qualifier", "change", "per", "range_id", "subject", "period")
#: Free phrases copied from the sentence: scored by word overlap beside exact equality.
PHRASE_FIELDS = ("subject", "period")


def _words(phrase: str) -> Counter:
    return Counter("".join(c if c.isalnum() else " " for c in phrase.lower()).split())


def phrase_overlap(gold: str | None, pred: str | None) -> float:
    """Word F1 of two phrases (lower case, punctuation cut); 1.0 when both are None."""
    if gold is None or pred is None:
        return float(gold is None and pred is None)
    g, p = _words(gold), _words(pred)
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def field_agreement(docs: Sequence[Mapping]) -> dict[str, Any]:
    """Over spans matched exactly (start, end, type), how often each record
    field equals gold, overall and per language; for subject and period also
    the mean word F1 (`phrase_overlap`). Documents as for `span_scores`, their
    predicted items carrying the record fields. Disagreements are listed."""
    agree: Counter = Counter()
    matched: Counter = Counter()
    overlap: Counter = Counter()
    disagreements: list[dict[str, Any]] = []
    for doc in docs:
        lang = doc["lang"]
        pred = {(s.start, s.end, s.label): p for s, p in zip(_spans(doc["pred"]), doc["pred"])}
        for s, g in zip(_spans(doc["gold"]), doc["gold"]):
            p = pred.get((s.start, s.end, s.label))
            if p is None:
                continue
            for key in (ALL, lang):
                matched[key] += 1
            for name in RECORD_FIELDS:
                gv, pv = _field(g, name), _field(p, name)
                same = (gv is None) == (pv is None) if name == "range_id" else gv == pv
                for key in (ALL, lang):
                    agree[key, name] += same
                    if name in PHRASE_FIELDS:
                        overlap[key, name] += phrase_overlap(gv, pv)
                if not same:
                    disagreements.append({"doc_id": doc["doc_id"], "start": s.start, "end": s.end,
                                          "text": doc["text"][s.start:s.end], "field": name,
                                          "gold": gv, "pred": pv})
    table = {}
    for key, n in matched.items():
        table[key] = {"matched": n}
        for name in RECORD_FIELDS:
            table[key][name] = agree[key, name] / n
        for name in PHRASE_FIELDS:
            table[key][f"{name}_overlap"] = overlap[key, name] / n
    return {"by_lang": table, "disagreements": disagreements}
