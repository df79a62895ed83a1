"""The model shipped in the package: loads with no network and no training
step, is the default engine, and still does what its card says on the seeds.

The seeds were in its training data, so the F1 floor here is a regression
guard (a broken export, a wrong label order, damaged weights), not a measure
of quality on new text: training/reports/ holds the held-out figures.
"""
from __future__ import annotations

import json

import pytest

from metricner.evaluation import predict_documents, span_scores
from metricner.model.files import check_files, default_model_dir
from training.evaluate import gold_eval_docs


@pytest.fixture(scope="module")
def extractor():
    from metricner import Extractor

    return Extractor()  # the defaults: engine="model", the shipped folder, sentence mode


def test_folder_is_complete_and_small():
    folder = default_model_dir()
    meta = check_files(folder)
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert size < 50 * 2**20
    assert meta["labels"][0] == "O" and len(meta["labels"]) == 9
    assert (folder / "README.md").is_file()  # the model card


def test_default_engine_is_the_model(extractor):
    assert extractor.extractor.startswith("model:metricner-e5s@")
    assert extractor.extractor.endswith("+prefilter")


def test_records_on_a_sentence_per_language(extractor):
    cases = [
        ("Jumlah peserta jaminan sosial adalah 155.934 orang.", "id", "155.934", 155934),
        ("Ved utgangen av september hadde 217 500 personer helsetrygd.", "nb", "217 500", 217500),
        ("بلغ عدد المشتركين 120 ألف مشترك.", "ar", "120 ألف", 120000),
    ]
    for text, lang, span, value in cases:
        recs = extractor.extract(text, lang=lang)
        assert [(r.text, r.value, r.type) for r in recs] == [(span, value, "COUNT")], text
        assert 0.5 < recs[0].score <= 1.0


def test_in_sample_floor_on_the_seeds(extractor):
    scores = span_scores(predict_documents(extractor.tagger, gold_eval_docs()))
    assert scores["overall"]["f1"] >= 0.95, json.dumps(scores["overall"])
    assert scores["value_accuracy"]["ALL"]["accuracy"] >= 0.98


def test_cli_default_engine_on_the_seeds(cli, seeds, tmp_path):
    out = tmp_path / "seeds.jsonl"
    run = cli(["extract", seeds, "-o", out])
    assert run.code == 0, run.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {p.stem for p in seeds.glob("*.txt")}
    assert all(r["extractor"].startswith("model:") for r in rows)
