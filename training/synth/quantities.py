"""Render a value as text in a language, through metricner.numbers.render.

`render_quantity` in metricner guarantees parse_quantity(text) == value. Until
that module is importable a plain digits renderer stands in (so templates can
be developed and tested); `HAVE_RENDER` says which one is used.
"""
from __future__ import annotations

import random

from metricner import lang as _lang

try:  # the project's renderer (every SPEC format, number words, Arabic-Indic digits)
    from metricner.numbers.render import random_value as _random_value  # noqa: F401
    from metricner.numbers.render import RATE_STYLES as _RATE_STYLES
    from metricner.numbers.render import STYLES as _STYLES
    from metricner.numbers.render import render_number as _render_number
    from metricner.numbers.render import render_quantity as _render_quantity

    HAVE_RENDER = True
except ImportError:  # pragma: no cover - depends on the other module being present
    _render_quantity = None
    HAVE_RENDER = False

DECIMAL = {"id": ",", "nb": ",", "ar": "."}
GROUP = {"id": ".", "nb": "\u00a0", "ar": ","}
PERCENT = {"id": ("%", " persen"), "nb": (" %", "%", " prosent"), "ar": ("%", " في المائة")}
PP = {"id": " poin persentase", "nb": " prosentpoeng", "ar": " نقطة مئوية"}
TIMES = {"id": " kali", "nb": " ganger", "ar": " مرة"}
CURRENCY_AFTER = {
    "id": {"VND": ("VND",), "IDR": ("rupiah",), "NOK": ("kroner",), "SAR": ("riyal",), "EGP": ("pound",)},
    "nb": {"VND": ("VND", "dong"), "IDR": ("rupiah",), "NOK": ("kroner", "kr"), "SAR": ("riyal",), "EGP": ("pund",)},
    "ar": {"VND": ("دونج",), "IDR": ("روبية",), "NOK": ("كرونة",), "SAR": ("ريال",), "EGP": ("جنيه",)},
}


def numeral(value: int | float, lang: str, rng: random.Random | None = None) -> str:
    """A bare numeral in the language's digit conventions (used for the first
    member of a compact range, "10–12 %", and by the stand-in renderer)."""
    if HAVE_RENDER and rng is not None:
        return _render_number(value, lang, rng.choice(("plain", "grouped")))
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.2f}".rstrip("0").split(".")
    else:
        whole, frac = str(int(value)), ""
    if len(whole) > 4 or (len(whole) == 4 and lang == "ar"):
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = GROUP[lang].join(groups)
    return whole + (DECIMAL[lang] + frac if frac else "")


def _fallback(value, kind: str, unit: str | None, lang: str, rng: random.Random) -> str:
    num = numeral(value, lang)
    if kind == "count":
        return num
    if kind == "rate":
        if unit == "pp":
            return num + PP[lang]
        if unit == "times":
            return num + TIMES[lang]
        return num + rng.choice(PERCENT[lang])
    if lang == "id" and unit == "IDR":
        return rng.choice(("Rp ", "Rp")) + num
    return num + " " + rng.choice(CURRENCY_AFTER[lang].get(unit or "", (unit or "",)))


# How often each style of metricner.numbers.render is used (news writes grouped
# digits and decimal+scale most; words and abbreviations now and then).
STYLE_WEIGHTS = {
    "plain": 1.0, "grouped": 5.0, "nbsp_grouped": 1.5, "dot_grouped": 0.8,
    "decimal_scale": 4.0, "grouped_scale": 1.5, "scale_abbrev": 0.6, "words": 0.5,
    "compound": 0.5, "arabic_indic": 1.0, "arabic_indic_scale": 0.6, "fraction": 0.0,
}


def render(value, kind: str, unit: str | None, lang: str, rng: random.Random) -> str:
    """Text for `value`; count units (person, ...) are not written by the renderer."""
    render_unit = None if kind == "count" else unit
    if _render_quantity is None:
        return _fallback(value, kind, render_unit, lang, rng)
    styles = [s for s in _STYLES[lang] if STYLE_WEIGHTS.get(s, 1.0) > 0]
    if kind == "rate":
        styles = [s for s in styles if s in _RATE_STYLES]
    weights = [STYLE_WEIGHTS.get(s, 1.0) for s in styles]
    style = rng.choices(styles, weights=weights, k=1)[0]
    try:
        return _render_quantity(value, kind, render_unit, lang, rng, style=style)
    except ValueError:
        for style in ("grouped", "plain"):
            try:
                return _render_quantity(value, kind, render_unit, lang, rng, style=style)
            except ValueError:
                continue
        raise


def fraction_value(word: str, lang: str):
    """The percent value of a fraction word of the language's number table."""
    from decimal import Decimal

    table = _lang.get(lang).numbers.FRACTION_WORDS
    if word not in table:
        raise KeyError(f"{lang}: fraction word {word!r} not in metricner.lang.{lang}.numbers.FRACTION_WORDS")
    pct = (table[word] * 100).quantize(Decimal("0.01"))
    return int(pct) if pct == pct.to_integral_value() else float(pct)


def ratio_value(phrase: str, lang: str):
    """The percent value of a ratio in words ("fire av ti" -> 40), read by the
    project's parser, which must read it as a rate in %."""
    from metricner.numbers import parse_quantity

    q = parse_quantity(phrase, lang)
    if q.value is None or q.kind != "rate" or q.unit != "%":
        raise ValueError(f"{lang}: ratio {phrase!r} is not read as a rate in %: {q}")
    return q.value


def shared_scale_range(low, high, kind: str, unit: str | None, lang: str, rng: random.Random):
    """A range whose scale (and currency) is written once, after its end:
    (low, high, low text, high text) with "2" and "3 millioner kroner" for
    2000000-3000000 NOK, values rounded to one decimal of the scale; None
    where the values do not suit one scale. The low end's value is fully
    expanded (annotations/GUIDELINES.md §6)."""
    if _render_quantity is None:
        return None
    from decimal import Decimal

    from metricner.numbers.parse import parse_quantity

    table = _lang.get(lang).numbers
    for scale in sorted((s for s, _, _ in table.RENDER_SCALES if s >= 1000), reverse=True):
        if low >= scale and high / scale < 1000:
            break
    else:
        return None
    lo_m = Decimal(str(round(low / scale, 1))).normalize()
    hi_m = Decimal(str(round(high / scale, 1))).normalize()
    if not lo_m < hi_m:
        return None
    low_v, high_v = int(lo_m * scale), int(hi_m * scale)
    style = "grouped_scale" if hi_m == hi_m.to_integral_value() else "decimal_scale"
    head = _render_number(hi_m, lang, "plain")
    for _ in range(4):  # a currency written before the number cannot be shared
        try:
            high_text = _render_quantity(high_v, kind, None if kind == "count" else unit, lang, rng, style=style)
        except ValueError:
            return None
        if high_text.startswith(head + " "):
            break
    else:
        return None
    low_text = _render_number(lo_m, lang, "plain")
    if parse_quantity(low_text + high_text[len(head):], lang).value != low_v:
        return None
    return low_v, high_v, low_text, high_text
