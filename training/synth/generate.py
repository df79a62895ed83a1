"""Synthetic training examples: templates + vocabularies + distractors.

Each example is a short document (one to four sentences, sometimes with caption,
source and comment lines around it) in one language and one setting (a
country with its agencies and currency). Same seed, same output.
"""
from __future__ import annotations

import importlib
import random
import re
from functools import lru_cache
from types import ModuleType

from .compose import Buffer, Context, render_template
from .template import Template, build_templates

LANGS: tuple[str, ...] = ("id", "nb", "ar")
SENTENCE_COUNTS = ((1, 45), (2, 25), (3, 18), (4, 12))
P_DISTRACTOR_SENTENCE = 0.12
P_NEWLINE = 0.25
P_CAPTION = 0.15
P_SOURCE = 0.15
P_CONTACT = 0.1   # a contact line with phone numbers at the end
P_COUNTER = 0.1   # a view counter, page or table line, at the start or the end
P_HEADLINE = 0.05  # the first sentence written as a headline in title case (id, nb)
#: chance that a labelled sentence comes from a template with a TARGET slot
#: (about the share of such templates, 24-26 %): fixed, so that the share of
#: goals in the data does not follow the number of goal templates. Measured
#: by leave-one-document-out on the seeds (training/configs/lodo-ship.json):
#: with these templates and 0.25, F1 94.2 (TARGET: 7 of 8 found, 11 tagged;
#: 95.8 and 8 of 8 once MONEY/TARGET spans take in their currency).
#: 160 more goal templates (and 135 achieved-result templates against them)
#: made the model read achieved figures as goals (measured before the
#: currency repair): F1 90.3 at 0.25 (8 of 8
#: found, 15 tagged), 91.1 at 0.15 (1 of 8 found); they were taken out.
P_GOAL_TEMPLATE = 0.25


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(LANGS)}")


@lru_cache(maxsize=None)
def language_data(lang: str) -> tuple[ModuleType, ModuleType]:
    _check_lang(lang)
    data = importlib.import_module(f"training.synth.templates.{lang}")
    distractors = importlib.import_module(f"training.synth.distractors.{lang}")
    return data, distractors


def extra_set_names(lang: str) -> tuple[str, ...]:
    """The optional template sets of `lang` (its module's EXTRA_GROUPS)."""
    data, _ = language_data(lang)
    return tuple(getattr(data, "EXTRA_GROUPS", {}))


def check_extra_sets(extra: tuple[str, ...], langs: tuple[str, ...] = LANGS) -> None:
    """A set named in `extra` must exist in every language of `langs`."""
    for name in extra:
        missing = [lang for lang in langs if name not in extra_set_names(lang)]
        if missing:
            known = sorted(set().union(*(extra_set_names(lang) for lang in LANGS)))
            raise ValueError(f"unknown template set {name!r} for {', '.join(missing)}; "
                             f"known: {', '.join(known) or 'none'}")


@lru_cache(maxsize=None)
def templates(lang: str, extra: tuple[str, ...] = ()) -> tuple[Template, ...]:
    """The templates of `lang`: its GROUPS, the optional sets named in `extra`
    (EXTRA_GROUPS, in the order given) and its distractor-only groups. With no
    extra set, the data is what it was before any optional set existed."""
    data, distractors = language_data(lang)
    check_extra_sets(extra, (lang,))
    groups = list(data.GROUPS)
    for name in extra:
        groups += data.EXTRA_GROUPS[name]
    return tuple(build_templates(lang, groups + list(distractors.GROUPS)))


def stats(extra: tuple[str, ...] = (), langs: tuple[str, ...] = LANGS) -> dict[str, int]:
    """Number of templates per language (labelled and distractor-only)."""
    return {lang: len(templates(lang, extra)) for lang in langs}


def _weighted(pairs, rng: random.Random):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights=weights, k=1)[0]


