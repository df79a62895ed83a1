"""Turn tagged spans into records: parse each span, read its sentence, pair
ranges, map offsets back to the original text."""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from metricner import context as ctxr
from metricner import sentences
from metricner.schema import Mention, MetricRecord, Quantity
from metricner.textnorm import NormalizedText

_LEADING_NUMERAL = re.compile(r"\(?\d[\d.,\u00a0 ]*\d\)?|\(?\d\)?")


def _parse(text: str, lang: str) -> Quantity:
    from metricner.numbers.parse import parse_quantity

    try:
        return parse_quantity(text, lang)
    except Exception as exc:  # a record with a reason beats a lost mention
        return Quantity(None, None, "count", (f"could not parse {text!r}: {exc}",))


def build_records(
    norm: NormalizedText,
    mentions: Sequence[Mention],
    lang: str,
    doc_id: str,
    extractor: str,
) -> list[MetricRecord]:
    """One MetricRecord per mention, sorted by start in the original text.

    `mentions` index `norm.text`; records index `norm.original`.
    """
    text = norm.text
    sents = sentences.split(text)
    ms = sorted(mentions, key=lambda m: (m.start, m.end))
    quantities = [_parse(m.text, lang) for m in ms]
    extra_warnings: list[list[str]] = [[] for _ in ms]
    range_ids: list[str | None] = [None] * len(ms)
    join = ctxr.range_join(lang)
    n_ranges = 0
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if join is None or range_ids[i] is not None or a.end > b.start:
            continue
        gap = text[a.end:b.start]
        if not ((join.fullmatch(gap) and gap) or gap.strip() == ctxr.between_joiner(text, a.start, lang)):
            continue
        n_ranges += 1
        range_ids[i] = range_ids[i + 1] = f"{doc_id}#r{n_ranges}"
        qa, qb = quantities[i], quantities[i + 1]
        head = _LEADING_NUMERAL.match(b.text)
        tail = b.text[head.end():] if head else ""
        if tail.strip() and _LEADING_NUMERAL.fullmatch(a.text.strip()):
            q = _parse(a.text + tail, lang)
            if q.value is not None:
                quantities[i] = q
                extra_warnings[i].append(f"unit and scale taken from the range end {b.text!r}")
        elif qa.unit is None and qb.unit is not None:
            quantities[i] = Quantity(qa.value, qb.unit, qb.kind, qa.warnings)
            extra_warnings[i].append(f"unit taken from the range end {b.text!r}")

    records: list[MetricRecord] = []
    for i, m in enumerate(ms):
        q = quantities[i]
        ss, se = _sentence_of(sents, m.start, m.end, len(text))
        sent = text[ss:se]
        rs, re_ = m.start - ss, m.end - ss
        warnings = list(q.warnings) + extra_warnings[i]
        kind = q.kind if m.label == "TARGET" else m.label.lower()
        if m.label != "TARGET" and q.kind != kind and q.value is not None:
            warnings.append(f"tagged {m.label} but the expression reads as {q.kind}")
        unit = q.unit
        if kind == "count":
            unit = ctxr.count_unit(sent, re_, lang)
            if unit == "other" and range_ids[i] and i + 1 < len(ms) and range_ids[i + 1] == range_ids[i]:
                # a range start takes the counted noun of its end ("3 و3.5 ملايين مواطن")
                unit = ctxr.count_unit(text, ms[i + 1].end, lang)
        elif kind == "money" and unit is None:
            warnings.append("no currency in the span; unit unknown")
        elif kind == "rate" and unit is None:
            unit = "%"
            warnings.append("no percent sign in the span; unit '%' assumed")
        os_, oe = norm.span_to_original(m.start, m.end)
        oss, ose = norm.span_to_original(ss, se)
        records.append(MetricRecord(
            doc_id=doc_id,
            lang=lang,
            type=m.label,
            text=norm.original[os_:oe],
            start=os_,
            end=oe,
            value=q.value,
            unit=unit,
            kind=kind,
            qualifier=ctxr.qualifier(sent, rs, re_, lang),
            change=ctxr.change(sent, rs, re_, lang),
            per=ctxr.per(sent, rs, re_, lang),
            range_id=range_ids[i],
            warnings=warnings,
            subject=ctxr.subject(sent, rs, re_, lang),
            period=ctxr.period(sent, lang),
            score=m.score,
            sentence=norm.original[oss:ose],
            extractor=extractor,
        ))
    records.sort(key=lambda r: (r.start, r.end))
    return records


def _sentence_of(sents: list[tuple[int, int]], start: int, end: int, n: int) -> tuple[int, int]:
    # sentences are sorted and disjoint: the candidate is the last one starting at or before `start`
    i = bisect.bisect_right(sents, (start, float("inf"))) - 1
    if i >= 0:
        s, e = sents[i]
        if s <= start < e:
            return s, max(e, end)
    return max(0, start), min(n, end)
