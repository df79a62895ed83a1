"""Guess the language of a text: Arabic by script, Indonesian or Norwegian by
frequent function words (metricner.lang.<code>.context.DETECT_CUES) and the
letters æ, ø, å. Returns None when the evidence is thin or split."""
from __future__ import annotations

import re
from functools import lru_cache

from metricner import lang as _lang

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 4000  # characters read; enough for a verdict, keeps it fast
MIN_HITS = 3     # cue words needed for a verdict
MARGIN = 2.0     # the winner needs this many times the runner-up's hits


@lru_cache(maxsize=None)
def _cues(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _lang.get(code).context.DETECT_CUES)


def detect(text: str) -> str | None:
    """"id", "nb", "ar" or None."""
    sample = text[:_SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 3:
        return None
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    if arabic / len(letters) > 0.5:
        return "ar"
    if arabic / len(letters) > 0.2:
        return None
    tokens = [t.lower() for t in _WORD.findall(sample)]
    scores = {code: sum(1 for t in tokens if t in _cues(code)) for code in ("id", "nb")}
    scores["nb"] += 2 * sum(1 for c in sample.lower() if c in "æøå")
    (best, top), (_, second) = sorted(scores.items(), key=lambda kv: -kv[1])
    if top >= MIN_HITS and top >= MARGIN * second:
        return best
    return None
