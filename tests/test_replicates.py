"""training.replicates: one recipe's replicates side by side, with their spread."""
from __future__ import annotations

import json

import pytest

from metricner.evaluation import prf
from training import replicates


def _write(reports, name, target_tp, overall_tp=9):
    """A report with 10 gold spans (4 id, 6 nb, none ar), 2 of them TARGETs."""
    spans = {"overall": prf(overall_tp, 10, 10),
             "by_lang": {"id": prf(4, 4, 4), "nb": prf(overall_tp - 4, 6, 6)},
             "by_type": {"TARGET": prf(target_tp, 2, 2)},
             "value_accuracy": {"ALL": {"n": overall_tp, "correct": overall_tp}}}
    (reports / f"{name}.json").write_text(json.dumps({"scores": {"spans": spans}}), encoding="utf-8")


def test_replicates_are_found_in_order_and_their_spread_is_reported(tmp_path):
    for name, target_tp in (("lodo", 1), ("lodo-r1", 2), ("lodo-r10", 0), ("lodo-r2", 1),
                            ("lodo-int8", 1), ("lodo-r1-int8", 1), ("lodo-only", 2), ("other-r1", 2)):
        _write(tmp_path, name, target_tp)
    assert replicates.replicate_names("lodo", tmp_path) == [(0, "lodo"), (1, "lodo-r1"), (2, "lodo-r2"),
                                                            (10, "lodo-r10")]
    assert replicates.variants("lodo", tmp_path) == ["", "-int8"]  # "-only" has no replicate
    rows = replicates.table("lodo", "", tmp_path).splitlines()
    assert rows[0].startswith("| replicate | overall (10) | id (4) | nb (6) | ar (0) | TARGET (2) |")
    assert rows[2] == "| lodo | 90.0 | 100.0 | 83.3 | — | 50.0 | 1 / 2 | 9/9 |"
    assert rows[5] == "| lodo-r10 | 90.0 | 100.0 | 83.3 | — | 0.0 | 0 / 2 | 9/9 |"
    stats = {r.split(" | ")[0][2:]: r.split(" | ")[1:6] for r in rows[6:]}
    assert stats["mean"] == ["90.0", "100.0", "83.3", "—", "50.0"]
    assert stats["min"][4] == "0.0" and stats["max"][4] == "100.0"
    assert stats["sd"][4] == "40.8"  # sample sd of 50, 100, 50, 0
    text = replicates.report("lodo", tmp_path)
    assert "## lodo-int8" in text and "| lodo-r1-int8 |" in text and "other" not in text


def test_fewer_than_two_replicates_is_a_clear_error(tmp_path):
    _write(tmp_path, "lodo", 1)
    with pytest.raises(SystemExit, match="fewer than two replicates"):
        replicates.report("lodo", tmp_path)


def test_the_model_card_gives_the_target_spread_over_replicates(tmp_path):
    from training.model_card import _target_limit

    _write(tmp_path, "lodo-ship", 1)
    alone = _target_limit(tmp_path, "lodo-ship")
    assert "1 of the 2 seed TARGETs are found" in alone and "trainings" not in alone
    _write(tmp_path, "lodo-ship-r1", 2)
    _write(tmp_path, "lodo-ship-r2", 0)
    assert alone + (" Over 3 trainings of the recipe with other seeds (`training/reports/replicates-lodo-ship.md`)"
                    " its held-out TARGET F1 ranges from 0.0 to 100.0 (mean 50.0).") == _target_limit(tmp_path, "lodo-ship")
