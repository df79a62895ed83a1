"""Fine-tune the metric tagger: `python -m training.train --config CONFIG [--output DIR]`.

The loop is a plain PyTorch loop rather than the HF `Trainer`: runs are
small CPU jobs made of chained stages (synthetic, then gold) that the
experiments restart per fold from a shared stage-1 model; a short loop with
explicit length-grouped batches, frozen word embeddings and a linear
warmup/decay schedule is easier to read and to reproduce than Trainer state.
The output folder is a shippable model (metricner.model.files).
"""
from __future__ import annotations

import argparse
import copy
import math
import random
import sys
import time
from typing import Sequence

from training.config import Config, ConfigError, StageConfig, load_config_for_cli


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_tokenizer(cfg: Config):
    from metricner.model.base import load_base_tokenizer

    return load_base_tokenizer(cfg.model.base)


def load_teacher(cfg: Config, device=None):
    """The teacher model of a distillation config (eval mode, frozen), else None."""
    if not cfg.model.teacher:
        return None
    from metricner.model.files import ModelFilesError, load_model

    try:
        teacher, _, meta = load_model(cfg.model.teacher)
    except ModelFilesError as exc:
        raise ConfigError(f"config.model.teacher: {exc}") from exc
    if meta.get("base") != cfg.model.base:
        raise ConfigError(f"config.model.teacher was trained from {meta.get('base')!r}, "
                          f"config.model.base is {cfg.model.base!r}")
    from training.distill import frozen

    return frozen(teacher.to(device or "cpu"))


def build_student(cfg: Config, teacher):
    """The distillation student: cfg.model.layers of the teacher's layers
    (cfg.model.teacher_layers, default spread evenly; the choice is written
    back into cfg, so it reaches the saved model's metadata) and its head,
    with cfg.model.dropout and frozen word embeddings."""
    import torch

    from training.distill import encoder_layers, spread_layers, student_from

    n = len(encoder_layers(teacher))
    if cfg.model.layers > n:
        raise ConfigError(f"model.layers {cfg.model.layers} > {n} layers of the teacher")
    cfg.model.teacher_layers = list(cfg.model.teacher_layers or spread_layers(n, cfg.model.layers))
    model = student_from(teacher, cfg.model.teacher_layers)
    model.config.hidden_dropout_prob = model.config.attention_probs_dropout_prob = cfg.model.dropout
    for module in model.modules():
        if isinstance(module, torch.nn.Dropout):
            module.p = cfg.model.dropout
    model.requires_grad_(True)
    model.get_input_embeddings().weight.requires_grad_(False)
    return model


def build_model(cfg: Config, teacher=None):
    """Token classifier from the base, truncated to cfg.model.layers, word
    embeddings frozen; the new head is drawn from the first stage's seed.
    With a teacher (`load_teacher`): its layers cfg.model.teacher_layers
    (default spread evenly) and its head (training.distill)."""
    from transformers import AutoConfig, AutoModelForTokenClassification, set_seed
    from transformers.utils import logging as hf_logging

    from metricner.labels import ID2LABEL, LABEL2ID
    from metricner.model.base import hub_error, resolve_base_model

    if teacher is not None:
        return build_student(cfg, teacher)
    path = resolve_base_model(cfg.model.base)
    try:
        base_config = AutoConfig.from_pretrained(path)
    except OSError as exc:
        raise hub_error(cfg.model.base, exc) from exc
    if cfg.model.layers > base_config.num_hidden_layers:
        raise ConfigError(f"model.layers {cfg.model.layers} > {base_config.num_hidden_layers} layers of the base")
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # dropped layers and the new head are expected
    set_seed(cfg.stages[0].train.seed)
    try:
        model = AutoModelForTokenClassification.from_pretrained(
            path, num_labels=len(ID2LABEL), id2label=dict(ID2LABEL), label2id=dict(LABEL2ID),
            num_hidden_layers=cfg.model.layers, hidden_dropout_prob=cfg.model.dropout,
            attention_probs_dropout_prob=cfg.model.dropout,
        )
    finally:
        hf_logging.set_verbosity(verbosity)
    model.get_input_embeddings().weight.requires_grad_(False)
    return model


