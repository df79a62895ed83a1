"""Normalisation keeps a map back to the original text."""
import pytest
from hypothesis import given, strategies as st

from metricner.textnorm import normalize

CASES = [
    # (original, substring of the normalised text, the original it maps back to)
    ("Rp\u00a01.200 juta", "1.200", "1.200"),
    ("\u0661\u0662\u0663\u066b\u0665 مليار", "123.5", "\u0661\u0662\u0663\u066b\u0665"),
    ("\u0669\u0668\u066a", "98%", "\u0669\u0668\u066a"),
    ("217\u202f500 deltakere", "217 500", "217\u202f500"),
    ("\ufeffJumlah 155.934 orang", "155.934", "155.934"),
    ("a\r\nb 12,5 %", "12,5 %", "12,5 %"),
    ("🙂 mer enn 1 million", "1 million", "1 million"),
    ("ﻋﺸﺮﺓ آلاف", "عشرة", "ﻋﺸﺮﺓ"),
    ("و\u200c315 شخصًا", "315", "315"),
]


@pytest.mark.parametrize("original,needle,expected", CASES)
def test_span_maps_back_to_original(original, needle, expected):
    norm = normalize(original)
    i = norm.text.index(needle)
    s, e = norm.span_to_original(i, i + len(needle))
    assert original[s:e] == expected


def test_ascii_is_identity():
    norm = normalize("12.5 % of 1,000")
    assert norm.text == "12.5 % of 1,000"
    assert norm.span_to_original(0, 4) == (0, 4)


def test_span_outside_text_is_an_error():
    with pytest.raises(ValueError, match="outside text"):
        normalize("abc").span_to_original(2, 9)


@given(st.text(max_size=60))
def test_offset_map_is_monotone_and_total(text):
    norm = normalize(text)
    assert len(norm.to_original) == len(norm.text) + 1
    assert norm.to_original[-1] == len(text)
    assert list(norm.to_original) == sorted(norm.to_original)
    for i in range(len(norm.text)):
        s, e = norm.span_to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


def char_by_char(original: str) -> tuple[str, list[int]]:
    """The definition: each character mapped on its own, offsets repeated per output character."""
    from metricner.textnorm import _map_char

    text, to_orig = [], []
    for i, ch in enumerate(original):
        mapped = _map_char(ch)
        text.append(mapped)
        to_orig.extend([i] * len(mapped))
    return "".join(text), to_orig + [len(original)]


MIXED = st.text(alphabet=st.sampled_from("ab 1,.%æøå\u00a0\u202f\u200b\u00ad\u0640\ufb01\u00bd\u0661\u066b\u066c"
                                         "\u066aﻋﺸﺮﺓ١٢٣\U0001f642"), max_size=40)


@given(st.one_of(st.text(max_size=60), MIXED))
def test_same_as_mapping_each_character_alone(text):
    norm = normalize(text)
    assert (norm.text, list(norm.to_original)) == char_by_char(text)
