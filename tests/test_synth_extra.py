"""Optional template sets (EXTRA_GROUPS): added only where a config names
them, clean in every setting they may be drawn in, and refused by name when
unknown."""
from __future__ import annotations

import json
import random

import pytest

from training.config import ConfigError, load_config
from training.synth import generate, templates
from training.synth.__main__ import main as cli_main
from training.synth.generate import LANGS, extra_set_names, language_data

SETS = sorted(set().union(*(extra_set_names(lang) for lang in LANGS)))


def test_the_package_keeps_its_templates_function_once_language_data_is_loaded():
    import training.synth

    for lang in LANGS:
        language_data(lang)
    assert callable(training.synth.templates) and training.synth.templates is templates


def test_every_set_exists_in_every_language():
    assert SETS, "no optional template set"
    for lang in LANGS:
        assert set(extra_set_names(lang)) == set(SETS), lang


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SETS)
def test_a_set_only_adds_its_own_templates(lang, name):
    data, _ = language_data(lang)
    base = {t.id for t in templates(lang)}
    extended = {t.id for t in templates(lang, (name,))}
    registers = {g[0] for g in data.EXTRA_GROUPS[name]}
    added = extended - base
    assert base < extended
    assert {tid.split("/")[1] for tid in added} == registers
    assert not {tid.split("/")[1] for tid in base} & registers, "a register of an optional set is also in GROUPS"
    assert len(added) == sum(len(g[3]) for g in data.EXTRA_GROUPS[name])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", SETS)
def test_every_template_of_a_set_renders_cleanly(lang, name):
    """Each template of the set, rendered in every setting its register allows:
    no span on a distractor, none with blank edges, each value reads back."""
    from metricner.numbers.parse import parse_quantity
    from metricner.numbers.render import same_value
    from training.synth.compose import Buffer, Context, render_template

    data, distractors = language_data(lang)
    only = getattr(data, "REGISTER_SETTINGS", {})
    new = [t for t in templates(lang, (name,)) if t.id not in {b.id for b in templates(lang)}]
    bad = []
    for t in new:
        settings = only.get(t.id.split("/")[1], tuple(data.SETTINGS))
        for setting in settings:
            for i in range(8):
                rng = random.Random(f"{t.id}:{setting}:{i}")
                buf = Buffer()
                render_template(t, Context(lang, data, distractors, setting, data.SETTINGS[setting]["currency"], rng), buf)
                assert len(buf.spans) == len(t.labels) + sum(p.is_range for p in t.parts if hasattr(p, "is_range")), \
                    (t.id, buf.text)
                for s in buf.spans:
                    piece = buf.text[s["start"]:s["end"]]
                    assert piece and piece == piece.strip(), (t.id, piece)
                    assert not any(d["start"] < s["end"] and s["start"] < d["end"] for d in buf.distractors), buf.text
                    if s.get("lexical") or s.get("shared_scale"):
                        continue
                    if not same_value(parse_quantity(piece, lang).value, s["value"]):
                        bad.append((t.id, piece, s["value"]))
    assert not bad, bad[:10]


def test_no_set_leaves_the_data_as_it_was():
    assert generate(n_per_lang=40, seed=5, extra=()) == generate(n_per_lang=40, seed=5)
    for name in SETS:
        assert generate(n_per_lang=40, seed=5, extra=(name,)) != generate(n_per_lang=40, seed=5)


def test_an_unknown_set_is_refused_by_name():
    with pytest.raises(ValueError, match=r"unknown template set 'goals2'.*known: " + SETS[0]):
        generate(n_per_lang=1, extra=("goals2",))


def test_a_config_naming_an_unknown_set_fails_at_start(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"stages": [{"data": {"synthetic_per_lang": 1, "synthetic_extra": ["goals2"]}}]}))
    with pytest.raises(ConfigError, match=r"stages\[0\]\.data\.synthetic_extra: unknown template set 'goals2'"):
        load_config(path)


def test_cli_extra(tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    assert cli_main(["--n", "30", "--langs", "nb", "--extra", SETS[0], "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 30
    with pytest.raises(SystemExit):
        cli_main(["--n", "1", "--extra", "goals2", "--out", str(out)])
    assert "unknown template set" in capsys.readouterr().err
