"""Turn records, documents, gold mentions and error rows into the data the
report page shows: one JSON-ready dict with documents, records (offsets in
UTF-16 units), failures and a summary computed here, not in the browser."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from metricner.report.compare import CORRECT, MISSED, SPURIOUS, WRONG_TYPE, compare
from metricner.report.offsets import utf16_converter
from metricner.schema import MENTION_TYPES

DEFAULT_THRESHOLD = 0.6
RTL_LANGS = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv"})


def _as_dict(row: Any) -> dict:
    if isinstance(row, Mapping):
        return dict(row)
    to_dict = getattr(row, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"expected a record dict, got {type(row).__name__}")


def is_error_row(row: Mapping) -> bool:
    """An error row says why a document failed: {"doc_id", "error"}, no span."""
    return "error" in row and "start" not in row


def format_value(value: Any) -> str | None:
    """The normalised value as shown: thousands grouped, no float artefacts."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _number(value: Any) -> float | None:
    """A finite float for sorting, or None."""
    try:
        n = None if value is None or isinstance(value, bool) else float(value)
    except (TypeError, ValueError):
        return None
    return n if n is not None and math.isfinite(n) else None


def _score(value: Any) -> float | None:
    n = _number(value)
    return None if n is None else round(n, 4)


def review_reasons(rec: Mapping, threshold: float) -> list[str]:
    """Why a record needs a person's look (empty list: it does not)."""
    reasons = []
    score = _number(rec.get("score"))
    if score is not None and score < threshold:
        reasons.append(f"low score {score:.2f}")
    if rec.get("value") is None:
        reasons.append("no value")
    return reasons


def _detect(text: str) -> str | None:
    """The document's language when neither the input nor a record says it."""
    try:
        from metricner.langdetect import detect
    except ImportError:
        return None
    try:
        return detect(text)
    except Exception:  # noqa: BLE001 - a report without a language beats no report
        return None


def _drop_empty(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != ""}


def build_payload(
    records: Iterable[Any],
    documents: Mapping[str, Mapping] | None = None,
    gold: Iterable[Mapping] | None = None,
    errors: Iterable[Mapping] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    gold_doc_ids: Iterable[str] | None = None,
) -> dict:
    """Everything the page shows. Error rows mixed into `records` are moved to
    the failures. Gold, when given, is compared for the documents it covers:
    `gold_doc_ids` (default: the doc_ids of the gold rows)."""
    documents = dict(documents or {})
    recs: list[dict] = []
    errs: list[dict] = [dict(e) for e in (errors or ())]
    for row in records:
        row = _as_dict(row)
        (errs if is_error_row(row) else recs).append(row)
    gold_rows = [dict(g) for g in gold] if gold is not None else None

    # Document order: given documents, then as met in records, gold, errors.
    order: dict[str, None] = dict.fromkeys(str(k) for k in documents)
    for row in recs:
        order.setdefault(str(row.get("doc_id")), None)
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    if gold_rows is not None:
        for g in gold_rows:
            gold_by_doc[str(g.get("doc_id"))].append(g)
            order.setdefault(str(g.get("doc_id")), None)
    errors_by_doc: dict[str, list[str]] = defaultdict(list)
    for e in errs:
        doc_id = str(e.get("doc_id"))
        errors_by_doc[doc_id].append(str(e.get("error")))
        order.setdefault(doc_id, None)
    gold_docs: set[str] | None = None
    if gold_rows is not None:
        gold_docs = set(map(str, gold_doc_ids)) if gold_doc_ids is not None else set(gold_by_doc)
        for d in sorted(gold_docs - set(order)):
            order.setdefault(d, None)

    doc_ids = list(order)
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    recs_by_doc: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(recs):
        recs_by_doc[str(row.get("doc_id"))].append(i)

    out_docs: list[dict] = []
    out_recs: list[dict | None] = [None] * len(recs)
    by_lang_type: dict[str, Counter] = defaultdict(Counter)
    gold_totals = Counter()
    gold_by_type: dict[str, Counter] = defaultdict(Counter)

    for doc_id in doc_ids:
        info = documents.get(doc_id) or {}
        text = info.get("text")
        rec_ids = recs_by_doc.get(doc_id, [])
        lang = info.get("lang") or next(
            (recs[i].get("lang") for i in rec_ids if recs[i].get("lang")), None
        ) or next((g.get("lang") for g in gold_by_doc.get(doc_id, []) if g.get("lang")), None)
        if not lang and isinstance(text, str):
            lang = _detect(text)
        to16 = utf16_converter(text) if isinstance(text, str) else None
        doc = _drop_empty({
            "id": doc_id,
            "lang": lang,
            "text": text if isinstance(text, str) else None,
            "r": rec_ids,
            "err": errors_by_doc.get(doc_id),
        })
        doc["dir"] = "rtl" if lang in RTL_LANGS else "ltr"

        doc_recs = [recs[i] for i in rec_ids]
        comparison = None
        if gold_docs is not None and doc_id in gold_docs:
            comparison = compare(doc_recs, gold_by_doc.get(doc_id, []))
            doc["gold"] = True

        for j, i in enumerate(rec_ids):
            row = recs[i]
            rtype = str(row.get("type"))
            by_lang_type[str(lang or row.get("lang") or "?")][rtype] += 1
            start, end = row.get("start"), row.get("end")
            rec = {
                "d": doc_index[doc_id],
                "t": rtype,
                "x": row.get("text"),
                "v": format_value(row.get("value")),
                "n": _number(row.get("value")),
                "u": row.get("unit"),
                "k": row.get("kind"),
                "q": row.get("qualifier"),
                "c": row.get("change"),
                "p": row.get("per"),
                "rg": row.get("range_id"),
                "w": list(row.get("warnings") or []),
                "sj": row.get("subject"),
                "pd": row.get("period"),
                "sc": _score(row.get("score")),
                "ex": row.get("extractor"),
                "rv": review_reasons(row, threshold),
            }
            placed = (
                to16 is not None and isinstance(start, int) and isinstance(end, int)
                and 0 <= start < end <= len(text)
            )
            if placed and row.get("text") is not None and text[start:end] != row.get("text"):
                rec["rv"].append("span text differs from the document at its offsets")
            if placed:
                rec["s"], rec["e"] = to16(start), to16(end)
            else:
                if to16 is not None:
                    rec["rv"].append("offsets outside the document")
                rec["sn"] = row.get("sentence")
            if comparison is not None:
                cls = comparison.record_classes[j]
                rec["g"] = cls
                gold_totals[SPURIOUS if cls == WRONG_TYPE else cls] += 1
                gold_totals[WRONG_TYPE] += cls == WRONG_TYPE
                gold_by_type[rtype][CORRECT if cls == CORRECT else SPURIOUS] += 1
            out_recs[i] = _drop_empty(rec)

        if comparison is not None:
            missed = []
            for g, as_type in zip(comparison.missed, comparison.missed_as):
                gtype = str(g.get("type"))
                gold_totals[MISSED] += 1
                gold_by_type[gtype][MISSED] += 1
                start, end = g.get("start"), g.get("end")
                m = {"t": gtype, "x": g.get("text"), "as": as_type,
                     "v": format_value(g.get("value")), "u": g.get("unit")}
                if to16 is not None and isinstance(start, int) and isinstance(end, int) \
                        and 0 <= start < end <= len(text):
                    m["s"], m["e"] = to16(start), to16(end)
                missed.append(_drop_empty(m))
            doc["m"] = missed
            doc["gc"] = [comparison.correct, len(missed), comparison.spurious]
        out_docs.append(doc)

    summary = _summary(out_docs, out_recs, errs, by_lang_type, gold_totals, gold_by_type,
                       gold_docs is not None)
    return {
        "meta": {"threshold": threshold, "gold": gold_docs is not None,
                 "types": summary["types"]},
        "docs": out_docs,
        "recs": out_recs,
        "summary": summary,
    }


