"""Sentence spans: lines are boundaries; numbers and abbreviations stay whole."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metricner.sentences import split

CASES = [
    ("Jumlah peserta 1.876 orang. Cakupan 98,02% tercapai.",
     ["Jumlah peserta 1.876 orang.", "Cakupan 98,02% tercapai."]),
    ("Sammen med enheter i blokk nr. 09 besøkte de. Det gikk bra.",
     ["Sammen med enheter i blokk nr. 09 besøkte de.", "Det gikk bra."]),
    ("Beløpet er 4 mrd. kroner i år. Neste setning!", ["Beløpet er 4 mrd. kroner i år.", "Neste setning!"]),
    ("Linje én\nLinje to\r\n\r\nLinje tre", ["Linje én", "Linje to", "Linje tre"]),
    ("تم استلام 121,804 سجلات. وأعيد أكثر من 95% منها.", ["تم استلام 121,804 سجلات.", "وأعيد أكثر من 95% منها."]),
    ("Apa kabar? Baik.", ["Apa kabar?", "Baik."]),
    ("", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split(text, expected):
    assert [text[s:e] for s, e in split(text)] == expected


@given(st.text(max_size=300))
def test_spans_are_ordered_trimmed_and_inside(text):
    prev = 0
    for s, e in split(text):
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]
        prev = e
