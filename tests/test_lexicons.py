"""The number tables: NFKC-normal, lower-case, no conflicting entries, right values."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from metricner import lang as langs
from metricner.numbers.iso4217 import ISO_4217

TABLES = ("NUMBER_WORDS", "MULTIPLIER_WORDS", "SCALE_WORDS", "CURRENCIES", "PERCENT_WORDS",
          "FRACTION_WORDS", "MULTIPLE_WORDS", "UNRESOLVED_CURRENCIES")
TUPLES = ("VAGUE_WORDS", "PLURAL_SCALE_WORDS", "SELF_COUNTING_SCALES", "CONJUNCTIONS", "RATIO_CONNECTORS")


def _numbers(code):
    return langs.get(code).numbers


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_entries_nfkc_and_lower(code):
    t = _numbers(code)
    for name in TABLES + TUPLES:
        for key in getattr(t, name):
            assert key == unicodedata.normalize("NFKC", key), f"{code}.{name}: {key!r} is not NFKC-normal"
            assert key == key.lower(), f"{code}.{name}: {key!r} is not lower-case"
            assert key == key.strip() and "  " not in key, f"{code}.{name}: {key!r} has stray spaces"


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_conventions(code):
    t = _numbers(code)
    assert t.DECIMAL_MARK not in t.GROUP_MARKS
    assert t.DECIMAL_MARK in (".", ",")


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_no_conflicting_meanings(code):
    """A surface form means one thing, except the listed pairs that the engine resolves."""
    t = _numbers(code)
    allowed = {frozenset({"NUMBER_WORDS", "MULTIPLIER_WORDS"}), frozenset({"VAGUE_WORDS", "PLURAL_SCALE_WORDS"})}
    seen: dict[str, str] = {}
    for name in TABLES + ("VAGUE_WORDS", "CONJUNCTIONS", "RATIO_CONNECTORS"):
        for key in getattr(t, name):
            if key in seen and seen[key] != name:
                assert frozenset({seen[key], name}) in allowed, f"{code}: {key!r} is in both {seen[key]} and {name}"
            seen.setdefault(key, name)
    for key in set(t.NUMBER_WORDS) & set(t.MULTIPLIER_WORDS):
        assert t.NUMBER_WORDS[key] == t.MULTIPLIER_WORDS[key], f"{code}: {key!r} has two values"


@pytest.mark.parametrize("code", langs.SUPPORTED)
def test_tables_consistent(code):
    t = _numbers(code)
    for v in t.CURRENCIES.values():
        assert v in ISO_4217, f"{code}: {v} is not an ISO 4217 code"
    assert set(t.PERCENT_WORDS.values()) <= {"%", "pp", "times"}
    for name in ("PLURAL_SCALE_WORDS", "SELF_COUNTING_SCALES"):
        for w in getattr(t, name):
            assert w in t.SCALE_WORDS, f"{code}: {name} entry {w!r} is not a scale word"
    for w in t.DUAL_SCALE_WORDS:
        assert w in t.SCALE_WORDS
    for w in t.CURRENCY_PREFIXES:
        assert w in t.CURRENCIES
    for v in t.FRACTION_WORDS.values():
        assert isinstance(v, Decimal) and 0 < v < 2
    for v in t.SCALE_WORDS.values():
        assert v in (10**3, 10**6, 10**9, 10**12)


@pytest.mark.parametrize("code,word,value", [
    ("nb", "billion", 10**12), ("nb", "billioner", 10**12), ("nb", "milliard", 10**9),
    ("nb", "mrd.", 10**9), ("nb", "mill.", 10**6), ("nb", "tusen", 10**3),
    ("id", "miliar", 10**9), ("id", "m", 10**9), ("id", "t", 10**12), ("id", "triliun", 10**12),
    ("id", "jt", 10**6), ("id", "rb", 10**3),
    ("ar", "مليار", 10**9), ("ar", "مليارات", 10**9), ("ar", "ملياران", 10**9),
    ("ar", "مليون", 10**6), ("ar", "ملايين", 10**6), ("ar", "ألف", 10**3), ("ar", "آلاف", 10**3),
    ("ar", "تريليون", 10**12),
])
def test_scale_values(code, word, value):
    assert _numbers(code).SCALE_WORDS[word] == value


@pytest.mark.parametrize("code,form,iso", [
    ("nb", "kr", "NOK"), ("nb", "svenske kroner", "SEK"), ("nb", "danske kroner", "DKK"),
    ("id", "rp", "IDR"), ("id", "đồng", "VND"), ("ar", "دونج", "VND"), ("ar", "دونغ", "VND"),
    ("ar", "ريال", "SAR"), ("ar", "ريال عماني", "OMR"), ("ar", "ريال قطري", "QAR"),
    ("ar", "ريال يمني", "YER"), ("ar", "جنيه", "EGP"), ("ar", "جنيه استرليني", "GBP"), ("ar", "درهم", "AED"),
])
def test_currency_codes(code, form, iso):
    assert _numbers(code).CURRENCIES[form] == iso


def test_arabic_words_are_base_letters():
    """No presentation forms (U+FB50..U+FEFF): they would never match normalised text."""
    t = _numbers("ar")
    for name in TABLES + TUPLES:
        for key in getattr(t, name):
            assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in key), f"ar.{name}: {key!r}"