def _prf(c: int, m: int, s: int) -> dict:
    p = c / (c + s) if c + s else 0.0
    r = c / (c + m) if c + m else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"correct": c, "missed": m, "spurious": s,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _summary(docs, recs, errs, by_lang_type, gold_totals, gold_by_type, has_gold) -> dict:
    seen_types = {t for c in by_lang_type.values() for t in c} | set(gold_by_type)
    types = list(MENTION_TYPES) + sorted(seen_types - set(MENTION_TYPES))
    langs = sorted(by_lang_type, key=lambda lang: (-sum(by_lang_type[lang].values()), lang))
    reasons: dict[str, list[str]] = defaultdict(list)
    for e in errs:
        reasons[str(e.get("error"))].append(str(e.get("doc_id")))
    docs_by_lang = Counter(d.get("lang") or "?" for d in docs)
    summary = {
        "documents": len(docs),
        "documents_by_lang": dict(docs_by_lang.most_common()),
        "documents_with_mentions": sum(1 for d in docs if d.get("r")),
        "mentions": len(recs),
        "types": types,
        "by_lang_type": {lang: {t: by_lang_type[lang].get(t, 0) for t in types} for lang in langs},
        "by_type": {t: sum(by_lang_type[lang].get(t, 0) for lang in langs) for t in types},
        "needs_review": sum(1 for r in recs if r.get("rv")),
        "failed": len({str(e.get("doc_id")) for e in errs}),
        "failures": sorted(([reason, ids] for reason, ids in reasons.items()),
                           key=lambda item: (-len(item[1]), item[0])),
    }
    if has_gold:
        total = _prf(gold_totals[CORRECT], gold_totals[MISSED], gold_totals[SPURIOUS])
        total["wrong_type"] = gold_totals[WRONG_TYPE]
        summary["gold"] = {
            "total": total,
            "by_type": {t: _prf(gold_by_type[t][CORRECT], gold_by_type[t][MISSED],
                                gold_by_type[t][SPURIOUS]) for t in types},
        }
    return summary
