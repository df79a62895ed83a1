"""Model soups: several members trained by the same recipe with different
seeds, their weights averaged into one model (Wortsman et al., 2022, "Model
soups"). Members fine-tuned from the same base stay close enough for their
mean to be a model of its own, of the same size and speed, and less
dependent on one run's seeds than either member (figures in the README,
"Model soup").

`model.soup_members` N in a config trains member k (0..N-1) with every seed
of every stage (synthetic_seed, augment_seed, train.seed) raised by
k * SEED_STEP: other synthetic data, augmentations, dropout and batch order;
member 0 is the config as written. Every member starts from the same model
(the base and a head drawn from the first stage's seed as written): a soup
of members whose new heads were drawn apart scored several points lower on
the dev sets than either kind of member alone, TARGET most. Members trained elsewhere
(`training.bundle pack --member K`) are averaged from their folders:

    python -m training.soup --models runs/m0 runs/m1 --out src/metricner/models/metricner-e5s
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

from training.config import raise_seeds

SEED_STEP = 1000


def member_stages(stages: Sequence, k: int) -> list:
    """`stages` with every seed raised by k * SEED_STEP (copies; k = 0: unchanged)."""
    return raise_seeds(stages, k * SEED_STEP)


def average_into(model, states: Sequence[dict]) -> None:
    """Load into `model` the mean of `states` (state dicts of the same
    architecture); tensors that are not floating point are taken from the first."""
    import torch

    if not states:
        raise ValueError("no member weights to average")
    first = states[0]
    mean = {}
    for name, value in first.items():
        if value.is_floating_point():
            mean[name] = (torch.stack([s[name].float() for s in states]).mean(0)).to(value.dtype)
        else:
            mean[name] = value
    model.load_state_dict(mean)


def average_models(models: Sequence, into=None):
    """Load the mean of `models`' weights into `into` (default: the first
    model) and return it."""
    target = models[0] if into is None else into
    if len(models) == 1 and into is None:
        return target  # a soup of one is that model
    average_into(target, [{k: v.detach().cpu() for k, v in m.state_dict().items()} for m in models])
    return target


def average_folders(folders: Sequence[str | Path], out: str | Path) -> Path:
    """A model folder whose weights are the mean of `folders` (saved members of
    one soup); its metadata is the first member's, with every member's stages."""
    from metricner.model.files import load_model, save_model

    loaded = [load_model(str(f)) for f in folders]
    model, tokenizer, meta = loaded[0]
    average_into(model, [m.state_dict() for m, _, _ in loaded])
    training = dict(meta.get("training") or {})
    training.setdefault("model", {})["soup_members"] = len(loaded)
    data = dict(meta.get("data") or {})
    data["stages"] = [{**s, "name": f"member {k}: {s.get('name')}"} for k, (_, _, m) in enumerate(loaded)
                      for s in (m.get("data") or {}).get("stages", [])]
    data["soup_members"] = len(loaded)
    return save_model(model, tokenizer, out, meta["base"], training=training, data=data,
                      version=meta.get("version", "1.0"), max_length=meta.get("max_length", 128),
                      name=meta.get("name", "metricner-e5s"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.soup", description="Average saved soup members.")
    ap.add_argument("--models", nargs="+", required=True, help="member model folders")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    if len(args.models) < 2:
        ap.error("--models needs two or more folders")
    print(average_folders(args.models, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
