"""Norwegian Bokmål number conventions, words, scales, currencies, percent words.

Data only; the engine is metricner.numbers.parse. Keys are NFKC-normal and
lower-case. Sources: Språkrådet, "Tall og tallord" (space or no-break space
groups thousands, "," is the decimal mark; "." grouping also occurs in news,
"100.000"); Norwegian uses the long scale: billion = 10^12, milliard = 10^9;
"mill." = million, "mrd." = milliard, "pst." = prosent.
"""
from __future__ import annotations

from decimal import Decimal

DECIMAL_MARK: str = ","
GROUP_MARKS: tuple[str, ...] = (" ", ".")

_UNITS = {
    "en": 1, "én": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
}
_TENS = {
    "tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "åtti": 80, "nitti": 90,
}
_ONES_IN_COMPOUND = {"en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
                     "sju": 7, "syv": 7, "åtte": 8, "ni": 9}
NUMBER_WORDS: dict[str, int] = {
    "null": 0, **_UNITS,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    **_TENS,
    # "tjuefem" = 25 (written as one word)
    **{t + o: tv + ov for t, tv in _TENS.items() for o, ov in _ONES_IN_COMPOUND.items()},
}
# Multiply the number word right before them ("tre hundre" = 300).
MULTIPLIER_WORDS: dict[str, int] = {"hundre": 100, "hundrede": 100}

SCALE_WORDS: dict[str, int] = {
    "tusen": 10**3,
    "million": 10**6, "millioner": 10**6, "mill.": 10**6, "mill": 10**6, "mln.": 10**6,
    "milliard": 10**9, "milliarder": 10**9, "mrd.": 10**9, "mrd": 10**9,
    "billion": 10**12, "billioner": 10**12,
}
SELF_COUNTING_SCALES: tuple[str, ...] = ()
# A bare plural ("millioner av kroner") names no value.
PLURAL_SCALE_WORDS: tuple[str, ...] = ("millioner", "milliarder", "billioner")
DUAL_SCALE_WORDS: dict[str, int] = {}
AMBIGUOUS_ABBREVIATIONS: dict[str, str] = {}

CURRENCIES: dict[str, str] = {
    "kr": "NOK", "kr.": "NOK", "kroner": "NOK", "krone": "NOK", "nok": "NOK",
    "norske kroner": "NOK",
    "svenske kroner": "SEK", "svenske kr": "SEK", "sek": "SEK",
    "danske kroner": "DKK", "danske kr": "DKK", "dkk": "DKK",
    "vnd": "VND", "dong": "VND", "đồng": "VND",
    "usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
    "amerikanske dollar": "USD",
    "eur": "EUR", "euro": "EUR", "€": "EUR",
}
UNRESOLVED_CURRENCIES: dict[str, str] = {}
CURRENCY_PREFIXES: tuple[str, ...] = ("kr", "kr.", "nok", "usd", "us$", "$", "eur", "€", "vnd")
DISPLAY_FORMS: dict[str, str] = {"us$": "US$"}

PERCENT_WORDS: dict[str, str] = {
    "%": "%", "prosent": "%", "pst.": "%", "pst": "%", "pct.": "%",
    "prosentpoeng": "pp", "prosentenheter": "pp", "prosentpoen": "pp",
    "ganger": "times", "gang": "times",
}
# "dobbelt" = twice (a multiple by itself).
MULTIPLE_WORDS: dict[str, int] = {"dobbelt": 2, "dobbelt så mye": 2}

FRACTION_WORDS: dict[str, Decimal] = {
    "halvparten": Decimal("0.5"), "en halvpart": Decimal("0.5"), "halv": Decimal("0.5"),
    "en halv": Decimal("0.5"), "halvt": Decimal("0.5"), "et halvt": Decimal("0.5"), "halvannen": Decimal("1.5"), "halvannet": Decimal("1.5"),
    "en tredel": Decimal(1) / Decimal(3), "en tredjedel": Decimal(1) / Decimal(3),
    "en tredjepart": Decimal(1) / Decimal(3), "to tredeler": Decimal(2) / Decimal(3),
    "to tredjedeler": Decimal(2) / Decimal(3),
    "en fjerdedel": Decimal("0.25"), "en firedel": Decimal("0.25"),
    "tre fjerdedeler": Decimal("0.75"), "en femtedel": Decimal("0.2"),
    "en tidel": Decimal("0.1"), "en tiendedel": Decimal("0.1"),
}
# "ett av fem" = one in five (a share, read as a percent).
RATIO_CONNECTORS: tuple[str, ...] = ("av",)
CONJUNCTIONS: tuple[str, ...] = ("og",)
PREFIX_CLITICS: tuple[str, ...] = ()
WORD_PREFIXES: tuple[str, ...] = ()

VAGUE_WORDS: tuple[str, ...] = (
    "noen", "noen få", "få", "flere", "mange", "titalls", "hundrevis", "tusenvis",
    "millionvis", "milliardvis", "et par",
)

RENDER_WORDS: dict[int, str] = {
    1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte",
    9: "ni", 10: "ti", 12: "tolv", 20: "tjue", 25: "tjuefem", 50: "femti",
}
RENDER_SCALES: tuple[tuple[int, str, str], ...] = (
    (10**3, "tusen", "tusen"), (10**6, "million", "millioner"),
    (10**9, "milliard", "milliarder"), (10**12, "billion", "billioner"),
)
RENDER_SCALE_ABBREVIATIONS: dict[int, str] = {10**6: "mill.", 10**9: "mrd."}
RENDER_PERCENT: dict[str, tuple[str, ...]] = {
    "%": (" %", "%", " prosent", " pst."), "pp": (" prosentpoeng", " prosentenheter"), "times": (" ganger",),
}
