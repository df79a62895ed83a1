"""The models shipped in the package (the default, a 4-layer student, and
the 6-layer teacher it is distilled from): load with no network and no
training step, the default is the default engine, and both still do what
their cards say on the seeds.

The seeds were in its training data, so the F1 floor here is a regression
guard (a broken export, a wrong label order, damaged weights), not a measure
of quality on new text: training/reports/ holds the held-out figures.
"""
from __future__ import annotations

import json

import pytest

from metricner.evaluation import predict_documents, span_scores
from metricner.model.files import SHIPPED, check_files, default_model_dir, shipped_model_dir
from training.evaluate import gold_eval_docs


@pytest.fixture(scope="module")
def extractor():
    from metricner import Extractor

    return Extractor()  # the defaults: engine="model", the shipped folder, sentence mode


@pytest.fixture(scope="module")
def teacher_extractor():
    from metricner import Extractor

    return Extractor(model_path="teacher")


def _size(folder):
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_folders_are_complete_with_their_cards(name):
    folder = shipped_model_dir(name)
    meta = check_files(folder)
    assert meta["name"] == SHIPPED[name]
    assert meta["labels"][0] == "O" and len(meta["labels"]) == 9
    assert (folder / "README.md").is_file()  # the model card


def test_shipped_models_together_stay_under_50_mb():
    folders = {shipped_model_dir(n) for n in SHIPPED}
    assert sum(_size(f) for f in folders) < 50 * 2**20


def test_default_model_is_a_shallower_student_of_the_teacher():
    default = check_files(default_model_dir())
    teacher = check_files(shipped_model_dir("teacher"))
    assert default["layers"] < teacher["layers"]
    assert default["training"]["model"]["teacher"] == "src/metricner/models/metricner-e5s"
    assert default_model_dir() == shipped_model_dir("fast")  # the name earlier releases gave it


def test_default_engine_is_the_model(extractor):
    assert extractor.extractor.startswith("model:metricner-e5s-fast@")
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


@pytest.mark.parametrize("which", ["extractor", "teacher_extractor"])
def test_in_sample_floor_on_the_seeds(which, request):
    ex = request.getfixturevalue(which)
    scores = span_scores(predict_documents(ex.tagger, gold_eval_docs()))
    assert scores["overall"]["f1"] >= 0.95, json.dumps(scores["overall"])
    assert scores["value_accuracy"]["ALL"]["accuracy"] >= 0.98


def test_teacher_by_name(teacher_extractor):
    assert teacher_extractor.extractor.startswith("model:metricner-e5s@")
    (rec,) = teacher_extractor.extract("Jumlah peserta jaminan sosial adalah 155.934 orang.", lang="id")
    assert (rec.text, rec.value, rec.type) == ("155.934", 155934, "COUNT")


def test_cli_default_engine_on_the_seeds(cli, seeds, tmp_path):
    out = tmp_path / "seeds.jsonl"
    run = cli(["extract", seeds, "-o", out])
    assert run.code == 0, run.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {p.stem for p in seeds.glob("*.txt")}
    assert all(r["extractor"].startswith("model:") for r in rows)


def test_cli_teacher_by_name(cli, seeds, tmp_path):
    out = tmp_path / "teacher.jsonl"
    run = cli(["extract", seeds, "--model", "teacher", "-o", out])
    assert run.code == 0, run.err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["extractor"].startswith("model:metricner-e5s@1.0+int8+onnx") for r in rows)


def test_reproducible_records_of_a_document_do_not_depend_on_its_company(seeds):
    """With reproducible (int8, each window alone) every seed gets the same
    records alone as in a batch with the others, scores to the last digit."""
    from metricner import Extractor
    from metricner.pipeline import Document

    ex = Extractor(reproducible=True)
    assert ex.tagger.inner.windows_per_pass == 1
    docs = [Document(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted(seeds.glob("*.txt"))]
    rows = lambda result: [(r.start, r.end, r.type, r.value, r.score) for r in result.records]  # noqa: E731
    together = [rows(r) for r in ex.extract_documents(docs)]
    alone = [rows(next(iter(ex.extract_documents([d])))) for d in docs]
    assert sum(map(len, together)) > 50 and together == alone
