"""Model soups (training.soup): members with shifted seeds, weights averaged."""
from __future__ import annotations

import json

import pytest
import torch
from model_fixtures import fixture_docs, tiny_base, tiny_config

from training import soup
from training.config import ConfigError, load_config


def test_member_stages_shift_every_seed_and_member_0_is_the_config():
    cfg = load_config("training/configs/ship.json")
    assert cfg.model.soup_members == 2
    assert soup.member_stages(cfg.stages, 0) == cfg.stages
    second = soup.member_stages(cfg.stages, 1)
    for a, b in zip(cfg.stages, second):
        assert b.data.synthetic_seed == a.data.synthetic_seed + soup.SEED_STEP
        assert b.data.augment_seed == a.data.augment_seed + soup.SEED_STEP
        assert b.train.seed == a.train.seed + soup.SEED_STEP
        assert b.train.learning_rate == a.train.learning_rate
    assert cfg.stages[0].train.seed == 42  # the config itself is left as it was


def test_a_replicate_raises_every_seed_and_takes_a_name_of_its_own():
    from training.config import REPLICATE_STEP, replicate

    cfg = load_config("training/configs/lodo-ship.json")
    assert replicate(cfg, 0) is cfg
    third = replicate(cfg, 2)
    assert (third.name, third.output) == ("lodo-ship-r2", "runs/lodo-ship-r2")
    for a, b in zip(cfg.stages, third.stages):
        assert b.data.synthetic_seed == a.data.synthetic_seed + 2 * REPLICATE_STEP
        assert b.data.augment_seed == a.data.augment_seed + 2 * REPLICATE_STEP
        assert b.train.seed == a.train.seed + 2 * REPLICATE_STEP
        assert (b.data.synthetic_per_lang, b.train.learning_rate) == (a.data.synthetic_per_lang, a.train.learning_rate)
    assert cfg.name == "lodo-ship" and cfg.stages[0].train.seed == 42  # the recipe itself is left as it was
    # no member of one replicate draws the seeds of a member of another
    seeds = {(r, k): soup.member_stages(replicate(cfg, r).stages, k)[0].train.seed for r in range(10) for k in range(2)}
    assert len(set(seeds.values())) == len(seeds)
    with pytest.raises(ConfigError, match="0 or more"):
        replicate(cfg, -1)


def test_average_is_the_mean_of_floating_tensors():
    model = torch.nn.Linear(3, 2)
    a = {k: torch.full_like(v, 1.0) for k, v in model.state_dict().items()}
    b = {k: torch.full_like(v, 3.0) for k, v in model.state_dict().items()}
    soup.average_into(model, [a, b])
    assert all(torch.equal(v, torch.full_like(v, 2.0)) for v in model.state_dict().values())
    with pytest.raises(ValueError):
        soup.average_into(model, [])


@pytest.mark.parametrize("model,fragment", [
    ({"soup_members": 0}, "at least 1"),
    ({"soup_members": 2, "teacher": "src/metricner/models/metricner-e5s"}, "distil from a soup"),
])
def test_bad_soup_configs_fail_early(tmp_path, model, fragment):
    p = tmp_path / "c.json"
    p.write_text(json.dumps({"model": model, "stages": [{"data": {"synthetic_per_lang": 1}}]}), encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        load_config(p)


def test_a_two_member_soup_trains_saves_and_equals_the_mean_of_its_members(tmp_path):
    from metricner.model.base import load_base_tokenizer
    from metricner.model.files import load_model, save_model
    from training.train import train_members

    base = tiny_base(tmp_path / "base")
    cfg = tiny_config(str(base), steps=1)
    tok = load_base_tokenizer(str(base))
    docs = fixture_docs()
    singles = []
    for k in (0, 1):  # each member alone: the same starting head, its own seeds
        one = tiny_config(str(base), steps=1)
        m, _ = train_members(one, tok, docs, "cpu", stages=soup.member_stages(one.stages, k))
        singles.append(m.state_dict())
    cfg.model.soup_members = 2
    model, summaries = train_members(cfg, tok, docs, "cpu")
    assert [s["name"].split(":")[0] for s in summaries] == ["member 0", "member 1"]
    key = next(k for k in singles[0] if k.endswith("classifier.weight"))
    assert not torch.equal(singles[0][key], singles[1][key])
    assert torch.allclose(model.state_dict()[key], (singles[0][key] + singles[1][key]) / 2, atol=1e-6)
    # saved members average to the same model from their folders
    folders = [save_model(_load(cfg, tok, sd), tok, tmp_path / f"m{k}", str(base), training=cfg.to_dict(),
                          data={"stages": []}, version="0.0-test", max_length=32) for k, sd in enumerate(singles)]
    out = soup.average_folders(folders, tmp_path / "soup")
    averaged, _, meta = load_model(str(out))
    assert torch.allclose(averaged.state_dict()[key], model.state_dict()[key], atol=1e-3)
    assert meta["training"]["model"]["soup_members"] == 2


def _load(cfg, tok, state):
    from training.train import build_model

    m = build_model(cfg)
    m.load_state_dict(state)
    return m


def test_a_bundle_of_a_soup_config_needs_a_member(capsys):
    from training import bundle

    with pytest.raises(SystemExit):
        bundle.main(["pack", "--config", "training/configs/ship.json", "--out", "unused"])
    assert "--member K" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        bundle.main(["pack", "--config", "training/configs/ship.json", "--out", "unused", "--member", "2"])
