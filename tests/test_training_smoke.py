"""Typed configs, and a CPU smoke run: tiny encoder, a few steps, save, reload, predict."""
from __future__ import annotations

import json

import pytest
from model_fixtures import _CACHE, trained_tiny_model

from training.config import ConfigError, load_config


def write(tmp_path, data):
    p = tmp_path / "c.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_shipped_configs_load():
    from pathlib import Path

    for name in ("ship", "lodo", "crossling", "smoke", "fast", "fast3", "lodo-ship", "lodo-fast"):
        cfg = load_config(Path("training/configs") / f"{name}.json")
        assert cfg.stages and cfg.model.layers >= 1


def test_unknown_key_lists_accepted_keys(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, {"model": {"layer": 6}}))
    assert "unknown key(s) ['layer']" in str(err.value) and "layers (int)" in str(err.value)


@pytest.mark.parametrize("data,fragment", [
    ({"model": {"layers": "6"}}, "expected int"),
    ({"model": {"layers": True}}, "expected int"),
    ({"stages": [{"train": {"learning_rate": "fast"}, "data": {"synthetic_per_lang": 1}}]}, "expected float"),
    ({"stages": [{"data": {"gold": "everything"}}]}, "is not one of"),
    ({"stages": {"name": "x"}}, "expected a list"),
    ({"warmup_steps": 10}, "unknown key"),
    ({"stages": [{"data": {"gold": "train_fold"}}]}, "shared across folds"),
    ({"stages": [{"data": {}}], "experiment": {"shared_stages": 0}}, "has no data"),
])
def test_bad_configs_fail_early(tmp_path, data, fragment):
    with pytest.raises(ConfigError, match=fragment):
        load_config(write(tmp_path, data))


def test_ints_accepted_as_floats(tmp_path):
    cfg = load_config(write(tmp_path, {"stages": [{"data": {"synthetic_per_lang": 5}, "train": {"epochs": 2}}]}))
    assert cfg.stages[0].train.epochs == 2.0 and isinstance(cfg.stages[0].train.epochs, float)


def test_smoke_train_save_reload_predict():
    from metricner.labels import ID2LABEL
    from metricner.model import ModelTagger

    folder = trained_tiny_model()
    summary = _CACHE["summaries"][0]
    assert summary["training"]["steps"] == 6
    assert summary["examples"] == 40 and summary["spans_lost"] == {}
    meta = json.loads((folder / "metricner.json").read_text(encoding="utf-8"))
    assert meta["layers"] == 2 and meta["training"]["model"]["layers"] == 2
    assert {int(k): v for k, v in json.loads((folder / "config.json").read_text())["id2label"].items()} == ID2LABEL
    tagger = ModelTagger.load(folder)
    out = tagger.tag(["Jumlah peserta mencapai 155.934 orang.", ""], ["id", "ar"])
    assert len(out) == 2 and out[1] == []
    for m in out[0]:
        assert 0 <= m.start < m.end and 0.0 <= m.score <= 1.0
    assert tagger.extractor == "model:metricner-e5s@0.0-test"


def _reports(result: dict) -> dict:
    return {suffix: predicted for suffix, _, predicted, _ in result["extra_reports"]}


def test_lodo_int8_eval_tags_every_held_out_document_twice(tmp_path):
    """experiment.int8_eval: each fold's model also tags its held-out document
    in int8, and the run writes a NAME-int8 report beside the plain one."""
    from model_fixtures import fixture_docs, tiny_base, tiny_config

    from training.experiments import run_lodo, write_report

    cfg = tiny_config(str(tiny_base(tmp_path / "base")), steps=1)
    cfg.experiment.shared_stages = 0
    cfg.experiment.int8_eval = True
    docs = fixture_docs()[:3]
    result = run_lodo(cfg, docs)
    ids = [d["doc_id"] for d in docs]
    assert [d["doc_id"] for d in result["predicted"]] == ids
    assert [d["doc_id"] for d in _reports(result)["-int8"]] == ids
    md = write_report("tiny-int8", "lodo", {"predicted": _reports(result)["-int8"], "plan": result["plan"]},
                      cfg.to_dict(), 1.0, tmp_path)
    assert md.is_file() and (tmp_path / "tiny-int8.json").is_file()
    cfg.experiment.int8_eval = False
    assert "-int8" not in _reports(run_lodo(cfg, docs))


