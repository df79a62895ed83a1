"""The context reader on per-language corpora ([[span]] marks the value)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from corpus import context_ar, context_id, context_nb
from metricner import context as ctx
from metricner.lang import SUPPORTED, get
from metricner.schema import COUNT_UNITS, QUALIFIERS
from metricner.textnorm import normalize

CORPORA = {"id": context_id, "nb": context_nb, "ar": context_ar}


def _unmark(marked: str) -> tuple[str, int, int]:
    m = re.search(r"\[\[(.+?)\]\]", marked)
    assert m, f"no [[span]] in {marked!r}"
    text = marked[:m.start()] + m.group(1) + marked[m.end():]
    text = normalize(text).text
    start = m.start()
    return text, start, start + len(m.group(1))


def _read(field: str, text: str, s: int, e: int, code: str):
    if field == "qualifier":
        return ctx.qualifier(text, s, e, code)
    if field == "change":
        return ctx.change(text, s, e, code)
    if field == "per":
        return ctx.per(text, s, e, code)
    if field == "unit":
        return ctx.count_unit(text, e, code)
    if field == "subject":
        return ctx.subject(text, s, e, code)
    if field == "period":
        return ctx.period(text, code)
    raise KeyError(field)


@pytest.mark.parametrize(
    "code,marked,expected",
    [(c, s, e) for c, m in CORPORA.items() for s, e in m.EXAMPLES],
)
def test_context(code, marked, expected):
    text, s, e = _unmark(marked)
    got = {f: _read(f, text, s, e, code) for f in expected}
    assert got == expected, f"{code}: {marked!r}"


@pytest.mark.parametrize("code", SUPPORTED)
def test_tables_are_well_formed(code):
    c = get(code).context
    assert set(c.QUALIFIERS_BEFORE.values()) <= set(QUALIFIERS)
    assert set(c.QUALIFIERS_AFTER.values()) <= set(QUALIFIERS)
    assert set(c.CHANGE_CUES.values()) <= {"increase", "decrease"}
    assert set(c.CHANGE_AFTER.values()) <= {"increase", "decrease"} and c.CHANGE_LEVEL_WORDS
    assert set(c.COUNT_NOUNS.values()) <= set(COUNT_UNITS)
    for table in (c.QUALIFIERS_BEFORE, c.CHANGE_CUES, c.PER_WORDS, c.COUNT_NOUNS):
        for key in table:
            assert key == ctx.fold(key) and key == key.strip(), f"{code}: {key!r} not in folded form"
    for pattern in c.PERIOD_PATTERNS + c.PLAN_SHARE_AFTER:
        re.compile(pattern)


def test_plan_share_is_not_a_target():
    text = "noe som nådde 92,05 % av planen, en økning på mer enn 182 000 personer"
    s = text.index("92,05 %")
    assert ctx.is_plan_share(text, s + 7, "nb")
    assert ctx.target_cue(text, s, s + 7, "nb") is None
    s2 = text.index("182 000")
    assert ctx.target_cue(text, s2, s2 + 7, "nb") is None


def test_target_cue_before_value():
    text = "Samtidig satte Dong Nai et mål om at 95 % av befolkningen skal delta"
    s = text.index("95 %")
    assert ctx.target_cue(text, s, s + 4, "nb") == "mål om"


@given(st.text(alphabet=st.sampled_from("ab1 \t\n\u00a0\u2003,.،ت"), max_size=30))
def test_last_word_is_the_last_run_of_non_space(text):
    import re

    from metricner.context import last_word

    m = re.search(r"(\S+)\s*$", text)
    assert last_word(text) == ((m.start(1), m.end(1), m.group(1)) if m else None)


@pytest.mark.parametrize(
    "code,gap,joins",
    [(c, g, j) for c, m in CORPORA.items() for g, j in m.RANGE_GAPS],
)
def test_range_join(code, gap, joins):
    assert bool(ctx.range_join(code).fullmatch(gap)) is joins, f"{code}: {gap!r}"
