"""Train on a machine that has torch and transformers but not this project's
packages, its base model or a package registry (a lent GPU machine):

    python -m training.bundle pack   --config training/configs/ship.json --out runs/bundle
    PYTHONPATH=src:. python -m training.bundle train --bundle runs/bundle --out runs/trained   # there
    python -m training.bundle unpack --bundle runs/bundle --trained runs/trained [--output DIR]

`pack` (here) does everything that needs the project's data and packages:
it builds every stage's examples exactly as `training.train` does, tokenises
them, and writes only what training reads:

- stages.npz: per stage, the piece ids (remapped to the rows below) and
  labels as flat arrays with row offsets;
- word_rows.safetensors: the rows of the frozen word-embedding matrix that
  the data uses (frozen, so no other row can change or matter), fp16;
- encoder.safetensors: position/type embeddings, embedding LayerNorm and the
  first `model.layers` encoder layers of the base, fp16; for a distillation
  config (`model.teacher`), the student as `training.train` builds it
  instead (the teacher's layers `model.teacher_layers` and its head);
- teacher.safetensors (distillation only): the teacher without its word
  embeddings, fp16, whose label distributions the student learns from;
- bundle.json: the BERT config (vocabulary = those rows; the teacher's
  too), the run config, the data summaries and the row map's size.

`train` (there) needs torch, transformers, safetensors and numpy only; it
builds the classifier on the compact vocabulary, trains the stages with the
same loop as `training.train` (`train_rows`; bf16 autocast on CUDA) and
writes the trained weights without the word embeddings in shards under
15 MiB (a lent machine returns files of at most 16 MiB), with a summary.

`unpack` (here) rebuilds the full model from the base, loads the trained
weights and writes a shippable model folder (`metricner.model.files`).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Sequence

FORMAT = 1
SHARD_BYTES = 15 * 1024 * 1024
WORD_KEY = "bert.embeddings.word_embeddings.weight"


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---- pack (here) -------------------------------------------------------------

def pack(config_path: str, out_dir: str | Path, member: int = 0) -> Path:
    import numpy as np
    import torch
    from safetensors.torch import save_file
    from transformers import AutoConfig, AutoModel

    from metricner.model.base import resolve_base_model
    from training.config import load_config
    from training.data import build_dataset, collect_examples, load_gold_docs
    from training.train import build_student, load_teacher, load_tokenizer

    from training import soup

    cfg = load_config(config_path)
    # one member of a soup (training.soup): its seeds, trained and unpacked as a model of its own
    cfg.stages = soup.member_stages(cfg.stages, member)
    cfg.model.soup_members = 1
    teacher = load_teacher(cfg)  # None without model.teacher; ConfigError where it cannot be loaded
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tok = load_tokenizer(cfg)
    student = build_student(cfg, teacher) if teacher is not None else None  # fixes cfg.model.teacher_layers
    docs = load_gold_docs(cfg.stages[-1].data.gold_dir, cfg.stages[-1].data.seeds_dir) \
        if any(s.data.gold != "none" for s in cfg.stages) else []
    stages, summaries = [], []
    for stage in cfg.stages:
        dataset, summary = build_dataset(collect_examples(stage.data, docs), tok, cfg.model.max_length)
        stages.append((dataset["input_ids"], dataset["labels"]))
        summaries.append({**summary, "name": stage.name})
        log(f"pack: {stage.name}: {summary['examples']} examples, {summary['tokens']} pieces")
    used = sorted({i for ids, _ in stages for row in ids for i in row}
                  | {tok.pad_token_id, tok.cls_token_id, tok.sep_token_id, tok.unk_token_id})
    remap = {old: new for new, old in enumerate(used)}
    arrays = {"rows": np.asarray(used, dtype=np.int32)}
    for k, (ids, labels) in enumerate(stages):
        arrays[f"ids_{k}"] = np.asarray([remap[i] for row in ids for i in row], dtype=np.int32)
        arrays[f"labels_{k}"] = np.asarray([x for row in labels for x in row], dtype=np.int16)
        arrays[f"offsets_{k}"] = np.cumsum([0] + [len(r) for r in ids]).astype(np.int64)
    np.savez_compressed(out / "stages.npz", **arrays)

    compact = {"vocab_size": len(used), "pad_token_id": remap[tok.pad_token_id]}
    if student is None:
        from transformers.utils import logging as hf_logging

        base = resolve_base_model(cfg.model.base)
        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()  # the dropped layers are expected
        try:
            encoder = AutoModel.from_pretrained(base, add_pooling_layer=False, num_hidden_layers=cfg.model.layers)
        finally:
            hf_logging.set_verbosity(verbosity)
        state = {f"bert.{k}": v for k, v in encoder.state_dict().items()}
        bert = AutoConfig.from_pretrained(base).to_dict()
        bert.update(num_hidden_layers=cfg.model.layers, hidden_dropout_prob=cfg.model.dropout,
                    attention_probs_dropout_prob=cfg.model.dropout)
    else:
        state, bert = dict(student.state_dict()), student.config.to_dict()
    bert.update(compact)
    words = state.pop(WORD_KEY)
    save_file({WORD_KEY: words[torch.as_tensor(used)].half().contiguous()}, str(out / "word_rows.safetensors"))
    save_file(_half(state), str(out / "encoder.safetensors"))
    meta = {"format": FORMAT, "bert_config": bert, "config": cfg.to_dict(), "stages": summaries,
            "rows": len(used), "base_vocab": int(words.shape[0]), "gold_docs": [d["doc_id"] for d in docs],
            "pad_id": remap[tok.pad_token_id]}
    if teacher is not None:  # the same frozen word rows serve the teacher
        tstate = {k: v for k, v in teacher.state_dict().items() if k != WORD_KEY}
        save_file(_half(tstate), str(out / "teacher.safetensors"))
        meta["teacher_bert_config"] = {**teacher.config.to_dict(), **compact}
    (out / "bundle.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir()) / 2**20
    log(f"pack: {out} ({size:.1f} MiB, {len(used)} of {words.shape[0]} word-embedding rows)")
    return out


def _half(state: dict) -> dict:
    return {k: v.detach().half().contiguous() for k, v in state.items()}


# ---- train (there) -----------------------------------------------------------

def _bundle_model(meta: dict, bundle: Path, config_key: str = "bert_config", weights: str = "encoder.safetensors"):
    """The compact-vocabulary classifier of a bundle: the model to train
    (default), or its teacher (config_key="teacher_bert_config",
    weights="teacher.safetensors")."""
    import torch
    from safetensors.torch import load_file
    from transformers import BertConfig, BertForTokenClassification

    from metricner.labels import ID2LABEL, LABEL2ID

    config = BertConfig(**{k: v for k, v in meta[config_key].items() if k not in ("architectures",)})
    config.num_labels, config.id2label, config.label2id = len(ID2LABEL), dict(ID2LABEL), dict(LABEL2ID)
    torch.manual_seed(meta["config"]["stages"][0]["train"]["seed"])  # the new head, as training.train draws it
    model = BertForTokenClassification(config)
    state = {k: v.float() for k, v in load_file(str(bundle / weights)).items()}
    state.update({k: v.float() for k, v in load_file(str(bundle / "word_rows.safetensors")).items()})
    result = model.load_state_dict(state, strict=False)
    missing = [k for k in result.missing_keys if not k.startswith("classifier.")]
    if missing or result.unexpected_keys:
        raise RuntimeError(f"bundle weights do not fit: missing {missing[:5]}, unexpected {result.unexpected_keys[:5]}")
    model.get_input_embeddings().weight.requires_grad_(False)
    return model


def train(bundle_dir: str | Path, out_dir: str | Path, device: str | None = None, max_steps: int = 0) -> Path:
    import numpy as np
    import torch

    from training.config import Config, from_dict
    from training.distill import frozen
    from training.train import pick_device, train_rows

    bundle, out = Path(bundle_dir), Path(out_dir)
    meta = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise RuntimeError(f"{bundle}: bundle format {meta.get('format')!r}, expected {FORMAT}")
    cfg = from_dict(Config, meta["config"])
    for stage in cfg.stages if max_steps else ():
        stage.train.max_steps = max_steps
    arrays = np.load(bundle / "stages.npz")
    dev = pick_device(device)
    model = _bundle_model(meta, bundle).to(dev)
    teacher = None
    if "teacher_bert_config" in meta:
        teacher = frozen(_bundle_model(meta, bundle, "teacher_bert_config", "teacher.safetensors").to(dev))
        log(f"train: distilling from the bundle's teacher ({teacher.config.num_hidden_layers} layers)")
    timings = []
    for k, stage in enumerate(cfg.stages):
        ids, labels, offs = arrays[f"ids_{k}"], arrays[f"labels_{k}"], arrays[f"offsets_{k}"]
        rows = [{"input_ids": ids[a:b].tolist(), "labels": labels[a:b].tolist()} for a, b in zip(offs[:-1], offs[1:])]
        log(f"train: {stage.name}: {len(rows)} examples on {dev}")
        timings.append({"name": stage.name, **train_rows(model, rows, [len(r["input_ids"]) for r in rows],
                                                        stage, meta["pad_id"], teacher)})
    out.mkdir(parents=True, exist_ok=True)
    shards = write_shards(_half({k: v.to("cpu") for k, v in model.state_dict().items() if k != WORD_KEY}), out)
    hw = f"CUDA: {torch.cuda.get_device_name(0)}" if dev.type == "cuda" else f"CPU: {torch.get_num_threads()} threads"
    (out / "trained.json").write_text(json.dumps({"format": FORMAT, "shards": shards, "stages": timings,
                                                  "hardware": hw, "torch": torch.__version__,
                                                  "distilled": teacher is not None}, indent=2),
                                      encoding="utf-8")
    log(f"train: wrote {len(shards)} shards to {out}")
    return out


def write_shards(state: dict, out: Path, limit: int = SHARD_BYTES) -> list[str]:
    """Save `state` as model-NN.safetensors files of at most `limit` bytes of tensors each."""
    from safetensors.torch import save_file

    shards: list[dict] = [{}]
    size = 0
    for key in sorted(state):
        n = state[key].numel() * state[key].element_size()
        if shards[-1] and size + n > limit:
            shards.append({})
            size = 0
        shards[-1][key] = state[key]
        size += n
    names = []
    for i, part in enumerate(shards):
        name = f"model-{i:02d}.safetensors"
        save_file(part, str(out / name))
        names.append(name)
    return names


# ---- unpack (here) -----------------------------------------------------------

def unpack(bundle_dir: str | Path, trained_dir: str | Path, output: str | None = None) -> Path:
    from safetensors.torch import load_file

    from metricner.model.files import save_model
    from training.config import Config, from_dict
    from training.train import build_model, load_tokenizer

    bundle, trained = Path(bundle_dir), Path(trained_dir)
    meta = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    info = json.loads((trained / "trained.json").read_text(encoding="utf-8"))
    cfg = from_dict(Config, meta["config"])
    model = build_model(cfg)
    state = {}
    for name in info["shards"]:
        state.update({k: v.float() for k, v in load_file(str(trained / name)).items()})
    result = model.load_state_dict(state, strict=False)
    if [k for k in result.missing_keys if k != WORD_KEY] or result.unexpected_keys:
        raise RuntimeError(f"trained weights do not fit: {result}")
    summaries = [{**s, "training": t} for s, t in zip(meta["stages"], info["stages"])]
    data = {"gold_docs": meta["gold_docs"], "stages": summaries, "hardware": info["hardware"]}
    out = save_model(model.eval(), load_tokenizer(cfg), output or cfg.output, cfg.model.base,
                     training=cfg.to_dict(), data=data, version=cfg.model.version, max_length=cfg.model.max_length,
                     name=cfg.model.name)
    log(f"unpack: saved {out}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.bundle", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack", help="tokenised data, used embedding rows and encoder layers for a config")
    p.add_argument("--config", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--member", type=int, default=None,
                   help="for a config with model.soup_members N: the member (0..N-1) to pack; "
                        "average the unpacked members with python -m training.soup")
    t = sub.add_parser("train", help="train from a bundle (torch, transformers, safetensors, numpy only)")
    t.add_argument("--bundle", required=True)
    t.add_argument("--out", required=True)
    t.add_argument("--device", help="torch device (default: cuda where present)")
    t.add_argument("--max-steps", type=int, default=0, help="cap every stage at N steps (a quick check)")
    u = sub.add_parser("unpack", help="a shippable model folder from a bundle and its trained weights")
    u.add_argument("--bundle", required=True)
    u.add_argument("--trained", required=True)
    u.add_argument("--output", help="model folder (default: the config's output)")
    args = ap.parse_args(argv)
    if args.cmd == "pack":
        from training.config import load_config_for_cli

        cfg = load_config_for_cli(ap, args.config)  # a bad config stops here, with the usage line
        if cfg.model.soup_members > 1 and args.member is None:
            ap.error(f"config.model.soup_members is {cfg.model.soup_members}: a bundle trains one member; "
                     "pack each with --member K and average the unpacked folders with python -m training.soup")
        if args.member is not None and not 0 <= args.member < cfg.model.soup_members:
            ap.error(f"--member must be between 0 and {cfg.model.soup_members - 1}")
        from training.config import ConfigError

        try:
            pack(args.config, args.out, args.member or 0)
        except ConfigError as exc:  # a teacher folder that is missing or of another base
            ap.error(str(exc))
    elif args.cmd == "train":
        train(args.bundle, args.out, args.device, args.max_steps)
    else:
        unpack(args.bundle, args.trained, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
