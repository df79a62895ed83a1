"""Table-driven: every corpus surface form reads as its value, unit and kind;
every negative reads as no value, with a warning saying why."""
from __future__ import annotations

from decimal import Decimal

import pytest

from metricner import parse_quantity
from metricner.lang import UnsupportedLanguage
from metricner.numbers.render import same_value
from tests.corpus import numbers_ar, numbers_id, numbers_nb

CORPORA = {"id": numbers_id, "nb": numbers_nb, "ar": numbers_ar}


def _cases(attr: str):
    return [
        pytest.param(lang, case, id=f"{lang}:{getattr(case, 'text', case)!s}")
        for lang, mod in CORPORA.items()
        for case in getattr(mod, attr)
    ]


@pytest.mark.parametrize("lang,ex", _cases("EXAMPLES"))
def test_example(lang, ex):
    q = parse_quantity(ex.text, lang)
    assert same_value(q.value, ex.value), f"{lang} {ex.text!r}: value {q.value!r}, expected {ex.value} ({q.warnings})"
    assert isinstance(q.value, int) == (ex.value == ex.value.to_integral_value() if isinstance(ex.value, Decimal) else True), (
        f"{lang} {ex.text!r}: {q.value!r} should be int exactly when whole"
    )
    assert q.unit == ex.unit, f"{lang} {ex.text!r}: unit {q.unit!r}, expected {ex.unit!r}"
    assert q.kind == ex.kind, f"{lang} {ex.text!r}: kind {q.kind!r}, expected {ex.kind!r}"


@pytest.mark.parametrize("lang,text", _cases("NEGATIVES"))
def test_negative(lang, text):
    q = parse_quantity(text, lang)
    assert q.value is None, f"{lang} {text!r} should not parse, got {q}"
    assert q.warnings, f"{lang} {text!r}: no warning says why it has no value"


@pytest.mark.parametrize("lang,case", _cases("HINTED"))
def test_decimal_mark_hint(lang, case):
    text, mark, expected = case
    q = parse_quantity(text, lang, decimal_mark=mark)
    assert same_value(q.value, Decimal(expected) if isinstance(expected, str) else expected), (
        f"{lang} {text!r} with decimal_mark={mark!r}: got {q}"
    )


def test_corpus_size():
    for lang, mod in CORPORA.items():
        assert len(mod.EXAMPLES) >= 60, f"{lang}: only {len(mod.EXAMPLES)} surface forms"


def test_unsupported_language():
    with pytest.raises(UnsupportedLanguage):
        parse_quantity("5", "sv")


def test_bad_hint():
    with pytest.raises(ValueError):
        parse_quantity("5", "id", decimal_mark=";")


@pytest.mark.parametrize("text,lang,fragment", [
    ("Rp 1,2 M", "id", "miliar"),
    ("180/180", "id", "denominator is 180"),
    ("en tredel", "nb", "rounded"),
    ("1.5", "nb", "groups of three"),
    ("1'000", "nb", "neither"),
])
def test_warnings_say_why(text, lang, fragment):
    q = parse_quantity(text, lang)
    assert any(fragment in w for w in q.warnings), f"{lang} {text!r}: warnings {q.warnings}"


def test_unknown_currency_with_money_hint():
    q = parse_quantity("5 juta lusin", "id", kind="money")
    assert q.value == 5000000 and q.unit is None and q.kind == "money" and q.warnings


def test_no_float_artefacts():
    q = parse_quantity("2.009.999,9999999998", "id")
    assert repr(q.value) == "2009999.9999999998"
    assert parse_quantity("2,0099999 juta", "id").value == 2009999.9
