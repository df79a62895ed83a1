"""Write values the way each language writes them (tests, synthetic data).

    >>> render_number(2299000, "nb", "decimal_scale")
    '2,299 millioner'
    >>> render_quantity(Decimal("98.02"), "rate", "%", "id", random.Random(0), style="grouped")
    '98,02 %'

Every rendering reads back exactly: for any value v and valid style,
`parse_quantity(render_quantity(v, kind, unit, lang, rng), lang)` gives v,
unit and kind (compare non-integers with `same_value`, since the parser returns
floats and `random_value` Decimals).
"""
from __future__ import annotations

import math
import random
from decimal import Decimal
from types import ModuleType

from metricner import lang as _lang

__all__ = ["STYLES", "RATE_STYLES", "render_number", "render_quantity", "random_value", "same_value"]

_COMMON = ("plain", "grouped", "decimal_scale", "grouped_scale", "words")
STYLES: dict[str, tuple[str, ...]] = {
    # 1876000 | 1.876.000 | 1,876 juta | 1.876 miliar | 1,2 M, 5 jt | dua juta | 12 juta 450 ribu | setengah
    "id": _COMMON + ("scale_abbrev", "compound", "fraction"),
    # 217500 | 217 500 | 217\u00a0500 | 100.000 | 2,299 millioner | 56 738 milliarder | 3 mrd. | to millioner | halvparten
    "nb": _COMMON + ("nbsp_grouped", "dot_grouped", "scale_abbrev", "fraction"),
    # 1415598 | 1,415,598 | ١٬٤١٥٬٥٩٨ | 4.5 مليار | 4,436 مليار | ٤٬٤٣٦ مليار | ثلاثة ملايين | 12 مليون و450 ألف | نصف
    "ar": _COMMON + ("arabic_indic", "arabic_indic_scale", "compound", "fraction"),
}
# Styles that suit a percentage (no scale words; "words" writes small whole
# rates: "tre prosent", "dua kali lipat").
RATE_STYLES: frozenset[str] = frozenset(
    {"plain", "grouped", "nbsp_grouped", "dot_grouped", "arabic_indic", "fraction", "words"}
)
_SCALED = ("decimal_scale", "grouped_scale", "scale_abbrev", "arabic_indic_scale")
_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def _tables(lang: str) -> ModuleType:
    return _lang.get(lang).numbers


def _decimal(value: int | Decimal | float) -> Decimal:
    if isinstance(value, float):
        value = Decimal(repr(value))
    d = Decimal(value)
    if not d.is_finite():
        raise ValueError(f"cannot render {value!r}")
    return d


def _plain_digits(d: Decimal) -> tuple[str, str]:
    """Integer and fraction digits of |d| without exponent or trailing zeros."""
    s = format(abs(d).normalize(), "f")
    if "." in s:
        i, f = s.split(".")
        return i, f.rstrip("0")
    return s, ""


def _format(d: Decimal, group: str | None, decimal_mark: str) -> str:
    int_part, frac = _plain_digits(d)
    if group and len(int_part) > 3:
        head = len(int_part) % 3 or 3
        chunks = [int_part[:head]] + [int_part[i:i + 3] for i in range(head, len(int_part), 3)]
        int_part = group.join(chunks)
    out = int_part + (decimal_mark + frac if frac else "")
    return ("-" if d < 0 else "") + out


def _scale_word(t: ModuleType, scale: int, n: Decimal, lang: str) -> str:
    for value, singular, plural in t.RENDER_SCALES:
        if value == scale:
            if lang == "ar":
                return plural if n == n.to_integral_value() and 3 <= n <= 10 else singular
            return singular if n == 1 else plural
    raise ValueError(f"no scale word for {scale} in {lang}")


def _pick_scale(t: ModuleType, d: Decimal, integral: bool, abbrev: bool = False) -> tuple[int, Decimal]:
    """Largest scale giving an integral (or a short decimal) mantissa."""
    scales = [s for s, _, _ in t.RENDER_SCALES]
    if abbrev:
        scales = [s for s in scales if s in t.RENDER_SCALE_ABBREVIATIONS]
    for s in sorted(scales, reverse=True):
        m = d / s
        if abs(m) < 1 and not integral:
            continue
        if m == 0:
            continue
        is_int = m == m.to_integral_value()
        if integral and is_int and abs(m) >= 1:
            return s, m
        if not integral and not is_int and -m.normalize().as_tuple().exponent <= 3 and abs(m) >= 1:
            return s, m
    raise ValueError(f"{d} has no {'integral' if integral else 'short decimal'} mantissa in this style")