def test_lodo_of_a_distilled_recipe_trains_a_teacher_per_fold(tmp_path):
    """experiment.teacher_config: every fold trains its own teacher on that
    fold only and distils the student from it; both tag the held-out document."""
    import copy

    from model_fixtures import fixture_docs, tiny_base, tiny_config

    from training.experiments import run_lodo

    teacher = tiny_config(str(tiny_base(tmp_path / "base")), steps=1)
    teacher.experiment.shared_stages = 0
    teacher_path = write(tmp_path, teacher.to_dict())
    student = copy.deepcopy(teacher)
    student.model.layers = 1
    student.experiment.teacher_config = str(teacher_path)
    docs = fixture_docs()[:3]
    result = run_lodo(student, docs)
    ids = [d["doc_id"] for d in docs]
    assert [d["doc_id"] for d in result["predicted"]] == ids
    assert [d["doc_id"] for d in _reports(result)["-teacher"]] == ids
    for doc_id in ids:
        fold = result["plan"]["folds"][doc_id]
        assert set(fold) == {"teacher", "student"}
        assert fold["student"][0]["training"]["steps"] == 1
    assert student.model.teacher_layers == [1]  # the student kept the teacher's last layer


def test_lodo_keeps_its_models_and_a_rescoring_trains_nothing(tmp_path, monkeypatch):
    """--models-dir: every model of the run (shared stage, fold teachers, fold
    students) is kept; a second run with the same recipe loads them, trains
    nothing and predicts the same; a changed recipe trains again."""
    import copy

    from model_fixtures import fixture_docs, tiny_base, tiny_config

    import training.train
    from training.config import DataConfig, StageConfig, TrainConfig
    from training.experiments import run_lodo, write_report

    teacher = tiny_config(str(tiny_base(tmp_path / "base")), steps=1)
    teacher.name = "teacher"
    teacher.stages.insert(0, StageConfig(name="synthetic", data=DataConfig(synthetic_per_lang=2),
                                         train=TrainConfig(max_steps=1, batch_size=4, learning_rate=1e-3)))
    teacher.experiment.shared_stages = 1
    student = copy.deepcopy(teacher)
    student.stages = student.stages[1:]
    student.name = "student"
    student.experiment.shared_stages = 0
    student.model.layers = 1
    student.experiment.teacher_config = str(write(tmp_path, teacher.to_dict()))
    docs, kept = fixture_docs()[:2], tmp_path / "kept"
    first = run_lodo(copy.deepcopy(student), docs, kept)  # a copy per run, as each command reads its config
    assert sorted(p.name for p in kept.iterdir()) == sorted(["shared-teacher-member-0"] + [d["doc_id"] for d in docs])
    assert all((kept / d["doc_id"] / name / "metricner.json").is_file() for d in docs for name in ("teacher", "student"))

    def no_training(*args, **kwargs):
        raise AssertionError("a kept model was trained again")

    monkeypatch.setattr(training.train, "train_soup_members", no_training)
    second = run_lodo(copy.deepcopy(student), docs, kept)
    assert second["predicted"] == first["predicted"]
    assert _reports(second) == _reports(first)
    md = write_report("kept", "lodo", second, student.to_dict(), 60.0, tmp_path)
    assert "(5 of 5 models loaded from" in md.read_text(encoding="utf-8")
    assert first["plan"].pop("kept_models") == {"dir": str(kept), "loaded": 0, "trained": 5}  # shared + 2 folds × 2
    assert second["plan"].pop("kept_models") == {"dir": str(kept), "loaded": 5, "trained": 0}
    assert second["plan"] == json.loads(json.dumps(first["plan"], default=str))
    student.stages[0].train.learning_rate = 5e-4
    with pytest.raises(AssertionError, match="trained again"):
        run_lodo(copy.deepcopy(student), docs, kept)
    # the teacher's own lodo run finds its fold models in the student's folder
    teacher_run = run_lodo(copy.deepcopy(teacher), docs, kept)
    assert teacher_run["predicted"] == _reports(first)["-teacher"]
    assert _reports(teacher_run)["-synthetic-only"] == _reports(first)["-teacher-synthetic-only"]


