"""Synthetic training text for the metric tagger.

    generate(langs=("id", "nb", "ar"), n_per_lang=1000, seed=0, exclude_langs=())
        -> list of {"text", "lang", "doc_id", "source", "spans", ...}
    augment_gold(gold_docs, n_per_doc, seed) -> gold sentences with new values
    stats() -> number of templates per language

Templates are data (training/synth/templates/<lang>.py), numbers that must stay
O are in training/synth/distractors/<lang>.py; values are written by
metricner.numbers.render so every span reads back to its recorded value.
"""
from __future__ import annotations

# The package of template data (training/synth/templates/) shares its name
# with the function `templates`: it is loaded here, before the function is
# bound, because loading it later (generate.language_data does) would bind
# `training.synth.templates` to the package in place of the function.
from . import templates as _template_data  # noqa: F401
from .augment import augment_gold
from .generate import LANGS, generate, stats, templates

__all__ = ["LANGS", "augment_gold", "generate", "stats", "templates"]
