"""Char spans -> sub-word labels -> char spans, with the real tokenizer."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metricner.align import Span, decode_labels, spans_to_labels, trim_span, word_tags
from metricner.labels import ID2LABEL, IGNORE_INDEX


@pytest.fixture(scope="module")
def tokenizer():
    from metricner.model.base import builtin_tokenizer

    return builtin_tokenizer()


def roundtrip(tokenizer, text, spans, max_length=512):
    enc = tokenizer(text, return_offsets_mapping=True, return_special_tokens_mask=True,
                    truncation=True, max_length=max_length)
    al = spans_to_labels(text, enc["offset_mapping"], spans, enc["special_tokens_mask"])
    names = ["O" if x == IGNORE_INDEX else ID2LABEL[x] for x in al.labels]
    got = decode_labels(text, enc["offset_mapping"], names, special=enc["special_tokens_mask"])
    return al, [Span(m.start, m.end, m.label) for m in got], enc


def span_of(text, sub, label, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return Span(i, i + len(sub), label)


CASES = [
    ("id", "Jumlah peserta mencapai 155.934 orang, naik 12,8%.", [("155.934", "COUNT"), ("12,8%", "RATE")]),
    ("id", "Pendapatan Rp14 triliun (64%).", [("Rp14 triliun", "MONEY"), ("64%", "RATE")]),
    ("nb", "Det er 217 500 deltakere, 98,02 % av planen og 4,6 billioner dong.",
     [("217 500", "COUNT"), ("98,02 %", "RATE"), ("4,6 billioner dong", "MONEY")]),
    ("nb", "Mål om 10–12 % innen 2025.", [("10", "TARGET"), ("12 %", "TARGET")]),
    ("ar", "بلغ عدد المشاركين 1,415,598 شخصًا و315 منشأة.", [("1,415,598", "COUNT"), ("315", "COUNT")]),
    ("ar", "خصصت (5) مليارات ريال للبرنامج.", [("(5) مليارات ريال", "MONEY")]),
]


@pytest.mark.parametrize("lang,text,marks", CASES)
def test_roundtrip(tokenizer, lang, text, marks):
    spans = [span_of(text, s, lab) for s, lab in marks]
    al, got, _ = roundtrip(tokenizer, text, spans)
    assert al.lost == []
    assert sorted(got) == sorted(spans)


def test_number_pieces_cross_digit_groups(tokenizer):
    text = "naik 155.934 orang"
    al, got, enc = roundtrip(tokenizer, text, [span_of(text, "155.934", "COUNT")])
    pieces = tokenizer.convert_ids_to_tokens(enc["input_ids"])
    assert pieces[2:5] == ["▁15", "5.9", "34"]
    assert [ID2LABEL[x] for x in al.labels[2:5]] == ["B-COUNT", "I-COUNT", "I-COUNT"]
    assert al.labels[0] == IGNORE_INDEX and al.labels[-1] == IGNORE_INDEX


def test_arabic_clitic_piece_is_outside(tokenizer):
    text = "و315 منشأة"
    al, got, enc = roundtrip(tokenizer, text, [Span(1, 4, "COUNT")])
    assert got == [Span(1, 4, "COUNT")]
    assert ID2LABEL[al.labels[1]] == "O"  # the piece "▁و"


def test_truncated_span_is_reported(tokenizer):
    text = "kata " * 40 + "sebanyak 155.934 orang"
    sp = span_of(text, "155.934", "COUNT")
    al, got, _ = roundtrip(tokenizer, text, [sp], max_length=20)
    assert al.lost == [(sp, "truncated")]
    assert got == []


def test_straddling_span_is_reported(tokenizer):
    text = "naik 155.934 orang"
    sp = Span(text.index("155") + 1, text.index("155") + 7, "COUNT")  # "55.934": mid-piece start
    al, _, _ = roundtrip(tokenizer, text, [sp])
    assert [r for _, r in al.lost] == ["straddling"]


@pytest.mark.parametrize("raw,kept", [
    (" (64%).", "64%"), ("155.934,", "155.934"), ("(5) مليارات", "(5) مليارات"),
    ("و315", "315"), ("لـ315", "315"), ("وب12 مليون", "12 مليون"), ("«98,02 %»", "98,02 %"),
    ("وزارة", "وزارة"), ("79,11 pst.", "79,11 pst."), ("2 600 000 kr.", "2 600 000 kr."),
    ("5 juta.", "5 juta"), ("3,2 mrd.,", "3,2 mrd."),
])
def test_trim(raw, kept):
    s, e = trim_span(raw, 0, len(raw))
    assert raw[s:e] == kept
    before = "بين 3 " if raw[:1] in "وبل" else "x "  # the same span inside a text
    s, e = trim_span(before + raw + " y", len(before), len(before) + len(raw))
    assert (before + raw + " y")[s:e] == kept


def test_decode_repairs_iob2():
    text = "a b c d"
    offsets = [(0, 1), (2, 3), (4, 5), (6, 7)]
    got = decode_labels(text, offsets, ["I-RATE", "I-COUNT", "I-COUNT", "B-COUNT"], scores=[0.5, 1.0, 0.8, 0.9])
    assert [(m.label, m.start, m.end) for m in got] == [("RATE", 0, 1), ("COUNT", 2, 5), ("COUNT", 6, 7)]
    assert got[1].score == pytest.approx(0.9)


def test_word_tags_split_at_span_boundaries():
    text = "naik و315 dan 10–12 %"
    gold = [Span(6, 9, "COUNT"), Span(14, 16, "RATE"), Span(17, 21, "RATE")]
    ws, g, p = word_tags(text, gold, [Span(5, 9, "COUNT")])
    assert [text[s:e] for s, e in ws] == ["naik", "و", "315", "dan", "10", "–", "12", "%"]
    assert g == ["O", "O", "B-COUNT", "O", "B-RATE", "O", "B-RATE", "I-RATE"]
    assert p == ["O", "B-COUNT", "I-COUNT", "O", "O", "O", "O", "O"]


_words = st.lists(st.sampled_from(["orang", "peserta", "155.934", "98,02%", "Rp14", "triliun", "و315",
                                   "217 500", "dong", "(64%)", "naik"]), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(_words, st.data())
def test_roundtrip_property(tokenizer, ws, data):
    """Spans over whole whitespace words (trimmed) always survive the round trip."""
    text = " ".join(ws)
    spans, pos = [], 0
    for w in ws:
        s = text.index(w, pos)
        pos = s + len(w)
        if data.draw(st.booleans()):
            a, b = trim_span(text, s, pos)
            if b > a:
                spans.append(Span(a, b, data.draw(st.sampled_from(["COUNT", "RATE", "MONEY", "TARGET"]))))
    al, got, _ = roundtrip(tokenizer, text, spans)
    assert al.lost == []
    assert sorted(got) == sorted(spans)
