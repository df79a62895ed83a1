"""Distillation: which teacher layers a student keeps, what it starts as, and the mixed loss."""
from __future__ import annotations

import json

import pytest
from model_fixtures import fixture_docs, trained_tiny_model

from training.config import ConfigError, load_config
from training.distill import distill_loss, spread_layers, student_from

# (teacher layers, student layers, kept)
SPREADS = [
    (6, 6, [0, 1, 2, 3, 4, 5]),
    (6, 4, [0, 2, 3, 5]),
    (6, 3, [0, 2, 5]),
    (6, 2, [0, 5]),
    (6, 1, [5]),
    (12, 4, [0, 4, 7, 11]),
    (2, 2, [0, 1]),
]


@pytest.mark.parametrize("n,k,kept", SPREADS)
def test_spread_layers(n, k, kept):
    assert spread_layers(n, k) == kept


@pytest.mark.parametrize("n,k", [(6, 0), (6, 7)])
def test_spread_layers_rejects_impossible_depths(n, k):
    with pytest.raises(ValueError, match="cannot keep"):
        spread_layers(n, k)


def _teacher():
    from metricner.model.files import load_model

    model, _, _ = load_model(trained_tiny_model())
    return model


def _batch():
    import torch

    ids = torch.tensor([[0, 6, 7, 8, 2], [0, 9, 10, 2, 1]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0]])
    return ids, mask


def test_student_with_every_layer_is_the_teacher():
    import torch

    teacher = _teacher()
    student = student_from(teacher, range(len(teacher.base_model.encoder.layer)))
    ids, mask = _batch()
    with torch.no_grad():
        assert torch.allclose(student(input_ids=ids, attention_mask=mask).logits,
                              teacher(input_ids=ids, attention_mask=mask).logits, atol=1e-6)


def test_student_keeps_the_named_layers_and_leaves_the_teacher_alone():
    import torch

    teacher = _teacher()
    before = {k: v.clone() for k, v in teacher.state_dict().items()}
    student = student_from(teacher, [1])
    assert student.config.num_hidden_layers == 1 and len(student.base_model.encoder.layer) == 1
    layer = student.base_model.encoder.layer[0]
    assert torch.equal(layer.output.dense.weight, teacher.base_model.encoder.layer[1].output.dense.weight)
    with torch.no_grad():
        layer.output.dense.weight.add_(1.0)
    assert all(torch.equal(v, before[k]) for k, v in teacher.state_dict().items())


@pytest.mark.parametrize("keep", [[2], [0, 0], [-1]])
def test_student_rejects_missing_or_repeated_layers(keep):
    with pytest.raises(ValueError, match="distinct index below 2"):
        student_from(_teacher(), keep)


def test_loss_is_cross_entropy_at_weight_zero_and_only_soft_at_one():
    import torch
    import torch.nn.functional as F

    torch.manual_seed(0)
    s, t = torch.randn(2, 5, 9), torch.randn(2, 5, 9)
    labels = torch.tensor([[-100, 1, 0, 2, -100], [-100, 0, 0, -100, -100]])
    keep = labels != -100
    assert torch.isclose(distill_loss(s, t, labels, 0.0, 2.0), F.cross_entropy(s[keep], labels[keep]))
    assert torch.isclose(distill_loss(t, t, labels, 1.0, 2.0), torch.tensor(0.0), atol=1e-6)
    assert distill_loss(s, t, labels, 1.0, 2.0) > 0


def test_loss_ignores_positions_without_a_label():
    import torch

    torch.manual_seed(1)
    s, t = torch.randn(1, 4, 9), torch.randn(1, 4, 9)
    labels = torch.tensor([[-100, 1, 0, -100]])
    other = s.clone()
    other[0, 0] += 5.0
    other[0, 3] -= 5.0
    assert torch.isclose(distill_loss(s, t, labels, 0.5, 2.0), distill_loss(other, t, labels, 0.5, 2.0))


def write(tmp_path, data):
    p = tmp_path / "c.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


@pytest.mark.parametrize("data,fragment", [
    ({"model": {"teacher_layers": [0, 5]}}, "needs config.model.teacher"),
    ({"model": {"teacher": "t", "layers": 3, "teacher_layers": [0, 5]}}, "names 2 layers"),
    ({"stages": [{"data": {"synthetic_per_lang": 1}, "train": {"distill_weight": 1.5}}]}, "distill_weight"),
    ({"stages": [{"data": {"synthetic_per_lang": 1}, "train": {"distill_temperature": 0}}]}, "distill_temperature"),
])
def test_bad_distillation_configs_fail_early(tmp_path, data, fragment):
    with pytest.raises(ConfigError, match=fragment):
        load_config(write(tmp_path, data))


def test_distilled_student_trains_saves_and_tags():
    from metricner.model import ModelTagger
    from metricner.model.base import load_base_tokenizer
    from metricner.model.files import save_model
    from model_fixtures import tiny_config
    from training.train import build_model, load_teacher, run_stages

    teacher_folder = trained_tiny_model()
    meta = json.loads((teacher_folder / "metricner.json").read_text(encoding="utf-8"))
    cfg = tiny_config(meta["base"], steps=3)
    cfg.model.teacher, cfg.model.layers = str(teacher_folder), 1
    teacher = load_teacher(cfg)
    student = build_model(cfg, teacher)
    assert len(student.base_model.encoder.layer) == 1
    assert not student.get_input_embeddings().weight.requires_grad
    frozen = {k: v.clone() for k, v in teacher.state_dict().items()}
    tok = load_base_tokenizer(meta["base"])
    (summary,) = run_stages(cfg, student, tok, cfg.stages, fixture_docs(), teacher=teacher)
    assert summary["training"]["steps"] == 3
    assert all((v == frozen[k]).all() for k, v in teacher.state_dict().items())  # the teacher never moves
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        folder = save_model(student, tok, Path(tmp) / "student", meta["base"], training=cfg.to_dict(),
                            data={"stages": [summary]}, version="0.0-test", max_length=32)
        tagger = ModelTagger.load(folder)
        assert tagger.model.config.num_hidden_layers == 1
        assert len(tagger.tag(["Jumlah peserta 155.934 orang."], ["id"])) == 1
        meta = json.loads((folder / "metricner.json").read_text(encoding="utf-8"))
        assert meta["training"]["model"]["teacher_layers"] == [1]  # the layers kept are on record
        from training.model_card import render

        card = render(folder, Path(tmp) / "no-reports")
        assert "Distilled from" in card and "layers [1]" in card and "dev-fast" in card


def test_teacher_of_another_base_is_refused():
    from model_fixtures import tiny_config
    from training.train import load_teacher

    cfg = tiny_config("multilingual-e5-small")
    cfg.model.teacher = str(trained_tiny_model())
    with pytest.raises(ConfigError, match="was trained from"):
        load_teacher(cfg)
