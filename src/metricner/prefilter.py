"""`NumberPrefilter`: run a tagger only on sentences that can hold a metric.

Every COUNT, RATE, MONEY and TARGET span holds a number, written in digits or
in words. A sentence with neither a digit nor a number word of its language
cannot hold one, so the wrapped tagger never sees it; its mentions come back
with offsets into the whole text. Which words count as number words is read
from the language tables (`metricner.lang.<code>.numbers`), not kept here.

Words for "one" are left out: in Norwegian they are also the indefinite
article ("en", "et", "ei") and would let nearly every sentence through; "én
million" still passes on "million".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from metricner import lang as _lang
from metricner import sentences
from metricner.schema import Mention
from metricner.tagging import Tagger

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
NUMBER_TABLES = ("NUMBER_WORDS", "SCALE_WORDS", "DUAL_SCALE_WORDS", "PLURAL_SCALE_WORDS",
                 "FRACTION_WORDS", "MULTIPLIER_WORDS", "MULTIPLE_WORDS", "PERCENT_WORDS")


@lru_cache(maxsize=None)
def number_words(lang: str) -> frozenset[str]:
    """Single words (lower-cased) that make a number without digits in `lang`."""
    mod = _lang.get(lang).numbers
    words: set[str] = set()
    for name in NUMBER_TABLES:
        table = getattr(mod, name, None) or ()
        items = table.items() if isinstance(table, dict) else ((k, None) for k in table)
        for key, value in items:
            if isinstance(key, str) and len(key.split()) == 1 and value != 1:
                words.add(key.lower())
    return frozenset(w for w in words if len(w) > 1 and not w.isdigit())


@lru_cache(maxsize=None)
def _prefixes(lang: str) -> tuple[str, ...]:
    return tuple(getattr(_lang.get(lang).numbers, "WORD_PREFIXES", ()) or ())


def has_number(sentence: str, lang: str) -> bool:
    """True when `sentence` holds a digit or a number word of `lang` (also
    behind a prefix of the language, as Arabic "بمليون")."""
    if _DIGIT.search(sentence):
        return True
    words = number_words(lang)
    prefixes = _prefixes(lang)
    for w in _WORD.findall(sentence.lower()):
        if w in words:
            return True
        for p in prefixes:
            if w.startswith(p) and w[len(p):] in words:
                return True
    return False


class NumberPrefilter:
    """A `Tagger` that hands only sentences with a number to `inner`."""

    def __init__(self, inner: Tagger):
        self.inner = inner
        self.extractor = inner.extractor + "+prefilter"

    def tag(self, texts: Sequence[str], langs: Sequence[str]) -> list[list[Mention]]:
        if len(langs) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(langs)} languages")
        where: list[tuple[int, int]] = []  # (text index, sentence start)
        kept: list[str] = []
        kept_langs: list[str] = []
        for i, (text, lang) in enumerate(zip(texts, langs)):
            for s, e in sentences.split(text):
                if has_number(text[s:e], lang):
                    where.append((i, s))
                    kept.append(text[s:e])
                    kept_langs.append(lang)
        out: list[list[Mention]] = [[] for _ in texts]
        tagged = self.inner.tag(kept, kept_langs) if kept else []
        for (i, off), mentions in zip(where, tagged):
            out[i].extend(Mention(m.label, m.start + off, m.end + off, m.text, m.score)
                          for m in mentions)
        return out