@lru_cache(maxsize=None)
def _pools(lang: str, setting: str, extra: tuple[str, ...] = ()) -> tuple[list[Template], list[Template], list[Template]]:
    """Templates usable in `setting`: (with a TARGET slot, other labelled, distractor-only)."""
    data, _ = language_data(lang)
    only = getattr(data, "REGISTER_SETTINGS", {})
    goals, labelled, plain = [], [], []
    for t in templates(lang, extra):
        register = t.id.split("/")[1]
        if register in only and setting not in only[register]:
            continue
        (goals if "TARGET" in t.labels else labelled if t.labels else plain).append(t)
    return goals, labelled, plain


def make_example(lang: str, index: int, seed: int, extra: tuple[str, ...] = ()) -> dict:
    rng = random.Random(f"metricner-synth:{seed}:{lang}:{index}")
    data, distractors = language_data(lang)
    setting = _weighted([(name, s["weight"]) for name, s in data.SETTINGS.items()], rng)
    ctx = Context(lang, data, distractors, setting, data.SETTINGS[setting]["currency"], rng)
    goals, labelled, plain = _pools(lang, setting, extra)
    buf = Buffer()
    used: list[str] = []

    def add_line(kind: str) -> None:
        text = rng.choice(distractors.LINES[kind])(rng)
        buf.add_marked(text, {"kind": f"line:{kind}"}, buf.distractors)
        buf.add("\n")

    if rng.random() < P_CAPTION:
        add_line("caption")
    counter_first = rng.random() < P_COUNTER / 2
    if counter_first:
        add_line("counter")
    n_sentences = _weighted(SENTENCE_COUNTS, rng)
    for k in range(n_sentences):
        if k:
            buf.add("\n" if rng.random() < P_NEWLINE else " ")
        if plain and k and rng.random() < P_DISTRACTOR_SENTENCE:
            pool = plain
        else:
            pool = goals if (goals and (not labelled or rng.random() < P_GOAL_TEMPLATE)) else labelled
        template = rng.choice(pool)
        used.append(template.id)
        start = len(buf.text)
        render_template(template, ctx, buf)
        if k == 0 and lang != "ar" and rng.random() < P_HEADLINE:
            headline(buf, start)
    ending = [kind for kind, p in (("source", P_SOURCE), ("contact", P_CONTACT),
                                   ("counter", 0 if counter_first else P_COUNTER / 2)) if rng.random() < p]
    if ending:
        buf.add("\n")
        for kind in ending:
            add_line(kind)
            if kind == "source" and rng.random() < 0.4:
                add_line("comment")
        buf.text = buf.text.rstrip("\n")
    return {
        "text": buf.text,
        "lang": lang,
        "doc_id": f"synth-{lang}-{index:06d}",
        "source": "+".join(used),
        "setting": setting,
        "spans": buf.spans,
        "distractors": buf.distractors,
    }


def generate(
    langs: tuple[str, ...] = LANGS,
    n_per_lang: int = 1000,
    seed: int = 0,
    exclude_langs: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> list[dict]:
    """`n_per_lang` examples for each language in `langs` not in `exclude_langs`,
    from the templates and the optional template sets named in `extra`.

    Example: {"text", "lang", "doc_id", "source", "setting",
    "spans": [{"start", "end", "label", "value", "unit", "kind", ...}],
    "distractors": [{"start", "end", "kind"}]} (distractors: numbers that are O).
    """
    for lang in tuple(langs) + tuple(exclude_langs):
        _check_lang(lang)
    extra = tuple(extra)
    check_extra_sets(extra, tuple(lang for lang in langs if lang not in exclude_langs))
    out: list[dict] = []
    for lang in langs:
        if lang in exclude_langs:
            continue
        out.extend(make_example(lang, i, seed, extra) for i in range(n_per_lang))
    return out


def headline(buf, start: int) -> None:
    """Write buf.text[start:] as a headline, every word capitalised ("Tingkat
    Pengangguran Turun Menjadi 4,76 Persen"); offsets and labels are kept."""
    text = buf.text
    titled = re.sub(r"[^\W\d_]+", lambda m: m.group()[:1].upper() + m.group()[1:], text[start:])
    if len(titled) == len(text) - start:
        buf.text = text[:start] + titled
