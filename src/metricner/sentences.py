"""Sentence spans of a text.

A line break always ends a sentence. Inside a line, ".", "!", "?", "؟" and "…"
end one when followed by white space and then a capital letter, an Arabic
letter, a digit-free opening quote or bracket. A full stop inside a number
("1.876", "98,02") is never followed by white space, so numbers stay whole;
abbreviations that introduce a name or a number ("nr.", "kr.", "bl.a.") do not
end a sentence whatever follows.
"""
from __future__ import annotations

import re

from metricner import lang as _lang

_END = re.compile(r"[.!?؟…]+[\"'”»)]*(?=\s+[\"'“«(\[]?(?:[A-ZÆØÅÀ-Ý]|[\u0600-\u06ff]))")
_ABBREV = frozenset(
    a.lower()
    for code in _lang.SUPPORTED
    for a in _lang.get(code).context.ABBREVIATIONS
)


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding white space; empty
    lines give no sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        _split_line(text, pos, pos + len(line.rstrip("\r\n")), spans)
        pos += len(line)
    return spans


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    s = start
    for m in _END.finditer(text, start, end):
        if m.group().startswith(".") and _is_abbreviation(text, s, m.start()):
            continue
        _add(text, s, m.end(), out)
        s = m.end()
    _add(text, s, end, out)


def _is_abbreviation(text: str, s: int, dot: int) -> bool:
    m = re.search(r"(?:^|[\s(])((?:[^\W\d_]+\.)*[^\W\d_]+)$", text[s:dot])
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV


def _add(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append((s, e))