def _words(t: ModuleType, d: Decimal, lang: str) -> str:
    if d != d.to_integral_value() or d <= 0:
        raise ValueError("words style renders positive whole numbers only")
    n = int(d)
    if n in t.RENDER_WORDS:
        return t.RENDER_WORDS[n]
    for scale, _, _ in sorted(t.RENDER_SCALES, reverse=True):
        if n % scale == 0 and (n // scale) in t.RENDER_WORDS:
            k = n // scale
            return _chunk(t, k, scale, lang, t.RENDER_WORDS[k])
    raise ValueError(f"{n} has no short spelling in words for {lang}")


def _compound(t: ModuleType, d: Decimal, lang: str) -> str:
    if d != d.to_integral_value() or d <= 0:
        raise ValueError("compound style renders positive whole numbers only")
    n = int(d)
    parts: list[tuple[int, int]] = []
    for scale, _, _ in sorted(t.RENDER_SCALES, reverse=True):
        k, n = divmod(n, scale)
        if k:
            if k >= 1000:
                raise ValueError("compound style: chunk above 999")
            parts.append((k, scale))
    if n or len(parts) < 2:
        raise ValueError("compound style needs two or more scale chunks and no units")
    words = [_chunk(t, k, s, lang) for k, s in parts]
    return (" و" if lang == "ar" else " ").join(words)


def _chunk(t: ModuleType, k: int, scale: int, lang: str, count: str | None = None) -> str:
    """k of a scale: "12 مليون" (`count` written for k: "tiga juta"); in Arabic
    one or two of a scale is the scale word alone or its dual ("مليون و200
    ألف", "مليونان و150 ألف")."""
    word = _scale_word(t, scale, Decimal(k), lang)
    if lang == "ar" and k == 1:
        return word
    if lang == "ar" and k == 2:
        duals = [w for w in t.DUAL_SCALE_WORDS if t.SCALE_WORDS[w] == scale]
        if duals:
            return duals[0]
    return f"{count or k} {word}"


def _fraction(t: ModuleType, d: Decimal) -> str:
    for word, frac in t.FRACTION_WORDS.items():
        pct = (frac * 100).quantize(Decimal("0.01"))
        if pct == d and frac < 1:
            return word
    raise ValueError(f"no fraction word for {d} %")


def render_number(value: int | Decimal, lang: str, style: str) -> str:
    """The numeral (with its scale word) of `value` in one of STYLES[lang]."""
    t = _tables(lang)
    if style not in STYLES[lang]:
        raise ValueError(f"unknown style {style!r} for {lang}; styles: {', '.join(STYLES[lang])}")
    d = _decimal(value)
    dec = t.DECIMAL_MARK
    group = t.GROUP_MARKS[0]
    if style == "plain":
        return _format(d, None, dec)
    if style == "grouped":
        return _format(d, group, dec)
    if style == "nbsp_grouped":
        return _format(d, "\u00a0", dec)
    if style == "dot_grouped":
        return _format(d, ".", dec)
    if style == "arabic_indic":
        return _format(d, ",", ".").translate(_ARABIC_INDIC)
    if style == "words":
        return _words(t, d, lang)
    if style == "compound":
        return _compound(t, d, lang)
    if style == "fraction":
        return _fraction(t, d)
    if style in _SCALED:
        integral = style == "grouped_scale"
        if style in ("scale_abbrev", "arabic_indic_scale"):
            try:
                scale, m = _pick_scale(t, d, integral=True, abbrev=style == "scale_abbrev")
            except ValueError:
                scale, m = _pick_scale(t, d, integral=False, abbrev=style == "scale_abbrev")
        else:
            scale, m = _pick_scale(t, d, integral=integral)
        num = _format(m, group, dec)
        if style == "scale_abbrev":
            return f"{num} {t.RENDER_SCALE_ABBREVIATIONS[scale]}"
        word = _scale_word(t, scale, m, lang)
        if style == "arabic_indic_scale":
            num = _format(m, ",", ".").translate(_ARABIC_INDIC)
        return f"{num} {word}"
    raise ValueError(f"style {style!r} not implemented")


def _display(t: ModuleType, form: str) -> str:
    if form in t.DISPLAY_FORMS:
        return t.DISPLAY_FORMS[form]
    if len(form) == 3 and form.isascii() and form.isalpha():
        return form.upper()
    return form


def render_quantity(
    value: int | Decimal,
    kind: str,
    unit: str | None,
    lang: str,
    rng: random.Random,
    style: str | None = None,
) -> str:
    """A whole value expression (numeral, scale, currency or percent form)."""
    t = _tables(lang)
    if kind == "rate":
        if unit not in t.RENDER_PERCENT:
            raise ValueError(f"rate unit must be one of {sorted(t.RENDER_PERCENT)}, not {unit!r}")
        allowed = [s for s in STYLES[lang] if s in RATE_STYLES and (s != "fraction" or unit == "%")]
    elif kind in ("count", "money"):
        allowed = [s for s in STYLES[lang] if s != "fraction"]
    else:
        raise ValueError(f"kind must be count, rate or money, not {kind!r}")
    if style is not None:
        if style not in allowed:
            raise ValueError(f"style {style!r} does not suit kind {kind!r} in {lang}")
        candidates = [style]
    else:
        candidates = rng.sample(allowed, len(allowed))
    num = None
    for s in candidates:
        try:
            num = render_number(value, lang, s)
            style = s
            break
        except ValueError:
            if len(candidates) == 1:
                raise
    if num is None:
        raise ValueError(f"no style of {lang} can write {value!r}")
    if kind == "count":
        return num
    if kind == "rate":
        if style == "fraction":
            return num
        suffixes = t.RENDER_PERCENT[unit]
        if style == "words":  # "tre prosent", not "tre %"
            suffixes = tuple(x for x in suffixes if x.strip() != "%") or suffixes
        suffix = rng.choice(suffixes)
        if style == "arabic_indic" and suffix.strip() == "%":
            suffix = suffix.replace("%", "٪")
        return num + suffix
    forms = [f for f, code in t.CURRENCIES.items() if code == unit]
    if not forms:
        raise ValueError(f"no {lang} currency form for {unit!r}")
    form = rng.choice(forms)
    shown = _display(t, form)
    if form in t.CURRENCY_PREFIXES and rng.random() < 0.7:
        glued = form in ("rp", "$", "us$", "€") and num[:1].isdigit() and rng.random() < 0.5
        glue = "" if glued else " "
        return f"{shown}{glue}{num}"
    return f"{num} {shown}"


def _round_ish(n: int, rng: random.Random) -> int:
    digits = len(str(n))
    keep = rng.choice((1, 2, 2, 3, 3, 4))
    if digits <= keep:
        return n
    q = 10 ** (digits - keep)
    return max(q, round(n / q) * q)


def random_value(kind: str, rng: random.Random, lang: str | None = None) -> int | Decimal:
    """A realistic value: counts 1..50 million (often round), rates 0.01..100
    with 0-2 decimals, money 10^3..10^14 (often a few significant digits)."""
    if kind == "count":
        n = int(math.exp(rng.uniform(0, math.log(50_000_000))))
        n = max(1, min(n, 50_000_000))
        return _round_ish(n, rng) if rng.random() < 0.5 else n
    if kind == "rate":
        places = rng.choice((0, 1, 2, 2))
        top = 100 * 10**places
        d = Decimal(rng.randint(1, top)).scaleb(-places)
        return int(d) if d == d.to_integral_value() else d
    if kind == "money":
        n = int(math.exp(rng.uniform(math.log(1e3), math.log(1e14))))
        return _round_ish(n, rng) if rng.random() < 0.7 else n
    raise ValueError(f"kind must be count, rate or money, not {kind!r}")


def same_value(parsed: int | float | None, expected: int | Decimal | float) -> bool:
    """Exact comparison of a parsed value (int/float) with an expected one."""
    if parsed is None:
        return False
    return Decimal(repr(parsed)) == Decimal(repr(expected) if isinstance(expected, float) else expected)
