"""Bootstrap intervals of span F1 (training.intervals): the units add up to
the scores, and the intervals behave as intervals."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metricner.evaluation import span_scores
from training import intervals
from training.intervals import difference, interval, units

TYPES = ("COUNT", "RATE", "MONEY", "TARGET")


def doc(doc_id, gold, pred, lang="id"):
    as_dicts = lambda spans: [{"start": s, "end": e, "label": t} for s, e, t in spans]  # noqa: E731
    return {"doc_id": doc_id, "lang": lang, "text": "x" * 100, "gold": as_dicts(gold), "pred": as_dicts(pred)}


span = st.tuples(st.integers(0, 20), st.integers(1, 5), st.sampled_from(TYPES)).map(
    lambda x: (x[0], x[0] + x[1], x[2]))
documents = st.lists(st.tuples(st.sets(span, max_size=6), st.sets(span, max_size=6)), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(documents)
def test_units_add_up_to_the_span_scores(docs):
    """Every type's tp, predicted and gold counts over the units equal span_scores'."""
    ds = [doc(f"d{i}", g, p) for i, (g, p) in enumerate(docs)]
    u = units([ds])
    scores = span_scores(ds)
    for t in TYPES:
        tp, pred, gold = u.counts[0][u.types == t].sum(axis=0) if (u.types == t).any() else (0, 0, 0)
        assert (tp, pred, gold) == tuple(scores["by_type"][t][k] for k in ("tp", "pred", "gold"))
    assert tuple(u.counts[0].sum(axis=0)) == tuple(scores["overall"][k] for k in ("tp", "pred", "gold"))


@settings(max_examples=30, deadline=None)
@given(documents, st.sampled_from(["document", "span"]))
def test_interval_is_ordered_and_a_system_against_itself_differs_by_nothing(docs, by):
    ds = [doc(f"d{i}", g, p) for i, (g, p) in enumerate(docs)]
    u = units([ds, ds])
    if not len(u.types):
        return
    iv = interval(u, by=by, samples=200)
    assert 0.0 <= iv.low <= iv.high <= 1.0
    d = difference(u, by=by, samples=200)
    assert d.diff == 0 and d.low == d.high == 0 and d.ahead == 0


# (gold, pred, expected F1, interval is a point): all found, none found, one of two
CASES = [
    ([(0, 3, "COUNT"), (5, 8, "RATE")], [(0, 3, "COUNT"), (5, 8, "RATE")], 1.0, True),
    ([(0, 3, "COUNT")], [(4, 6, "COUNT")], 0.0, True),
    ([(0, 3, "COUNT"), (5, 8, "RATE")], [(0, 3, "COUNT"), (5, 8, "COUNT")], 0.5, False),
]


@pytest.mark.parametrize("gold,pred,f1,point", CASES)
def test_point_estimates_and_spread(gold, pred, f1, point):
    ds = [doc("a", gold, pred), doc("b", gold, pred)]
    iv = interval(units([ds]), by="span", samples=500)
    assert iv.f1 == pytest.approx(f1)
    assert (iv.low == iv.high) is point
    assert iv.gold == 2 * len(gold) and iv.docs == 2


def test_document_draws_are_wider_than_span_draws_when_errors_cluster():
    """All misses in one document: drawing documents moves F1 more than drawing spans."""
    good = [doc(f"g{i}", [(0, 3, "COUNT"), (5, 8, "COUNT")], [(0, 3, "COUNT"), (5, 8, "COUNT")]) for i in range(5)]
    bad = doc("bad", [(k, k + 2, "COUNT") for k in range(0, 40, 4)], [])
    u = units([good + [bad]])
    by_doc, by_span = interval(u, by="document", samples=2000), interval(u, by="span", samples=2000)
    assert by_doc.high - by_doc.low > by_span.high - by_span.low


def test_type_with_no_span_in_a_draw_is_left_out():
    ds = [doc("a", [(0, 3, "TARGET")], [(0, 3, "TARGET")]), doc("b", [(0, 3, "COUNT")], [(0, 3, "COUNT")])]
    iv = interval(units([ds]), type_="TARGET", by="document", samples=1000)
    assert iv.f1 == 1.0 and 0 < iv.kept < 1000


def test_draws_repeat_with_the_seed():
    ds = [doc(f"d{i}", [(0, 3, "COUNT"), (5, 8, "RATE")], [(0, 3, "COUNT")]) for i in range(4)]
    u = units([ds])
    assert interval(u, samples=300, seed=3) == interval(u, samples=300, seed=3)
    assert np.array_equal(intervals.draw_weights(u, "span", 50, 1), intervals.draw_weights(u, "span", 50, 1))


def test_pairing_needs_the_same_documents():
    with pytest.raises(ValueError, match="same documents"):
        units([[doc("a", [], [])], [doc("b", [], [])]])


def test_cli_on_written_reports(tmp_path, capsys):
    """Two reports on the seeds' gold: the first finds every gold span of one
    document, the second none; the interval and the difference are printed."""
    from training.evaluate import gold_eval_docs

    seeds = gold_eval_docs()[:2]
    for name, found in (("all", True), ("none", False)):
        preds = [{"doc_id": d["doc_id"], "pred": d["gold"] if found else []} for d in seeds]
        (tmp_path / f"{name}.json").write_text(json.dumps({"plan": {}, "predictions": preds}), encoding="utf-8")
    assert intervals.main(["all", "--against", "none", "--reports-dir", str(tmp_path), "--samples", "200"]) == 0
    out = capsys.readouterr().out
    assert "F1 100.0, 95% interval 100.0 to 100.0" in out
    assert "minus none: +100.0" in out and "first ahead in 100.0%" in out


def test_cli_names_a_missing_report(tmp_path, capsys):
    with pytest.raises(SystemExit):
        intervals.main(["nothing-here", "--reports-dir", str(tmp_path)])
    assert "no report" in capsys.readouterr().err
