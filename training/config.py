"""Typed run configurations, read from one JSON file.

Every key is checked at start-up, before any data or model is loaded: an
unknown key or a value of the wrong type stops the run with the list of
accepted keys.

A run is a list of stages trained one after the other on the same model
(e.g. stage 1 on synthetic data only, stage 2 briefly on gold). Experiments
(`training.experiments`) reuse the first `experiment.shared_stages` stages
across folds: they never see gold data, so no test document leaks.
"""
from __future__ import annotations

import copy
import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal


class ConfigError(ValueError):
    """The configuration file is wrong; the message says how."""


@dataclass
class ModelConfig:
    name: str = "metricner-e5s"  # the model's name in its metadata and in every record's extractor
    base: str = "multilingual-e5-small"  # built-in, a local folder or a hub id
    layers: int = 6  # keep the first N encoder layers
    dropout: float = 0.1
    max_length: int = 128  # pieces per training example (with specials)
    version: str = "1.0"
    # distillation: a trained model folder; the student starts from `layers`
    # of its layers (teacher_layers, default spread evenly, first and last kept)
    # and its head, and learns from its label distributions (train.distill_weight)
    teacher: str = ""
    teacher_layers: list[int] = field(default_factory=list)
    # a model soup: N members trained with seeds shifted per member, weights averaged (training.soup)
    soup_members: int = 1


@dataclass
class DataConfig:
    synthetic_per_lang: int = 0
    synthetic_langs: list[str] = field(default_factory=lambda: ["id", "nb", "ar"])
    synthetic_seed: int = 13
    #: optional template sets (EXTRA_GROUPS of training/synth/templates/<lang>.py) added to the templates
    synthetic_extra: list[str] = field(default_factory=list)
    gold: Literal["none", "train_fold"] = "none"  # train_fold = all gold docs outside the test fold
    gold_repeat: int = 1  # copies of each gold training unit
    augment_per_doc: int = 0  # augmentations (new values) per gold training document
    augment_seed: int = 17
    gold_dir: str = "annotations/gold"
    seeds_dir: str = "seeds"
    max_examples: int = 0  # 0: no cap (a debug cap otherwise)


@dataclass
class TrainConfig:
    epochs: float = 1.0
    max_steps: int = 0  # >0: stop after this many optimiser steps
    batch_size: int = 16
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_grad_norm: float = 1.0
    seed: int = 42
    log_every: int = 50
    threads: int = 0  # 0: torch default
    # with model.teacher: loss = w * T^2 * KL(teacher || student at temperature T) + (1 - w) * cross-entropy
    distill_weight: float = 0.5
    distill_temperature: float = 2.0


@dataclass
class StageConfig:
    name: str = "stage"
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)


@dataclass
class ExperimentConfig:
    shared_stages: int = 1  # the first N stages (no gold data) are trained once per family
    langs: list[str] = field(default_factory=lambda: ["id", "nb", "ar"])
    eval_batch_size: int = 16
    # tag held-out documents sentence by sentence, as the product does (metricner.prefilter)
    prefilter: bool = True
    # lodo: also tag each held-out document with an int8 copy of its fold's model (report NAME-int8)
    int8_eval: bool = False
    # lodo of a distilled recipe: each fold first trains its own teacher with this
    # config (its shared stages once for all folds), and this config's student is
    # distilled from that fold teacher, which never saw the held-out document
    # (model.teacher, a model trained on every seed, cannot be used in a held-out run)
    teacher_config: str = ""