def length_grouped_batches(lengths: Sequence[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (sorted inside mega-batches of 50 batches)."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    mega = batch_size * 50
    batches = []
    for k in range(0, len(idx), mega):
        chunk = sorted(idx[k : k + mega], key=lambda i: -lengths[i])
        batches += [chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(rows: list[dict], pad_id: int):
    import torch

    width = max(len(r["input_ids"]) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), -100, dtype=torch.long)
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        ids[i, :n] = torch.tensor(r["input_ids"])
        mask[i, :n] = 1
        labels[i, :n] = torch.tensor(r["labels"])
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def pick_device(name: str | None = None):
    """torch device: `name`, else CUDA where present, else CPU."""
    import torch

    return torch.device(name or ("cuda" if torch.cuda.is_available() else "cpu"))


def train_stage(model, dataset, stage: StageConfig, pad_id: int, teacher=None) -> dict:
    """Optimise every trainable weight on `dataset` (a datasets.Dataset with
    input_ids, labels and length) on the model's device; see `train_rows`."""
    rows = dataset.remove_columns([c for c in dataset.column_names if c not in ("input_ids", "labels")]).to_list()
    return train_rows(model, rows, dataset["length"], stage, pad_id, teacher)


def train_rows(model, rows: Sequence[dict], lengths: Sequence[int], stage: StageConfig, pad_id: int,
               teacher=None) -> dict:
    """Optimise every trainable weight on `rows` ({"input_ids", "labels"}) on
    the model's device (bf16 autocast on CUDA); returns timing and loss.
    With a teacher, the loss mixes in its soft labels (training.distill)."""
    import contextlib

    import torch
    from transformers import get_linear_schedule_with_warmup, set_seed

    t = stage.train
    set_seed(t.seed)
    rng = random.Random(t.seed)
    n_batches = math.ceil(len(rows) / t.batch_size)
    total = t.max_steps if t.max_steps > 0 else max(1, math.ceil(t.epochs * n_batches))
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        if p.requires_grad:
            (no_decay if p.ndim < 2 or "LayerNorm" in name else decay).append(p)
    optim = torch.optim.AdamW([{"params": decay, "weight_decay": t.weight_decay},
                               {"params": no_decay, "weight_decay": 0.0}], lr=t.learning_rate)
    sched = get_linear_schedule_with_warmup(optim, int(t.warmup_ratio * total), total)
    device = next(model.parameters()).device
    autocast = (torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda"
                else contextlib.nullcontext())
    model.train()
    step, start, running = 0, time.time(), 0.0
    while step < total:
        for batch_idx in length_grouped_batches(lengths, t.batch_size, rng):
            batch = {k: v.to(device) for k, v in collate([rows[i] for i in batch_idx], pad_id).items()}
            with autocast:
                if teacher is None:
                    loss = model(**batch).loss
                else:
                    from training.distill import distill_loss

                    inputs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
                    with torch.no_grad():
                        soft = teacher(**inputs).logits
                    loss = distill_loss(model(**inputs).logits, soft, batch["labels"],
                                        t.distill_weight, t.distill_temperature)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], t.max_grad_norm)
            optim.step()
            sched.step()
            optim.zero_grad(set_to_none=True)
            step += 1
            running += loss.item()
            if step % t.log_every == 0 or step == total:
                el = time.time() - start
                log(f"{stage.name}: step {step}/{total} loss {running / (step % t.log_every or t.log_every):.4f} "
                    f"{el / step:.2f} s/step, ~{el / step * (total - step):.0f} s left")
                running = 0.0
            if step >= total:
                break
    model.eval()
    secs = time.time() - start
    return {"steps": step, "seconds": round(secs, 1), "seconds_per_step": round(secs / max(step, 1), 3)}


