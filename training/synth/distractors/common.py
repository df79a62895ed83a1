"""Helpers shared by the per-language distractor tables."""
from __future__ import annotations

import random
from typing import Callable

Maker = Callable[[random.Random], str]

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def pick(*options: str) -> Maker:
    """A maker choosing one of fixed strings."""
    return lambda rng: rng.choice(options)


def fmt(pattern: str, **fields: Callable[[random.Random], object]) -> Maker:
    """A maker filling `pattern` ("{d} {m} {y}") from per-field makers."""

    def make(rng: random.Random) -> str:
        return pattern.format(**{k: f(rng) for k, f in fields.items()})

    return make


def one_of(*makers: Maker) -> Maker:
    return lambda rng: rng.choice(makers)(rng)


def num(lo: int, hi: int, width: int = 0) -> Callable[[random.Random], str]:
    return lambda rng: str(rng.randint(lo, hi)).zfill(width)


def year(lo: int = 2015, hi: int = 2030) -> Callable[[random.Random], str]:
    return num(lo, hi)


def choice(options) -> Callable[[random.Random], str]:
    options = tuple(options)
    return lambda rng: rng.choice(options)


def slug_words(words) -> Callable[[random.Random], str]:
    words = tuple(words)

    def make(rng: random.Random) -> str:
        return "-".join(rng.sample(words, k=min(len(words), rng.randint(4, 8))))

    return make


def maybe_indic(maker: Maker, p: float = 0.2) -> Maker:
    """Arabic text sometimes writes dates and years in Arabic-Indic digits."""

    def make(rng: random.Random) -> str:
        text = maker(rng)
        return text.translate(ARABIC_INDIC) if rng.random() < p else text

    return make


def grouped(lo: int, hi: int, mark: str) -> Callable[[random.Random], str]:
    """A number between lo and hi with `mark` between groups of three digits
    ("3.214", "12 408", "3,218"): counters that look like metrics."""

    def make(rng: random.Random) -> str:
        digits = str(rng.randint(lo, hi))
        head = len(digits) % 3 or 3
        return mark.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])

    return make
