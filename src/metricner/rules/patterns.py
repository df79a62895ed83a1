"""Regular expressions of one language, built from its tables.

Everything a value expression may contain comes from metricner.lang.<code>.numbers
(number words, scale words, currencies, percent words), so a word added there
is found by the rules too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from metricner import lang as _lang

_LETTER = r"(?:[^\W\d_]|[\u064b-\u0652\u0670])"
# Arabic words take case endings and tanween: "مليونًا", "ألفا".
_AR_ENDING = r"[\u064b-\u0652]*"


def _alternation(keys, code: str, trailing_ending: bool = False) -> str:
    """Case-insensitive alternation of table keys, longest first; a one-letter
    Latin key ("M", "T") matches upper case only. Word keys end on a word
    boundary."""
    parts = []
    for key in sorted(set(keys), key=len, reverse=True):
        if len(key) == 1 and key.isascii() and key.isalpha():
            body = re.escape(key.upper())
        else:
            body = "(?i:" + re.escape(key).replace(r"\ ", r"\s+") + ")"
        if key[-1].isalnum():
            end = _AR_ENDING if code == "ar" else ""
            body += end + rf"(?!{_LETTER})"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(frozen=True)
class Patterns:
    code: str
    digits: re.Pattern[str]       # a numeral in digits
    number_word: re.Pattern[str]  # one number word
    scale: re.Pattern[str]        # [space] scale word
    tail: re.Pattern[str]         # [space] percent word or currency
    prefix: re.Pattern[str]       # currency written before the number, anchored at the end
    bare_scale: re.Pattern[str]   # Arabic: a singular scale word standing for one unit
    compound: re.Pattern[str]     # Arabic: "و450 ألف", "ونصف مليون" after a scale
    percent_words: dict[str, str]
    currencies: dict[str, str]


@lru_cache(maxsize=None)
def patterns(code: str) -> Patterns:
    nums = _lang.get(code).numbers
    ctx = _lang.get(code).context
    groups = "".join(re.escape(g) for g in nums.GROUP_MARKS if g != " ")
    marks = "".join(sorted({re.escape(m) for m in (nums.DECIMAL_MARK, ".", ",")}))
    alts = [
        r"\d{1,4}/\d{1,4}(?![/\d])",  # "180/180" fasilitas
        rf"\d{{1,3}}(?:[{groups},.]\d{{3}})+(?:[{marks}]\d+)?",
    ]
    if " " in nums.GROUP_MARKS:
        alts.insert(1, rf"\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![.,]?\d)(?:{re.escape(nums.DECIMAL_MARK)}\d+)?")
    alts.append(rf"\d+(?:[{marks}]\d+)?")
    digits = re.compile(r"(?<![\d.,/])(?:" + "|".join(alts) + r")(?![\d]|[.,/]\d)")

    words = list(nums.NUMBER_WORDS) + list(getattr(nums, "MULTIPLIER_WORDS", {}))
    number_word = re.compile(_alternation(words, code))
    scale_words = list(nums.SCALE_WORDS)
    scale = re.compile(r"[ \u00a0]?" + _alternation(scale_words, code))
    currencies = {k.lower(): v for k, v in nums.CURRENCIES.items()}
    unresolved = list(getattr(nums, "UNRESOLVED_CURRENCIES", {}))
    percent_words = {k.lower(): v for k, v in nums.PERCENT_WORDS.items()}
    tail = re.compile(r"[ \u00a0]?" + _alternation(list(percent_words) + list(currencies) + unresolved, code))
    prefixes = getattr(nums, "CURRENCY_PREFIXES", ())
    prefix = re.compile(r"(?<!" + _LETTER + r")" + _alternation(prefixes, code) + r"[ \u00a0]?$")
    bare = getattr(ctx, "BARE_SCALE_WORDS", ())
    bare_scale = re.compile(r"(?<!" + _LETTER + r")" + _alternation(bare, code)) if bare else re.compile("(?!)")
    if code == "ar":
        compound = re.compile(
            r"\s+و\s*(?:نصف(?:\s+" + _alternation(scale_words, code) + r")?|"
            r"\d+(?:[.,]\d+)*(?:\s+" + _alternation(scale_words, code) + r")?)"
        )
    else:
        compound = re.compile("(?!)")
    return Patterns(code, digits, number_word, scale, tail, prefix, bare_scale, compound,
                    percent_words, currencies)


def fold_key(surface: str) -> str:
    """A matched surface in the form table keys are written in."""
    return re.sub(r"\s+", " ", re.sub("[\u064b-\u0652]", "", surface.strip())).lower()
