"""`NumberPrefilter`: run a tagger only on sentences that can hold a metric.

Every COUNT, RATE, MONEY and TARGET span holds a number, written in digits or
in words. A sentence with neither a digit nor a number word of its language
cannot hold one, so the wrapped tagger never sees it; its mentions come back
with offsets into the whole text. Which words count as number words is read
from the language tables (`metricner.lang.<code>.numbers`), not kept here.

Words for "one" are left out: in Norwegian they are also the indefinite
article ("en", "et", "ei") and would let nearly every sentence through; "én
million" still passes on "million".

Numbers that are never metrics do not let a sentence through on their own
(`can_hold_metric`): full dates ("13/1/2025"), year ranges ("2024–2028") and
four-digit years after a year word or month name of the language ("tahun
2025", "innen 2030", "عام 2025"; `YEAR_CUES` and `MONTHS` in
`metricner.lang.<code>.context`) or glued to a word ("2025-planen"). A year
that a counted noun, a percent, scale or currency word follows ("2022
متقاعدًا") still counts as a number, so does one with no year word before it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from metricner import context as ctxr
from metricner import distractors
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
    return bool(_DIGIT.search(sentence)) or _number_word(sentence, lang)


def _number_word(sentence: str, lang: str) -> bool:
    words = number_words(lang)
    prefixes = _prefixes(lang)
    for w in _WORD.findall(sentence.lower()):
        if w in words:
            return True
        for p in prefixes:
            if w.startswith(p) and w[len(p):] in words:
                return True
    return False


@lru_cache(maxsize=None)
def _unit_words(lang: str) -> frozenset[str]:
    """Words after a number that make it a quantity: scale, percent and currency words."""
    mod = _lang.get(lang).numbers
    return number_words(lang) | frozenset(ctxr.fold(k) for k in getattr(mod, "CURRENCIES", {}))


def _quantity_follows(sentence: str, end: int, lang: str) -> bool:
    rest = sentence[end:end + 2].lstrip()
    if rest[:1] in ("%", "\u066a"):
        return True
    nxt = ctxr.next_word(sentence, end)
    if nxt is None:
        return False
    return ctxr.fold(nxt[2]) in _unit_words(lang) or ctxr.counted_noun(sentence, end, lang) is not None


def _is_year(sentence: str, start: int, end: int, lang: str) -> bool:
    """The four-digit number sentence[start:end] is a year, not a quantity."""
    if _quantity_follows(sentence, end, lang):
        return False
    if sentence[end:end + 1] == "-" and sentence[end + 1:end + 2].isalpha():
        return True  # "2025-planen"
    prev = ctxr.prev_word(sentence, start)
    if prev is None or sentence[prev[1]:start].strip():
        return False
    word = prev[2]
    return ctxr.in_table(word, lang, "YEAR_CUES") or ctxr.is_month(word, lang)


def can_hold_metric(sentence: str, lang: str) -> bool:
    """True when `sentence` holds a number word of `lang` or a digit that is
    not part of a full date, a year range or a year (module docstring);
    False when it holds no number or only those."""
    if _number_word(sentence, lang):
        return True
    if not _DIGIT.search(sentence):
        return False
    covered: list[tuple[int, int]] = [m.span() for m in distractors.FULL_DATE.finditer(sentence)]
    for m in distractors.YEAR_RANGE.finditer(sentence):
        if not _quantity_follows(sentence, m.end(), lang):
            covered.append(m.span())
    for m in distractors.YEAR.finditer(sentence):
        if _is_year(sentence, m.start(), m.end(), lang):
            covered.append(m.span())
    return any(not any(s <= d.start() < e for s, e in covered) for d in _DIGIT.finditer(sentence))


class NumberPrefilter:
    """A `Tagger` that hands only sentences that can hold a metric to `inner`
    (`can_hold_metric`: a number that is not a date or a year)."""

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
                if can_hold_metric(text[s:e], lang):
                    where.append((i, s))
                    kept.append(text[s:e])
                    kept_langs.append(lang)
        out: list[list[Mention]] = [[] for _ in texts]
        tagged = self.inner.tag(kept, kept_langs) if kept else []
        for (i, off), mentions in zip(where, tagged):
            out[i].extend(Mention(m.label, m.start + off, m.end + off, m.text, m.score)
                          for m in mentions)
        return out
