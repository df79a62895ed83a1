"""build_records: values, units, context fields, ranges and offsets back to
the original text (NBSP, Arabic-Indic digits, CRLF, emoji)."""
from __future__ import annotations

import pytest

from metricner.records import build_records
from metricner.rules import RulesTagger
from metricner.textnorm import normalize

TAGGER = RulesTagger()


def _records(original: str, code: str):
    norm = normalize(original)
    mentions = TAGGER.tag([norm.text], [code])[0]
    return build_records(norm, mentions, code, "doc", TAGGER.extractor)


OFFSET_CASES = [
    ("🙂 Byen hadde\u00a0217\u00a0500 deltakere.\r\nAndelen var 49,4\u00a0% 🙂", "nb",
     ["217\u00a0500", "49,4\u00a0%"]),
    ("\ufeffJumlah peserta 155.934 orang;\r\ncakupan 98,02% 🙂.", "id", ["155.934", "98,02%"]),
    ("تم استلام \u0661\u0662\u0661\u066c\u0668\u0660\u0664 سجلات، منها \u0668\u0668\u066b\u0662\u066a 🙂", "ar",
     ["\u0661\u0662\u0661\u066c\u0668\u0660\u0664", "\u0668\u0668\u066b\u0662\u066a"]),
    ("و\u200c315 شخصًا\r\n", "ar", ["315"]),
]


@pytest.mark.parametrize("original,code,expected", OFFSET_CASES)
def test_offsets_round_trip(original, code, expected):
    records = _records(original, code)
    assert [r.text for r in records] == expected
    for r in records:
        assert original[r.start:r.end] == r.text
        assert r.sentence and r.sentence in original


def test_fields_of_a_money_record():
    (r,) = _records("Dalam 6 bulan pertama tahun ini, lebih dari 1.876 miliar VND tunjangan dibayarkan.", "id")
    assert (r.type, r.value, r.unit, r.kind, r.qualifier) == ("MONEY", 1876000000000, "VND", "money", "more_than")
    assert r.period == "6 bulan pertama tahun ini"
    assert r.extractor == "rules@1.0" and r.doc_id == "doc" and r.lang == "id"


def test_count_unit_from_the_noun():
    (r,) = _records("Hele provinsen har mer enn 4 millioner mennesker som deltar i helsetrygd.", "nb")
    assert (r.type, r.value, r.unit, r.kind) == ("COUNT", 4000000, "person", "count")
    assert r.subject == "helsetrygd"


def test_target_kind_from_the_quantity():
    (r,) = _records("Samtidig satte Dong Nai et mål om at 95 % av befolkningen skal delta.", "nb")
    assert (r.type, r.kind, r.unit, r.value) == ("TARGET", "rate", "%", 95)


def test_range_shares_id_and_inherits_unit():
    a, b = _records("Cakupan naik 10–12 % tahun ini.", "id")
    assert a.range_id and a.range_id == b.range_id
    assert (a.value, a.unit, b.value, b.unit) == (10, "%", 12, "%")
    assert any("range end" in w for w in a.warnings)


def test_change_is_read():
    records = _records("Dibayarkan, meningkat 12,8% dibandingkan periode yang sama.", "id")
    assert [(r.text, r.change) for r in records] == [("12,8%", "increase")]


def test_sorted_by_start():
    records = _records("Ada 5 orang. Ada 7 orang. Cakupan 10%.", "id")
    assert [r.start for r in records] == sorted(r.start for r in records)


# (lang, text, label, start piece, end piece, start value, start unit): "between A and B"
BETWEEN_RANGES = [
    ("nb", "Tiltaket koster mellom 2 og 3 millioner kroner i året.", "MONEY", "2", "3 millioner kroner", 2000000, "NOK"),
    ("ar", "رفع العدد إلى ما بين 3 و3.5 ملايين مواطن.", "TARGET", "3", "3.5 ملايين", 3000000, "person"),
    ("id", "Cakupan ditargetkan antara 70 dan 75 persen penduduk.", "TARGET", "70", "75 persen", 70, "%"),
]


@pytest.mark.parametrize("lang,text,label,a,b,value,unit", BETWEEN_RANGES)
def test_between_a_and_b_is_a_range(lang, text, label, a, b, value, unit):
    from metricner.records import build_records
    from metricner.schema import Mention
    from metricner.textnorm import normalize

    s = text.index(a)
    s2 = text.index(b, s + len(a))
    low, high = build_records(normalize(text), [Mention(label, s, s + len(a), a), Mention(label, s2, s2 + len(b), b)],
                              lang, "d", "test")
    assert low.range_id == high.range_id is not None
    assert (low.value, low.unit) == (value, unit)


def test_a_list_of_two_numbers_is_not_a_range():
    from metricner.records import build_records
    from metricner.schema import Mention
    from metricner.textnorm import normalize

    text = "Kommunen bosatte 120 og 150 personer."
    recs = build_records(normalize(text), [Mention("COUNT", 17, 20, "120"), Mention("COUNT", 24, 27, "150")],
                         "nb", "d", "test")
    assert [r.range_id for r in recs] == [None, None]
