"""Repairs of the model's decoded spans that need the language's number format.

Sub-word pieces do not follow digit groups, and the model sometimes labels
the groups of one number as two spans: "2 383 enheter" as ``2`` (COUNT) and
``383`` (TARGET). `join_split_numbers` rejoins two spans when only one group
mark of the language lies between them and the second starts with a full
group of three digits, so that together they read as one grouped numeral
("2 383", "1.164" + ".498"); the joined span takes the type with the most
probability over all its pieces, not the first piece's.

The group marks come from the language tables (`GROUP_MARKS` in
`metricner.lang.<code>.numbers`), nothing is kept here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from metricner import lang as _lang
from metricner.schema import Mention

_HEAD_GROUP = re.compile(r"^\d{3}(?!\d)")

#: span -> {type: probability mass over its pieces}; None when not known
TypeMass = Callable[[int, int], dict[str, float] | None]


@lru_cache(maxsize=None)
def group_marks(lang: str) -> tuple[str, ...]:
    marks = tuple(getattr(_lang.get(lang).numbers, "GROUP_MARKS", ()) or ())
    # a no-break or thin space groups wherever a space does (text may be unnormalised)
    if " " in marks:
        marks += ("\u00a0", "\u202f", "\u2009")
    return marks


def splits_one_number(text: str, left: Mention, right: Mention, lang: str) -> bool:
    """True when `left` and `right` are the digit groups of one numeral."""
    if right.start <= left.end:
        return False
    gap = text[left.end : right.start]
    if gap not in group_marks(lang) or not _HEAD_GROUP.match(text[right.start : right.end]):
        return False
    return bool(_grouped_tail(gap).search(text[left.start : left.end]))


@lru_cache(maxsize=None)
def _grouped_tail(mark: str) -> re.Pattern[str]:
    """A numeral grouped by `mark` ("1", "383", "1 164") at the end of a span,
    not preceded by a digit or a decimal part."""
    m = re.escape(mark)
    return re.compile(rf"(?<![\d.,])(?<!\d{m})\d{{1,3}}(?:{m}\d{{3}})*$")


def join_split_numbers(text: str, mentions: Sequence[Mention], lang: str | None,
                       type_mass: TypeMass | None = None) -> list[Mention]:
    """`mentions` (sorted by start) with split numerals joined (see the module docstring)."""
    if not lang or len(mentions) < 2:
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and splits_one_number(text, prev, m, lang):
            start, end = prev.start, m.end
            label = prev.label if prev.label == m.label else _majority(prev, m, start, end, type_mass)
            n_prev, n_m = prev.end - prev.start, m.end - m.start
            score = (prev.score * n_prev + m.score * n_m) / (n_prev + n_m)
            out[-1] = Mention(label, start, end, text[start:end], score)
        else:
            out.append(m)
    return out


def _majority(a: Mention, b: Mention, start: int, end: int, type_mass: TypeMass | None) -> str:
    mass = type_mass(start, end) if type_mass is not None else None
    if mass:
        return max(mass, key=lambda k: mass[k])
    return a.label if a.score * (a.end - a.start) >= b.score * (b.end - b.start) else b.label