def run_stages(cfg: Config, model, tokenizer, stages: Sequence[StageConfig], train_docs: Sequence[dict],
               exclude_langs: Sequence[str] = (), teacher=None) -> list[dict]:
    """Train `stages` in order; returns one summary per stage (data and timing)."""
    from training.data import build_dataset, collect_examples

    summaries = []
    for stage in stages:
        examples = collect_examples(stage.data, train_docs, exclude_langs)
        if not examples:
            raise RuntimeError(f"stage {stage.name!r} has no examples (is annotations/gold filled?)")
        dataset, summary = build_dataset(examples, tokenizer, cfg.model.max_length)
        log(f"{stage.name}: {summary['examples']} examples {summary['by_source']}, lost spans {summary['spans_lost']}")
        summary["training"] = train_stage(model, dataset, stage, tokenizer.pad_token_id, teacher)
        summary["name"] = stage.name
        summaries.append(summary)
    return summaries


def train_members(cfg: Config, tokenizer, docs: Sequence[dict], device, teacher=None, stages=None,
                  exclude_langs: Sequence[str] = (), start_models: Sequence | None = None):
    """Train cfg.model.soup_members members (training.soup) through `stages`
    (default: all of the config's) and return (the averaged model, stage
    summaries of every member, named "member k: stage" when there are
    several). start_models: one model per member to continue from (a shared
    first stage), instead of fresh models from the base."""
    from training import soup

    members, summaries = train_soup_members(cfg, tokenizer, docs, device, teacher, stages, exclude_langs,
                                            start_models)
    return soup.average_models(members), summaries


def train_soup_members(cfg: Config, tokenizer, docs: Sequence[dict], device, teacher=None, stages=None,
                       exclude_langs: Sequence[str] = (), start_models: Sequence | None = None):
    """(the trained members, not averaged; their stage summaries): see `train_members`."""
    from training import soup

    n = cfg.model.soup_members
    stages = cfg.stages if stages is None else stages
    members, summaries = [], []
    for k in range(n):
        if start_models is not None:
            model = copy.deepcopy(start_models[k])
        else:  # every member starts from the same head (training.soup)
            model = build_model(cfg, teacher).to(device)
        if n > 1:
            log(f"soup member {k + 1} of {n}")
        done = run_stages(cfg, model, tokenizer, soup.member_stages(stages, k), docs, exclude_langs, teacher)
        for s in done:
            if n > 1:
                s["name"] = f"member {k}: {s['name']}"
        summaries += done
        members.append(model)
    return members, summaries


def set_threads(cfg: Config) -> None:
    import torch

    n = max((s.train.threads for s in cfg.stages), default=0)
    if n > 0:
        torch.set_num_threads(n)


def hardware() -> str:
    """What trained the model, for its card."""
    import os

    import torch

    if torch.cuda.is_available():
        return f"CUDA: {torch.cuda.get_device_name(0)}"
    return f"CPU: {os.cpu_count()} cores, {torch.get_num_threads()} torch threads"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the metric tagger from a JSON config.")
    ap.add_argument("--config", required=True)
    ap.add_argument("--output", help="model folder (default: the config's output)")
    ap.add_argument("--max-steps", type=int, default=0, help="cap every stage at N steps (a quick check)")
    ap.add_argument("--device", help="torch device (default: cuda where present, else cpu)")
    ap.add_argument("--replicate", type=int, default=0, metavar="R",
                    help="train replicate R of the recipe: every seed raised by R * 100, output OUTPUT-rR "
                         "(training.config.replicate)")
    args = ap.parse_args(argv)
    cfg = load_config_for_cli(ap, args.config, args.max_steps, args.replicate)
    output = args.output or cfg.output
    set_threads(cfg)
    from metricner.model.files import save_model
    from training.data import load_gold_docs

    tokenizer = load_tokenizer(cfg)
    device = pick_device(args.device)
    try:
        teacher = load_teacher(cfg, device)
    except ConfigError as exc:
        ap.error(str(exc))
    docs = load_gold_docs(cfg.stages[-1].data.gold_dir, cfg.stages[-1].data.seeds_dir) \
        if any(s.data.gold != "none" for s in cfg.stages) else []
    model, summaries = train_members(cfg, tokenizer, docs, device, teacher)
    data = {"gold_docs": [d["doc_id"] for d in docs], "stages": summaries, "hardware": hardware(),
            "soup_members": cfg.model.soup_members}
    save_model(model, tokenizer, output, cfg.model.base, training=cfg.to_dict(), data=data,
               version=cfg.model.version, max_length=cfg.model.max_length, name=cfg.model.name)
    log(f"saved {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
