"""training.summary: the README's held-out table is read from the reports."""
from __future__ import annotations

import json

from training import summary


def _report(path, f1_all, by_lang, target, correct, n):
    def cell(f1, gold):
        return {"precision": f1, "recall": f1, "f1": f1, "tp": 0, "pred": 0, "gold": gold}

    spans = {"overall": cell(*f1_all), "by_lang": {k: cell(*v) for k, v in by_lang.items()},
             "by_type": {"TARGET": cell(*target)} if target else {},
             "value_accuracy": {"ALL": {"n": n, "correct": correct, "accuracy": correct / n}}}
    path.write_text(json.dumps({"scores": {"spans": spans}}), encoding="utf-8")


def test_rows_come_from_the_reports_and_missing_reports_are_left_out(tmp_path):
    _report(tmp_path / "test-fast.json", (0.8, 130), {"id": (0.9, 40), "nb": (0.75, 46)}, (0.5, 17), 99, 100)
    text = summary.table(tmp_path)
    lines = text.splitlines()
    assert len(lines) == 3  # header, rule, the one report present
    assert lines[2].startswith("| test set, default model as run (int8) (`test-fast`) | 80.0 (130) | 90.0 (40) | 75.0 (46) | — (0) | 50.0 (17) | 99/100 |")


def test_main_writes_the_summary_file(tmp_path, capsys):
    _report(tmp_path / "rules.json", (0.995, 95), {"id": (1.0, 19)}, None, 95, 95)
    assert summary.main(["--reports", str(tmp_path)]) == 0
    assert "99.5 (95)" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "99.5 (95)" in capsys.readouterr().out


def _overall(path, gold, pred, tp):
    path.write_text(json.dumps({"scores": {"spans": {"overall": {"gold": gold, "pred": pred, "tp": tp}}}}),
                    encoding="utf-8")


def test_pooled_rows_add_up_the_spans_of_their_reports(tmp_path):
    _overall(tmp_path / "a.json", 100, 90, 80)
    _overall(tmp_path / "b.json", 30, 40, 20)
    row = summary.pooled_row("both", ("a", "b"), tmp_path)
    # 130 gold, 100 found of 130 predicted: P 100/130, R 100/130
    assert row == "| both (`a`, `b`) | 130 | 100 | 30 | 76.9 | 76.9 | 76.9 |"
    assert summary.pooled_row("one missing", ("a", "c"), tmp_path) is None


def test_interval_rows_come_from_the_reports_predictions(tmp_path):
    """lodo-fast-int8 present (every gold span of the seeds found), the rest
    missing: two interval rows, no difference rows."""
    from training.evaluate import gold_eval_docs

    preds = [{"doc_id": d["doc_id"], "pred": d["gold"]} for d in gold_eval_docs()]
    (tmp_path / "lodo-fast-int8.json").write_text(json.dumps({"plan": {}, "predictions": preds}), encoding="utf-8")
    _report(tmp_path / "dev-fast.json", (0.8, 130), {}, None, 1, 1)  # no predictions: left out
    lines = summary.intervals_tables(tmp_path, samples=200).splitlines()
    rows = [line for line in lines if line.startswith("| ") and "`" in line]
    assert len(rows) == 2
    assert rows[0].startswith("| default model's recipe, seeds left out one at a time (int8) (`lodo-fast-int8`) "
                              "| 100.0 | 100.0 to 100.0 | 95 | 5 |")
    assert "| 8 | " in rows[1]  # the seeds' TARGET spans
