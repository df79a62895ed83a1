"""Every value rendered in every style of every language reads back exactly."""
from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from metricner import parse_quantity
from metricner.numbers.render import (
    RATE_STYLES, STYLES, random_value, render_number, render_quantity, same_value,
)

LANGS = tuple(STYLES)
MONEY = {"id": ("IDR", "VND", "USD"), "nb": ("NOK", "VND", "SEK", "USD"), "ar": ("VND", "SAR", "EGP", "USD", "OMR")}

counts = st.integers(min_value=1, max_value=50_000_000)
money = st.integers(min_value=1_000, max_value=10**14)
rates = st.builds(lambda n, p: Decimal(n).scaleb(-p), st.integers(1, 10_000), st.sampled_from((0, 1, 2)))


def _check(value, kind, unit, lang, style, seed):
    rng = random.Random(seed)
    try:
        text = render_quantity(value, kind, unit, lang, rng, style=style)
    except ValueError:
        return  # the style cannot write this value
    q = parse_quantity(text, lang)
    assert same_value(q.value, value), f"{lang}/{style}: {text!r} read as {q.value!r}, rendered from {value} ({q.warnings})"
    assert (q.unit, q.kind) == (unit, kind), f"{lang}/{style}: {text!r} read as {q.unit!r}/{q.kind!r}"


@pytest.mark.parametrize("lang,style", [(lang, s) for lang in LANGS for s in STYLES[lang] if s != "fraction"])
@settings(max_examples=40, deadline=None)
@given(value=counts, seed=st.integers(0, 2**16))
def test_counts_roundtrip(lang, style, value, seed):
    _check(value, "count", None, lang, style, seed)


@pytest.mark.parametrize("lang,style", [(lang, s) for lang in LANGS for s in STYLES[lang] if s != "fraction"])
@settings(max_examples=40, deadline=None)
@given(value=money, seed=st.integers(0, 2**16), data=st.data())
def test_money_roundtrip(lang, style, value, seed, data):
    _check(value, "money", data.draw(st.sampled_from(MONEY[lang])), lang, style, seed)


@pytest.mark.parametrize("lang,style", [(lang, s) for lang in LANGS for s in STYLES[lang] if s in RATE_STYLES])
@settings(max_examples=40, deadline=None)
@given(value=rates, seed=st.integers(0, 2**16), unit=st.sampled_from(("%", "pp", "times")))
def test_rates_roundtrip(lang, style, value, seed, unit):
    if style == "fraction" and unit != "%":
        return
    _check(value, "rate", unit, lang, style, seed)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind,unit", [("count", None), ("rate", "%"), ("money", "VND")])
def test_random_values_roundtrip_in_some_style(lang, kind, unit):
    rng = random.Random(7)
    for _ in range(200):
        v = random_value(kind, rng, lang)
        text = render_quantity(v, kind, unit, lang, rng)
        q = parse_quantity(text, lang)
        assert same_value(q.value, v) and q.unit == unit and q.kind == kind, f"{lang}: {text!r} -> {q}, expected {v}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_style_writes_something(lang):
    for style in STYLES[lang]:
        written = []
        for value in (50, 3_000_000, 12_450_000, 2_299_000):
            try:
                written.append(render_number(value, lang, style))
            except ValueError:
                pass
        assert written, f"{lang}/{style} writes none of the sample values"


def test_random_value_ranges():
    rng = random.Random(1)
    for _ in range(500):
        assert 1 <= random_value("count", rng) <= 50_000_000
        assert Decimal("0.01") <= random_value("rate", rng) <= 100
        assert 1_000 <= random_value("money", rng) <= 10**14


def test_render_rejects_unknown_style():
    with pytest.raises(ValueError):
        render_number(5, "nb", "roman")
