"""Held-out models kept on disk, so that a held-out run can be scored again
(after a change to decoding or to the span repairs) without training again.

    python -m training.experiments lodo --config training/configs/lodo-fast.json --models-dir runs/lodo-fast

Each model goes to a folder of its own (the shared synthetic stages, each
fold's teacher, each fold's model) in the shipped format (fp16 weights,
`metricner.model.files.save_model`), with its recipe: the config, the part
of the run, the held-out document, a digest of the gold documents it was
trained on and of the code that makes its training data and trains it, and
for a distilled model its teacher's weights. A folder whose recipe matches is
loaded instead of trained; any other is trained again and overwritten. The
held-out document is always tagged by the model as saved and loaded again,
so a run and a later rescoring of its folders give the same predictions.
"""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent

#: the code whose change changes what a model learns: the training data (the
#: generator, the gold reader, sentence cuts, label alignment, the language
#: tables they read), the training, the base model
RECIPE_CODE = ("training/synth/**/*.py", "training/train.py", "training/data.py", "training/distill.py",
               "training/soup.py", "training/config.py", "src/metricner/lang/**/*.py",
               "src/metricner/numbers/*.py", "src/metricner/model/base.py", "src/metricner/textnorm.py",
               "src/metricner/sentences.py", "src/metricner/align.py", "src/metricner/labels.py",
               "src/metricner/schema.py", "src/metricner/gold.py")


@functools.lru_cache(maxsize=None)
def code_digest(root: Path = ROOT) -> str:
    """sha256 over the files of `RECIPE_CODE` (paths and contents), read once
    per process: every recipe of a run is checked against the same code."""
    h = hashlib.sha256()
    for pattern in RECIPE_CODE:
        for path in sorted(root.glob(pattern)):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def docs_digest(docs: Sequence[dict]) -> str:
    """sha256 over the gold documents a model trains on (ids, texts, gold spans)."""
    rows = [{k: d.get(k) for k in ("doc_id", "lang", "text", "gold")} for d in docs]
    return hashlib.sha256(json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def recipe(cfg, part: str, train_docs: Sequence[dict] = (), teacher_sha256: str | None = None) -> dict:
    """What a kept model must have been trained by to be reused."""
    return _plain({"config": cfg.to_dict(), "part": part, "gold": docs_digest(train_docs),
                   "code": code_digest(), "teacher_sha256": teacher_sha256})


def _plain(value: Any) -> Any:
    """`value` as it reads back from JSON (tuples as lists, odd types as strings)."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def kept_or_trained(folder: Path | None, wanted: dict, train: Callable[[], tuple[Any, Any]], tokenizer,
                    cfg, log: Callable[[str], None] = print, device=None) -> tuple[Any, Any, str | None, bool]:
    """(model, plan, weights sha256, reused): the model kept in `folder` when
    its recipe is `wanted` (moved to `device`; reused True), else `train()`'s,
    saved there and loaded back. Without a folder, `train()`'s model as it is
    (sha256 None)."""
    from metricner.model.files import METADATA, load_model, read_metadata, save_model

    if folder is None:
        model, plan = train()
        return model, plan, None, False
    if (folder / METADATA).is_file():
        meta = read_metadata(folder)
        if meta.get("training") == wanted:
            log(f"kept model {folder}: its recipe matches, not training it again")
            model, _, meta = load_model(folder)
            model = model.to(device) if device is not None else model
            return model, meta.get("data", {}).get("plan"), meta["weights_sha256"], True
        log(f"kept model {folder}: another recipe, training it again")
    model, plan = train()
    device = next(model.parameters()).device
    save_model(model, tokenizer, folder, cfg.model.base, training=wanted, data={"plan": _plain(plan)},
               version=cfg.model.version, max_length=cfg.model.max_length, name=cfg.model.name or "fold")
    model, _, meta = load_model(folder)
    return model.to(device), plan, meta["weights_sha256"], False
