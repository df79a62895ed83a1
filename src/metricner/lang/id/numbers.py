"""Indonesian number conventions, words, scales, currencies and percent words.

Data only; the engine is metricner.numbers.parse. Keys are NFKC-normal and
lower-case (matching is case-insensitive). Sources: KBBI entries for the
number words; Bank Indonesia / OJK writing for "M" = miliar and "T" = triliun
in amounts (e.g. "Rp 1,2 M"); SPEC "Number formats".
"""
from __future__ import annotations

from decimal import Decimal

# "1.876.000" groups thousands with "."; "98,02" uses "," for decimals.
DECIMAL_MARK: str = ","
GROUP_MARKS: tuple[str, ...] = (".",)

_UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    "sepuluh": 10, "sebelas": 11, "seratus": 100,
    # "dua belas" .. "sembilan belas" (teens are "<unit> belas")
    **{f"{w} belas": 10 + v for w, v in _UNITS.items() if v >= 2},
}
# Multiply the number word right before them ("dua puluh" = 20, "tiga ratus" = 300).
MULTIPLIER_WORDS: dict[str, int] = {"puluh": 10, "ratus": 100}

SCALE_WORDS: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "seribu": 10**3,
    "juta": 10**6, "jt": 10**6, "sejuta": 10**6,
    "miliar": 10**9, "milyar": 10**9, "m": 10**9, "semiliar": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "t": 10**12, "setriliun": 10**12,
}
# Scale words that carry their own "one" (se- = satu): a bare use is one unit.
SELF_COUNTING_SCALES: tuple[str, ...] = ("seribu", "sejuta", "semiliar", "setriliun")
PLURAL_SCALE_WORDS: tuple[str, ...] = ()
DUAL_SCALE_WORDS: dict[str, int] = {}
# Abbreviations read one way although another reading exists: a warning says so.
AMBIGUOUS_ABBREVIATIONS: dict[str, str] = {
    "m": "'M' read as miliar (10^9), as in financial writing",
    "t": "'T' read as triliun (10^12), as in financial writing",
}

CURRENCIES: dict[str, str] = {
    "rp": "IDR", "idr": "IDR", "rupiah": "IDR",
    "vnd": "VND", "dong": "VND", "đồng": "VND", "đ": "VND",
    "usd": "USD", "us$": "USD", "$": "USD", "dolar": "USD", "dolar as": "USD",
    "dollar": "USD", "dolar amerika": "USD",
    "eur": "EUR", "euro": "EUR", "€": "EUR",
    "yen": "JPY", "jpy": "JPY",
    "ringgit": "MYR", "myr": "MYR",
}
# Currency words that name no single country's currency.
UNRESOLVED_CURRENCIES: dict[str, str] = {}
# Forms written before the number ("Rp14 triliun", "US$ 5 juta").
CURRENCY_PREFIXES: tuple[str, ...] = ("rp", "idr", "usd", "us$", "$", "vnd", "eur", "€")
# How a renderer writes a currency form (keys are lower-case table forms).
DISPLAY_FORMS: dict[str, str] = {"rp": "Rp", "us$": "US$", "dolar as": "dolar AS"}

PERCENT_WORDS: dict[str, str] = {
    "%": "%", "persen": "%", "prosen": "%",
    "poin persentase": "pp", "persen poin": "pp", "pp": "pp",
    "kali lipat": "times", "kali": "times",
}
# Words that are a multiple by themselves.
MULTIPLE_WORDS: dict[str, int] = {}

FRACTION_WORDS: dict[str, Decimal] = {
    "setengah": Decimal("0.5"), "separuh": Decimal("0.5"),
    "sepertiga": Decimal(1) / Decimal(3), "seperempat": Decimal("0.25"),
    "seperlima": Decimal("0.2"), "sepersepuluh": Decimal("0.1"),
    "dua pertiga": Decimal(2) / Decimal(3), "tiga perempat": Decimal("0.75"),
}
# "satu dari lima" = one in five (a share, read as a percent).
RATIO_CONNECTORS: tuple[str, ...] = ("dari",)
CONJUNCTIONS: tuple[str, ...] = ("dan",)
# Clitics glued to a following word or numeral (none in Indonesian).
PREFIX_CLITICS: tuple[str, ...] = ()
WORD_PREFIXES: tuple[str, ...] = ()

VAGUE_WORDS: tuple[str, ...] = (
    "puluhan", "ratusan", "ribuan", "jutaan", "miliaran", "milyaran", "triliunan",
    "beberapa", "sejumlah", "banyak", "belasan",
)

# Canonical spellings used when rendering words (value -> word).
RENDER_WORDS: dict[int, str] = {
    1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh",
    8: "delapan", 9: "sembilan", 10: "sepuluh", 11: "sebelas", 12: "dua belas",
    15: "lima belas", 100: "seratus",
}
# (value, singular, plural) canonical scale words, and their abbreviations.
RENDER_SCALES: tuple[tuple[int, str, str], ...] = (
    (10**3, "ribu", "ribu"), (10**6, "juta", "juta"),
    (10**9, "miliar", "miliar"), (10**12, "triliun", "triliun"),
)
RENDER_SCALE_ABBREVIATIONS: dict[int, str] = {10**3: "rb", 10**6: "jt", 10**9: "M", 10**12: "T"}
RENDER_PERCENT: dict[str, tuple[str, ...]] = {
    "%": ("%", " %", " persen"), "pp": (" poin persentase", " persen poin"), "times": (" kali lipat", " kali"),
}