@dataclass
class Config:
    name: str = "run"
    output: str = "runs/run"
    model: ModelConfig = field(default_factory=ModelConfig)
    stages: list[StageConfig] = field(default_factory=lambda: [StageConfig()])
    experiment: ExperimentConfig = field(default_factory=ExperimentConfig)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _type_name(tp) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _convert(tp, value, where: str):
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected an object, got {value!r}")
        return from_dict(tp, value, where)
    if origin is Literal:
        if value not in typing.get_args(tp):
            raise ConfigError(f"{where}: {value!r} is not one of {list(typing.get_args(tp))}")
        return value
    if origin is list:
        (item,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        return [_convert(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None) and value is None:
                return None
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value, where)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise ConfigError(f"{where}: expected {tp.__name__}, got {value!r}")
        return value
    raise ConfigError(f"{where}: unsupported type {_type_name(tp)}")


def from_dict(cls, data: dict, where: str = "config"):
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = [k for k in data if k not in names]
    if unknown:
        accepted = ", ".join(f"{n} ({_type_name(hints[n])})" for n in names)
        raise ConfigError(f"{where}: unknown key(s) {unknown}; accepted keys: {accepted}")
    return cls(**{k: _convert(hints[k], v, f"{where}.{k}") for k, v in data.items()})


def validate(cfg: Config) -> Config:
    if cfg.model.layers < 1:
        raise ConfigError("config.model.layers must be at least 1")
    if not cfg.stages:
        raise ConfigError("config.stages must hold at least one stage")
    if cfg.model.soup_members < 1:
        raise ConfigError("config.model.soup_members must be at least 1")
    if cfg.model.soup_members > 1 and (cfg.model.teacher or cfg.experiment.teacher_config):
        raise ConfigError("config.model.soup_members > 1 with a teacher: distil from a soup instead")
    if cfg.model.teacher and cfg.experiment.teacher_config:
        raise ConfigError("config.model.teacher and config.experiment.teacher_config: give one teacher")
    if cfg.model.teacher_layers and not (cfg.model.teacher or cfg.experiment.teacher_config):
        raise ConfigError("config.model.teacher_layers needs config.model.teacher")
    if cfg.experiment.teacher_config and cfg.experiment.shared_stages:
        raise ConfigError("config.experiment.teacher_config: every stage of the student learns from its "
                          "fold's teacher, so experiment.shared_stages must be 0")
    if cfg.model.teacher_layers and len(cfg.model.teacher_layers) != cfg.model.layers:
        raise ConfigError(f"config.model.teacher_layers names {len(cfg.model.teacher_layers)} layers, "
                          f"config.model.layers is {cfg.model.layers}")
    for i, st in enumerate(cfg.stages):
        if not 0.0 <= st.train.distill_weight <= 1.0 or st.train.distill_temperature <= 0:
            raise ConfigError(f"config.stages[{i}].train: distill_weight must lie in [0, 1] "
                              "and distill_temperature above 0")
    if not 0 <= cfg.experiment.shared_stages <= len(cfg.stages):
        raise ConfigError("config.experiment.shared_stages must be between 0 and the number of stages")
    for i, st in enumerate(cfg.stages[: cfg.experiment.shared_stages]):
        if st.data.gold != "none" or st.data.augment_per_doc:
            raise ConfigError(f"config.stages[{i}] is shared across folds, so it must not use gold data")
    for i, st in enumerate(cfg.stages):
        if st.data.synthetic_per_lang == 0 and st.data.gold == "none":
            raise ConfigError(f"config.stages[{i}] has no data (synthetic_per_lang 0 and gold 'none')")
        if st.data.synthetic_extra:
            from training.synth.generate import check_extra_sets

            try:
                check_extra_sets(tuple(st.data.synthetic_extra), tuple(st.data.synthetic_langs))
            except ValueError as exc:
                raise ConfigError(f"config.stages[{i}].data.synthetic_extra: {exc}") from None
    return cfg


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    except ValueError as exc:
        raise ConfigError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be an object")
    return validate(from_dict(Config, data, path.name))


#: replicate r of a recipe raises every seed by r * REPLICATE_STEP; soup
#: members are SEED_STEP (1000) apart (training.soup), so for r < 10 no
#: replicate's member draws the seeds of another replicate's member
REPLICATE_STEP = 100


def raise_seeds(stages, by: int) -> list:
    """Copies of `stages` with every seed (synthetic_seed, augment_seed,
    train.seed) raised by `by`: other synthetic data, augmentations, dropout
    and batch order."""
    out = []
    for stage in stages:
        s = copy.deepcopy(stage)
        s.data.synthetic_seed += by
        s.data.augment_seed += by
        s.train.seed += by
        out.append(s)
    return out


def replicate(cfg: Config, r: int) -> Config:
    """Replicate `r` of the recipe `cfg`: the same recipe with every seed of
    every stage raised by r * REPLICATE_STEP and the name suffixed "-rR"
    (reports, kept model folders); r = 0 is `cfg` itself. Training a recipe
    several times this way measures how much its figures owe to its seeds."""
    if r < 0:
        raise ConfigError(f"replicate {r}: must be 0 or more")
    if r == 0:
        return cfg
    out = copy.deepcopy(cfg)
    out.name = f"{cfg.name}-r{r}"
    out.output = f"{cfg.output}-r{r}"
    out.stages = raise_seeds(cfg.stages, r * REPLICATE_STEP)
    return out


def load_config_for_cli(parser, path: str | Path, max_steps: int = 0, replicate_no: int = 0) -> Config:
    """`load_config` for a command line: a bad config (or replicate number)
    ends the command with the parser's usage error; `max_steps` > 0 caps every
    stage (a quick check); `replicate_no` R > 0 gives replicate R of the recipe."""
    try:
        cfg = replicate(load_config(path), replicate_no)
    except ConfigError as exc:
        parser.error(str(exc))
    if max_steps:
        for st in cfg.stages:
            st.train.max_steps = max_steps
    return cfg
