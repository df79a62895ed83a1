"""Tiny models and data for the model tests (a random 2-layer encoder with the real tokenizer)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "model"


def fixture_docs() -> list[dict]:
    with open(DATA / "sentences.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tiny_base(folder: Path) -> Path:
    """A randomly initialised BertModel (hidden 32, 2 layers) saved with the real tokenizer."""
    import torch
    from transformers import BertConfig, BertModel

    from metricner.model.base import tokenizer_json

    torch.manual_seed(0)
    config = BertConfig(vocab_size=250002, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128, pad_token_id=1)
    BertModel(config, add_pooling_layer=False).save_pretrained(folder)
    shutil.copyfile(tokenizer_json(), folder / "tokenizer.json")
    return folder


_CACHE: dict[str, Path] = {}


def tiny_config(base: str, steps: int = 6):
    from training.config import Config, DataConfig, ModelConfig, StageConfig, TrainConfig

    return Config(
        name="tiny", output="unused",
        model=ModelConfig(base=base, layers=2, max_length=48),
        stages=[StageConfig(name="gold", data=DataConfig(gold="train_fold", gold_repeat=2),
                            train=TrainConfig(max_steps=steps, batch_size=8, learning_rate=1e-3, log_every=3))],
    )


def trained_tiny_model() -> Path:
    """Train the tiny encoder a few steps on the 20-sentence fixture; save; cached per test run."""
    if "model" in _CACHE:
        return _CACHE["model"]
    import tempfile

    from metricner.model.base import load_base_tokenizer
    from metricner.model.files import save_model
    from training.train import build_model, run_stages

    import atexit

    root = Path(tempfile.mkdtemp(prefix="metricner-tiny-"))
    atexit.register(shutil.rmtree, root, True)
    base = tiny_base(root / "base")
    cfg = tiny_config(str(base))
    tok = load_base_tokenizer(str(base))
    model = build_model(cfg)
    summaries = run_stages(cfg, model, tok, cfg.stages, fixture_docs())
    _CACHE["summaries"] = summaries
    _CACHE["model"] = save_model(model, tok, root / "model", str(base), training=cfg.to_dict(),
                                 data={"stages": summaries}, version="0.0-test", max_length=32)
    return _CACHE["model"]
