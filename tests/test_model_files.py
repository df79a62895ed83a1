"""The model folder: what is saved, and clear errors for missing or damaged files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from model_fixtures import trained_tiny_model

from metricner.model import ModelFilesError
from metricner.model.files import load_model


@pytest.fixture()
def model_copy(tmp_path):
    dst = tmp_path / "m"
    shutil.copytree(trained_tiny_model(), dst)
    return dst


def test_saved_without_word_embeddings_in_fp16(model_copy):
    from safetensors import safe_open

    meta = json.loads((model_copy / "metricner.json").read_text())
    with safe_open(str(model_copy / "model.safetensors"), "pt") as f:
        keys = list(f.keys())
        assert meta["word_embeddings"]["key"] not in keys
        assert {str(f.get_tensor(k).dtype) for k in keys} == {"torch.float16"}
    model, tok, meta2 = load_model(model_copy)
    assert model.get_input_embeddings().weight.shape[0] == 250002
    assert meta2["weights_sha256"] == meta["weights_sha256"]


def test_missing_folder(tmp_path):
    with pytest.raises(ModelFilesError, match="does not exist"):
        load_model(tmp_path / "nope")


def test_missing_weights(model_copy):
    (model_copy / "model.safetensors").unlink()
    with pytest.raises(ModelFilesError, match="model.safetensors is missing"):
        load_model(model_copy)


def test_damaged_weights(model_copy):
    p = model_copy / "model.safetensors"
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0xFF
    p.write_bytes(bytes(data))
    with pytest.raises(ModelFilesError, match="damaged"):
        load_model(model_copy)


def test_truncated_weights(model_copy):
    p = model_copy / "model.safetensors"
    p.write_bytes(p.read_bytes()[:100])
    with pytest.raises(ModelFilesError, match="damaged"):
        load_model(model_copy)


def test_missing_metadata(model_copy):
    (model_copy / "metricner.json").unlink()
    with pytest.raises(ModelFilesError, match="metricner.json is missing"):
        load_model(model_copy)


def test_labels_checked(model_copy):
    cfg = json.loads((model_copy / "config.json").read_text())
    cfg["id2label"]["1"], cfg["id2label"]["2"] = cfg["id2label"]["2"], cfg["id2label"]["1"]
    (model_copy / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(ModelFilesError, match="labels"):
        load_model(model_copy)


def test_bad_json(model_copy):
    (model_copy / "config.json").write_text("{not json")
    with pytest.raises(ModelFilesError, match="not valid JSON"):
        load_model(model_copy)


def test_int8_quantised_tagger(model_copy):
    from metricner.model import ModelTagger
    from metricner.pipeline import Extractor

    plain = ModelTagger.load(model_copy)
    q = ModelTagger.load(model_copy, quantize=True)
    assert q.extractor == plain.extractor + "+int8"
    linear = [type(m) for m in q.model.modules() if type(m).__name__ == "Linear"]
    assert linear and all("quantized" in t.__module__ for t in linear)
    import torch

    schemes = {m.weight().qscheme() for m in q.model.modules() if type(m).__name__ == "Linear"}
    assert schemes == {torch.per_channel_affine}  # one scale per output channel, not per tensor
    texts = ["Jumlah peserta mencapai 155.934 orang.", "Over 1,4 prosent er ledige."]
    out = q.tag(texts, ["id", "nb"])
    assert len(out) == 2  # runs; spans of a 6-step tiny model say nothing about accuracy
    with pytest.raises(ValueError, match="CPU only"):
        ModelTagger.load(model_copy, quantize=True, device="meta")
    with pytest.raises(ValueError, match="model engine"):
        Extractor(engine="rules", quantize=True)


# (what --model / model_path says, the folder it names; "HERE" = a folder in the working directory)
MODEL_NAMES = [
    (None, "pkg:metricner-e5s-fast"),
    ("default", "pkg:metricner-e5s-fast"),
    ("fast", "pkg:metricner-e5s-fast"),
    ("teacher", "pkg:metricner-e5s"),
    ("metricner-e5s", "pkg:metricner-e5s"),
    ("metricner-e5s-fast", "pkg:metricner-e5s-fast"),
    ("runs/ship", "runs/ship"),
]


@pytest.mark.parametrize("given,expected", MODEL_NAMES)
def test_model_names_and_folders(given, expected, tmp_path, monkeypatch):
    from metricner.model.files import model_dir, shipped_model_dir

    monkeypatch.chdir(tmp_path)
    want = shipped_model_dir(expected[4:]) if expected.startswith("pkg:") else Path(expected)
    assert model_dir(given) == want


def test_a_folder_named_like_a_shipped_model_wins(tmp_path, monkeypatch):
    from metricner.model.files import model_dir

    monkeypatch.chdir(tmp_path)
    (tmp_path / "fast").mkdir()
    assert model_dir("fast") == Path("fast")
