"""Exact-span scores, value accuracy and the seqeval cross-check."""
from __future__ import annotations

import pytest

from metricner.evaluation import evaluate, markdown_tables, same_value, span_scores


def d(start, end, label, value=None):
    return {"start": start, "end": end, "label": label, "value": value}


TEXT_ID = "naik 155.934 orang dan 12,8% serta Rp14 triliun"
TEXT_AR = "بلغ و315 منشأة"
DOCS = [
    {"doc_id": "a", "lang": "id", "text": TEXT_ID,
     "gold": [d(5, 12, "COUNT", 155934), d(23, 28, "RATE", 12.8), d(35, 47, "MONEY", 14 * 10**12)],
     "pred": [d(5, 12, "COUNT", 155934), d(23, 27, "RATE", 12.8), d(35, 47, "MONEY", 14)]},
    {"doc_id": "b", "lang": "ar", "text": TEXT_AR,
     "gold": [{"start": 5, "end": 8, "type": "COUNT", "value": 315}],
     "pred": [d(4, 8, "COUNT", 315)]},
]


def test_exact_spans_only():
    s = span_scores(DOCS)
    assert s["overall"]["tp"] == 2 and s["overall"]["gold"] == 4 and s["overall"]["pred"] == 4
    assert s["overall"]["f1"] == pytest.approx(0.5)
    assert s["by_type"]["RATE"]["tp"] == 0  # "12,8" vs "12,8%": a miss and a false alarm
    assert s["by_lang"]["ar"]["recall"] == 0.0  # the clitic was swallowed
    assert s["by_lang_type"]["id"]["COUNT"]["f1"] == 1.0
    assert s["by_type"]["TARGET"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 0}


def test_wrong_type_is_a_miss():
    doc = {"lang": "nb", "text": "mål om 95 %", "gold": [d(7, 11, "TARGET")], "pred": [d(7, 11, "RATE")]}
    s = span_scores([doc])
    assert s["overall"]["tp"] == 0 and s["by_type"]["TARGET"]["recall"] == 0.0


def test_value_accuracy_on_matched_spans():
    va = span_scores(DOCS)["value_accuracy"]
    assert va["ALL"] == {"n": 2, "correct": 1, "accuracy": 0.5}  # the money value is wrong
    assert va["ar"]["n"] == 0 and va["ar"]["accuracy"] is None


@pytest.mark.parametrize("a,b,same", [(1, 1.0, True), (2009999.9999999998, 2010000, False),
                                      (None, None, True), (None, 0, False), (98.02, 98.02, True)])
def test_same_value(a, b, same):
    assert same_value(a, b) is same


def test_seqeval_agrees_with_exact_spans():
    """Words are cut at every boundary, so strict seqeval equals exact spans here."""
    out = evaluate(DOCS)
    spans, seq = out["spans"], out["seqeval"]
    assert seq["micro avg"]["f1"] == pytest.approx(spans["overall"]["f1"])
    assert seq["micro avg"]["support"] == spans["overall"]["gold"]
    assert seq["COUNT"]["support"] == 2 and seq["COUNT"]["recall"] == pytest.approx(0.5)


def test_seqeval_cross_check_by_hand():
    from seqeval.metrics import f1_score
    from seqeval.scheme import IOB2

    from metricner.align import word_tags

    text = "10–12 % dan 5 juta"
    gold = [d(0, 2, "RATE"), d(3, 7, "RATE"), d(12, 18, "COUNT")]
    pred = [d(0, 7, "RATE"), d(12, 18, "COUNT")]
    ws, g, p = word_tags(text, gold, pred)
    assert g == ["B-RATE", "O", "B-RATE", "I-RATE", "O", "B-COUNT", "I-COUNT"]
    assert p == ["B-RATE", "I-RATE", "I-RATE", "I-RATE", "O", "B-COUNT", "I-COUNT"]
    assert f1_score([g], [p], mode="strict", scheme=IOB2) == pytest.approx(2 * (1 / 2 * 1 / 3) / (1 / 2 + 1 / 3))
    s = span_scores([{"lang": "id", "text": text, "gold": gold, "pred": pred}])
    assert s["overall"]["f1"] == pytest.approx(2 * (1 / 2 * 1 / 3) / (1 / 2 + 1 / 3))


def test_markdown_has_gold_counts():
    md = markdown_tables(evaluate(DOCS))
    assert "| id | COUNT | 100.0 | 100.0 | 100.0 | 1 | 1 | 1 |" in md
    assert "value accuracy" in md