def test_a_replicate_of_a_distilled_recipe_replicates_its_teacher_too(tmp_path):
    """--replicate R: the student's and its fold teachers' seeds are raised,
    and every kept model goes to a folder named by the replicate, so that the
    replicates of one recipe never overwrite each other's models."""
    import copy

    from model_fixtures import fixture_docs, tiny_base, tiny_config

    from training.config import REPLICATE_STEP, DataConfig, StageConfig, TrainConfig, replicate
    from training.experiments import run_lodo

    teacher = tiny_config(str(tiny_base(tmp_path / "base")), steps=1)
    teacher.name = "teacher"
    teacher.stages.insert(0, StageConfig(name="synthetic", data=DataConfig(synthetic_per_lang=2),
                                         train=TrainConfig(max_steps=1, batch_size=4, learning_rate=1e-3)))
    student = copy.deepcopy(teacher)
    student.stages, student.name = student.stages[1:], "student"
    student.experiment.shared_stages, student.model.layers = 0, 1
    student.experiment.teacher_config = str(write(tmp_path, teacher.to_dict()))
    docs, kept = fixture_docs()[:2], tmp_path / "kept"
    result = run_lodo(replicate(student, 1), docs, kept, replicate=1)
    assert sorted(p.name for p in kept.iterdir()) == sorted(["shared-teacher-r1-member-0"] + [d["doc_id"] for d in docs])
    assert sorted(p.name for p in (kept / docs[0]["doc_id"]).iterdir()) == ["student-r1", "teacher-r1"]
    for name, recipe in (("student-r1", student), ("teacher-r1", teacher)):
        trained = json.loads((kept / docs[0]["doc_id"] / name / "metricner.json").read_text(encoding="utf-8"))
        seeds = [st["train"]["seed"] for st in trained["training"]["config"]["stages"]]
        assert seeds == [st.train.seed + REPLICATE_STEP for st in recipe.stages]
    assert [d["doc_id"] for d in result["predicted"]] == [d["doc_id"] for d in docs]


@pytest.mark.parametrize("model,experiment,fragment", [
    ({}, {"teacher_config": "t.json", "shared_stages": 1}, "shared_stages must be 0"),
    ({"teacher": "runs/t"}, {"teacher_config": "t.json", "shared_stages": 0}, "give one teacher"),
    ({"soup_members": 2}, {"teacher_config": "t.json", "shared_stages": 0}, "distil from a soup"),
])
def test_teacher_config_checked_at_start(tmp_path, model, experiment, fragment):
    data = {"model": model, "stages": [{"data": {"synthetic_per_lang": 1}}], "experiment": experiment}
    with pytest.raises(ConfigError, match=fragment):
        load_config(write(tmp_path, data))


@pytest.mark.parametrize("family,teacher_config,fragment", [
    ("crossling", "training/configs/lodo-ship.json", "only the lodo family"),
    ("lodo", "no/such/teacher.json", "cannot read no/such/teacher.json"),
])
def test_experiments_refuse_a_teacher_config_they_cannot_use(tmp_path, capsys, family, teacher_config, fragment):
    from training.experiments import main

    data = {"stages": [{"data": {"synthetic_per_lang": 1}}],
            "experiment": {"teacher_config": teacher_config, "shared_stages": 0}}
    with pytest.raises(SystemExit) as exit_:
        main([family, "--config", str(write(tmp_path, data)), "--out-dir", str(tmp_path)])
    assert exit_.value.code == 2 and fragment in capsys.readouterr().err


@pytest.mark.parametrize("argv,fragment", [
    (["rules", "--replicate", "1"], "the rules engine has no seeds"),
    (["lodo", "--config", "training/configs/lodo.json", "--replicate", "-1"], "must be 0 or more"),
])
def test_experiments_refuse_a_replicate_they_cannot_train(tmp_path, capsys, argv, fragment):
    from training.experiments import main

    with pytest.raises(SystemExit) as exit_:
        main(argv + ["--out-dir", str(tmp_path)])
    assert exit_.value.code == 2 and fragment in capsys.readouterr().err


def test_train_refuses_a_negative_replicate_at_start(capsys):
    from training.train import main

    with pytest.raises(SystemExit) as exit_:
        main(["--config", "training/configs/smoke.json", "--replicate", "-1"])
    assert exit_.value.code == 2 and "must be 0 or more" in capsys.readouterr().err


def test_train_passes_its_replicate_to_the_recipe(monkeypatch, tmp_path):
    """`--replicate 2` trains the recipe's replicate 2 (seeds raised by 200,
    output OUTPUT-r2): what training.train hands on is that config."""
    import training.train as train
    from training.config import load_config, replicate

    seen = {}

    def stop(cfg):
        seen["cfg"] = cfg
        raise SystemExit(0)

    monkeypatch.setattr(train, "set_threads", stop)
    with pytest.raises(SystemExit):
        train.main(["--config", "training/configs/smoke.json", "--replicate", "2"])
    want = replicate(load_config("training/configs/smoke.json"), 2)
    assert seen["cfg"].to_dict() == want.to_dict() and seen["cfg"].output.endswith("-r2")

