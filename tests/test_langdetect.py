"""Language detection: script for Arabic, cue words for Indonesian/Norwegian."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from metricner.langdetect import detect

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_LANGS = {"000": "id", "001": "nb", "002": "id", "003": "ar", "004": "nb"}

CASES = [
    ("Jumlah peserta jaminan kesehatan adalah 1.164.498 orang dan cakupan mencapai 98%.", "id"),
    ("Hele provinsen har mer enn 1 million mennesker som deltar i sosialtrygd og helsetrygd.", "nb"),
    ("تم استلام 121,804 سجلات، منها 88.2% عبر المعاملات الإلكترونية.", "ar"),
    ("", None),
    ("12 345 % 98", None),
    ("Hanoi", None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_detect(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("prefix,expected", sorted(SEED_LANGS.items()))
def test_seeds(prefix, expected):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    assert detect(path.read_text(encoding="utf-8")) == expected


@given(st.text(max_size=200))
def test_never_fails(text):
    assert detect(text) in ("id", "nb", "ar", None)
