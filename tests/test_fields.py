"""Record fields against gold on matched spans (metricner.evaluation.field_agreement, training.fields)."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metricner.evaluation import RECORD_FIELDS, field_agreement, phrase_overlap

TEXT = "Peserta naik 12,8% menjadi 155.934 orang."


def _item(start, end, label, **fields):
    return {"start": start, "end": end, "label": label, **{f: None for f in RECORD_FIELDS}, **fields}


@pytest.mark.parametrize("gold,pred,expected", [
    ("peserta jaminan sosial", "peserta jaminan sosial", 1.0),
    ("peserta jaminan sosial", "Jumlah peserta jaminan sosial", 2 * 1.0 * 0.75 / 1.75),
    ("helsetrygd", "sysselsatte", 0.0),
    (None, None, 1.0),
    (None, "i 2025", 0.0),
    ("ved utgangen av september", "ved utgangen av september,", 1.0),
])
def test_phrase_overlap(gold, pred, expected):
    assert phrase_overlap(gold, pred) == pytest.approx(expected)


words = st.lists(st.sampled_from(["peserta", "jaminan", "sosial", "aktif", "kroner", "i", "2025"]), min_size=1,
                 max_size=5).map(" ".join)


@given(words, words)
def test_phrase_overlap_is_a_symmetric_share(a, b):
    assert phrase_overlap(a, b) == pytest.approx(phrase_overlap(b, a))
    assert 0.0 <= phrase_overlap(a, b) <= 1.0 and phrase_overlap(a, a) == 1.0


def test_only_matched_spans_count_and_each_field_is_scored_alone():
    gold = [_item(13, 18, "RATE", unit="%", kind="rate", change="increase", subject="Peserta"),
            _item(27, 34, "COUNT", unit="person", kind="count", subject="orang", range_id="r1"),
            _item(0, 7, "COUNT", unit="person", kind="count")]              # missed: not counted
    pred = [_item(13, 18, "RATE", unit="%", kind="rate", change=None, subject="Peserta naik"),
            _item(27, 34, "COUNT", unit="other", kind="count", subject="orang", range_id="x9"),
            _item(35, 40, "COUNT", unit="person", kind="count")]            # spurious: not counted
    out = field_agreement([{"doc_id": "d", "lang": "id", "text": TEXT, "gold": gold, "pred": pred}])
    row = out["by_lang"]["ALL"]
    assert row["matched"] == 2 and out["by_lang"]["id"] == row
    assert row["unit"] == 0.5 and row["change"] == 0.5 and row["kind"] == 1.0
    assert row["range_id"] == 1.0            # both in a range: their labels need not be equal
    assert row["subject"] == 0.5 and row["subject_overlap"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert {(d["field"], d["text"]) for d in out["disagreements"]} == {
        ("unit", "155.934"), ("change", "12,8%"), ("subject", "12,8%")}


def test_the_test_set_is_not_shown(capsys):
    from training import fields

    with pytest.raises(SystemExit) as exc:
        fields.main(["--sets", "test", "--show", "--engine", "rules"])
    assert exc.value.code == 2 and "measuring only" in capsys.readouterr().err


def test_show_lists_disagreements_of_the_seeds(capsys):
    from training import fields

    assert fields.main(["--sets", "seeds", "--show", "--engine", "rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("seeds\t") and len(line.split("\t")) == 6 for line in lines)


def test_matched_spans_are_those_the_span_scores_count():
    """field_agreement runs on training.evaluate's predictions: its matched spans are their true positives."""
    from metricner.evaluation import predict_documents, span_scores
    from training.evaluate import gold_eval_docs, make_tagger

    docs = predict_documents(make_tagger("rules", None), gold_eval_docs(), full_records=True)
    assert all(set(p) >= set(RECORD_FIELDS) for d in docs for p in d["pred"])
    assert field_agreement(docs)["by_lang"]["ALL"]["matched"] == span_scores(docs)["overall"]["tp"]
