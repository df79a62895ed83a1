"""New values in gold sentences: the words stay, the numbers change.

For each sentence of a (training-fold) gold document that holds mentions, every
mention's span is replaced by a freshly rendered value of the same type, kind
and unit, of a similar magnitude; all other characters are kept, and the spans
are shifted by the length changes before them.
"""
from __future__ import annotations

import math
import random
from decimal import Decimal

from metricner import sentences

from . import quantities, values


def _get(obj, name: str, default=None):
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _number(v) -> float | None:
    if v is None:
        return None
    try:
        return float(Decimal(str(v)))
    except Exception:  # noqa: BLE001 - a gold value that is not a number
        return None


def new_value(old, kind: str, unit: str | None, rng: random.Random):
    """A value of the same kind near the magnitude of `old` (or a fresh draw)."""
    x = _number(old)
    if x is None or x <= 0:
        return values.draw(kind, unit, None, rng)
    factor = math.exp(rng.uniform(math.log(0.3), math.log(3.0)))
    y = x * factor
    if kind == "rate":
        if unit == "%" and x <= 100:
            y = min(y, 99.99)
        return values.exact_decimal(y, rng.choice((0, 1, 2, 2))) or 1
    if kind == "count" and x < 1000:
        return max(1, int(round(y)))
    return max(1, values.round_sig(y, rng))


def _draw_pair(a, b, kind, unit, rng):
    lo, hi = new_value(a, kind, unit, rng), new_value(b, kind, unit, rng)
    if lo == hi:
        hi = values.exact_decimal(float(hi) * 1.5, 2) if kind == "rate" else int(hi) * 2
    return (lo, hi) if lo < hi else (hi, lo)


def augment_sentence(text: str, mentions: list, lang: str, rng: random.Random):
    """(new text, spans) for one sentence; `mentions` carry offsets into `text`."""
    mentions = sorted(mentions, key=lambda m: _get(m, "start"))
    drawn: dict[int, object] = {}
    by_range: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        rid = _get(m, "range_id")
        if rid:
            by_range.setdefault(rid, []).append(i)
    for members in by_range.values():
        if len(members) == 2:
            a, b = (mentions[i] for i in members)
            kind, unit = _get(a, "kind") or "count", _get(a, "unit")
            drawn[members[0]], drawn[members[1]] = _draw_pair(_get(a, "value"), _get(b, "value"), kind, unit, rng)
    out, spans, pos = [], [], 0
    length = 0
    for i, m in enumerate(mentions):
        start, end = _get(m, "start"), _get(m, "end")
        label = _get(m, "type") or _get(m, "label")
        kind = _get(m, "kind") or label.lower()
        unit = _get(m, "unit")
        piece = text[pos:start]
        out.append(piece)
        length += len(piece)
        value = drawn.get(i)
        if value is None:
            value = new_value(_get(m, "value"), kind, unit, rng)
        try:
            if kind == "money" and not unit:
                raise ValueError("money without a currency")
            rendered = quantities.render(value, kind, unit, lang, rng)
        except (ValueError, KeyError):
            rendered, value = text[start:end], _get(m, "value")  # keep what cannot be re-rendered
        out.append(rendered)
        span = {"start": length, "end": length + len(rendered), "label": label, "value": value,
                "unit": unit, "kind": kind}
        if _get(m, "range_id"):
            span["range_id"] = _get(m, "range_id")
        spans.append(span)
        length += len(rendered)
        pos = end
    out.append(text[pos:])
    return "".join(out), spans


def augment_gold(gold_docs, n_per_doc: int = 3, seed: int = 0) -> list[dict]:
    """`n_per_doc` re-rendered copies of every gold sentence that holds mentions.

    gold_docs: metricner.gold.GoldDocument objects (doc_id, lang, text,
    mentions with start/end/type/kind/unit/value) of the TRAINING fold only.
    Returns training examples {"text", "lang", "doc_id", "source", "spans"}.
    """
    out: list[dict] = []
    for doc in gold_docs:
        doc_id, lang, text = _get(doc, "doc_id"), _get(doc, "lang"), _get(doc, "text")
        mentions = list(_get(doc, "mentions") or ())
        sents = [(s, e, [m for m in mentions if s <= _get(m, "start") and _get(m, "end") <= e])
                 for s, e in sentences.split(text)]
        for k in range(n_per_doc):
            rng = random.Random(f"metricner-augment:{seed}:{doc_id}:{k}")
            for j, (s, e, inside) in enumerate(sents):
                if not inside:
                    continue
                local = [_shift(m, -s) for m in inside]
                new_text, spans = augment_sentence(text[s:e], local, lang, rng)
                out.append({
                    "text": new_text,
                    "lang": lang,
                    "doc_id": f"{doc_id}-aug{k}-s{j:03d}",
                    "source": f"gold-augment:{doc_id}",
                    "spans": spans,
                })
    return out


def _shift(m, delta: int) -> dict:
    keys = ("start", "end", "type", "label", "kind", "unit", "value", "range_id")
    d = {key: _get(m, key) for key in keys}
    d["start"] += delta
    d["end"] += delta
    return d
