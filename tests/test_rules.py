"""RulesTagger on the per-language corpora: exact spans and types, and
negatives that must yield nothing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from corpus import rules_ar, rules_id, rules_nb
from metricner.rules import RulesTagger
from metricner.tagging import Tagger
from metricner.textnorm import normalize

CORPORA = {"id": rules_id, "nb": rules_nb, "ar": rules_ar}
TAGGER = RulesTagger()


def _tag(sentence: str, code: str):
    text = normalize(sentence).text
    return text, TAGGER.tag([text], [code])[0]


@pytest.mark.parametrize(
    "code,sentence,expected",
    [(c, s, e) for c, m in CORPORA.items() for s, e in m.EXAMPLES],
)
def test_examples(code, sentence, expected):
    text, mentions = _tag(sentence, code)
    got = [(m.text, m.label) for m in mentions]
    assert got == expected, f"{code}: {sentence!r}"
    for m in mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    "code,sentence", [(c, s) for c, m in CORPORA.items() for s in m.NEGATIVES]
)
def test_negatives(code, sentence):
    _, mentions = _tag(sentence, code)
    assert mentions == [], f"{code}: {sentence!r} gave {[(m.text, m.label) for m in mentions]}"


def test_is_a_tagger():
    assert isinstance(TAGGER, Tagger)
    assert TAGGER.extractor == "rules@1.0"


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="2 texts but 1"):
        TAGGER.tag(["a", "b"], ["id"])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["id", "nb", "ar"]))
def test_spans_are_well_formed_for_any_text(text, code):
    mentions = TAGGER.tag([text], [code])[0]
    prev_end = -1
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= prev_end  # sorted, no overlaps
        assert text[m.start:m.end] == m.text
        assert m.label in ("COUNT", "RATE", "MONEY", "TARGET")
        prev_end = m.end
