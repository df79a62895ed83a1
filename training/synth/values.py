"""Plausible values for a slot, by kind, unit and magnitude hint.

Values are exact: ints where whole, floats with at most two decimals that
print without artefacts (98.02, never 98.01999999).
"""
from __future__ import annotations

import random

# (low, high) bounds of the leading part and the power-of-ten scales, per hint.
COUNT_RANGES = {
    "big": (10_000, 9_000_000),
    "mid": (300, 300_000),
    "small": (3, 3_000),
    "huge": (1_000_000, 280_000_000),
}
RATE_RANGES = {
    "cov": (35.0, 99.99),
    "grow": (0.3, 35.0),
    "small": (0.1, 12.0),
    "share": (1.0, 100.0),
    "plan": (40.0, 130.0),
    "pp": (0.1, 9.0),
    "times": (1.1, 6.0),
}
# Money magnitudes per currency: (aggregate amounts, amounts per person/month).
MONEY_RANGES = {
    "VND": {"big": (5e9, 9e13), "small": (3e5, 9e6)},
    "IDR": {"big": (1e9, 9e13), "small": (5e4, 2e7)},
    "NOK": {"big": (1e6, 9e11), "small": (500, 7e5)},
    "SAR": {"big": (1e6, 9e10), "small": (300, 5e4)},
    "EGP": {"big": (1e6, 9e11), "small": (200, 2e4)},
    "AED": {"big": (1e6, 9e10), "small": (300, 5e4)},
    "OMR": {"big": (1e5, 9e9), "small": (30, 5e3)},
}
DEFAULT_MONEY = {"big": (1e6, 9e11), "small": (100, 5e4)}


def round_sig(x: float, rng: random.Random) -> int:
    """Round to 1-5 significant digits, as reported figures usually are."""
    digits = rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
    s = f"{x:.{digits - 1}e}"
    return int(float(s))


def log_uniform(lo: float, hi: float, rng: random.Random) -> float:
    import math

    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def exact_decimal(x: float, places: int) -> int | float:
    """x rounded to `places` decimals; int when whole."""
    scaled = round(x * 10**places)
    if scaled % 10**places == 0:
        return scaled // 10**places
    return float(f"{scaled / 10**places:.{places}f}")


def draw_count(hint: str | None, rng: random.Random) -> int:
    lo, hi = COUNT_RANGES.get(hint or "mid", COUNT_RANGES["mid"])
    value = log_uniform(lo, hi, rng)
    if rng.random() < 0.45:
        return max(1, int(value))  # exact figure: 155934
    return max(1, round_sig(value, rng))


def draw_rate(unit: str | None, hint: str | None, rng: random.Random) -> int | float:
    if unit == "pp":
        hint = "pp"
    elif unit == "times":
        hint = "times"
    lo, hi = RATE_RANGES.get(hint or "share", RATE_RANGES["share"])
    places = rng.choice((0, 1, 1, 2, 2)) if unit != "times" else rng.choice((0, 1, 1, 2))
    value = exact_decimal(rng.uniform(lo, hi), places)
    if value == 0:
        value = 1
    return value


def draw_money(currency: str, hint: str | None, rng: random.Random) -> int | float:
    ranges = MONEY_RANGES.get(currency, DEFAULT_MONEY)
    lo, hi = ranges.get(hint or "big", ranges["big"])
    value = log_uniform(lo, hi, rng)
    return max(1, round_sig(value, rng))


def draw(kind: str, unit: str | None, hint: str | None, rng: random.Random) -> int | float:
    if kind == "count":
        return draw_count(hint, rng)
    if kind == "rate":
        return draw_rate(unit, hint, rng)
    if kind == "money":
        return draw_money(unit or "", hint, rng)
    raise ValueError(f"unknown kind {kind!r}; expected count, rate or money")


def draw_range(kind: str, unit: str | None, hint: str | None, rng: random.Random):
    """Two values low < high of the same kind."""
    low = draw(kind, unit, hint, rng)
    for _ in range(20):
        high = draw(kind, unit, hint, rng)
        if high > low:
            return low, high
        if high < low:
            return high, low
    if kind == "rate":
        return low, exact_decimal(float(low) + 1.0, 2)
    return low, low * 2
