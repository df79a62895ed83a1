"""Arabic number conventions, words, scales, currencies and percent words.

Data only; the engine is metricner.numbers.parse. Text reaches the engine after
metricner.textnorm.normalize: Arabic-Indic digits are ASCII, ٫ is "." and ٬ is
",", ٪ is "%". As in the seeds, "," groups thousands ("1,415,598") and "."
marks decimals ("88.2%"); "4,436 مليار" is 4,436 × 10^9.
Scale words come with their dual (مليونان), plural (ملايين) and accusative
(مليونا, after 11..99) forms; the dual alone is two units ("مليونان" = 2 × 10^6).
"""
from __future__ import annotations

from decimal import Decimal

DECIMAL_MARK: str = "."
GROUP_MARKS: tuple[str, ...] = (",",)

_UNITS: dict[str, int] = {
    "صفر": 0,
    "واحد": 1, "واحدة": 1, "احد": 1, "أحد": 1, "إحدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "إثنان": 2, "إثنين": 2,
    "ثلاثة": 3, "ثلاث": 3, "ثلاثه": 3,
    "أربعة": 4, "أربع": 4, "اربعة": 4, "اربع": 4,
    "خمسة": 5, "خمس": 5, "خمسه": 5,
    "ستة": 6, "ست": 6, "سته": 6,
    "سبعة": 7, "سبع": 7, "سبعه": 7,
    "ثمانية": 8, "ثماني": 8, "ثمان": 8, "ثمانيه": 8,
    "تسعة": 9, "تسع": 9, "تسعه": 9,
}
_TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "اربعون": 40, "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60,
    "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS: dict[str, int] = {
    "مئة": 100, "مائة": 100, "مئه": 100, "مائه": 100,
    "مئتان": 200, "مائتان": 200, "مئتين": 200, "مائتين": 200, "مئتا": 200, "مائتا": 200,
    **{p + h: v * 100 for p, v in (("ثلاث", 3), ("أربع", 4), ("اربع", 4), ("خمس", 5),
                                    ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9))
       for h in ("مئة", "مائة")},
}
NUMBER_WORDS: dict[str, int] = {
    **_UNITS, "عشرة": 10, "عشر": 10, "عشره": 10,
    "أحد عشر": 11, "احد عشر": 11, "إحدى عشرة": 11,
    "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12, "اثنتي عشرة": 12,
    # "ثلاثة عشر" .. "تسعة عشر" (13..19)
    **{f"{w} عشر": 10 + v for w, v in _UNITS.items() if 3 <= v <= 9},
    **_TENS, **_HUNDREDS,
}
# "ثلاث مئة" written in two words: the hundred word multiplies the unit before it.
MULTIPLIER_WORDS: dict[str, int] = {"مئة": 100, "مائة": 100}

SCALE_WORDS: dict[str, int] = {
    "ألف": 10**3, "الف": 10**3, "آلاف": 10**3, "ألفا": 10**3, "ألفًا": 10**3,
    "ألفان": 10**3, "ألفين": 10**3, "الاف": 10**3,
    "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليونًا": 10**6,
    "مليونان": 10**6, "مليونين": 10**6,
    "مليار": 10**9, "مليارات": 10**9, "مليارا": 10**9, "مليارًا": 10**9,
    "ملياران": 10**9, "مليارين": 10**9, "بليون": 10**9,
    "تريليون": 10**12, "تريليونات": 10**12, "تريليونا": 10**12, "ترليون": 10**12,
    "تريليونان": 10**12, "تريليونين": 10**12,
}
SELF_COUNTING_SCALES: tuple[str, ...] = ()
# A bare plural ("مليارات الدونغ" = billions of dong) names no value.
PLURAL_SCALE_WORDS: tuple[str, ...] = ("آلاف", "الاف", "ملايين", "مليارات", "تريليونات")
# A bare dual is two units ("مليونان" = 2,000,000).
DUAL_SCALE_WORDS: dict[str, int] = {
    "ألفان": 2, "ألفين": 2, "مليونان": 2, "مليونين": 2, "ملياران": 2, "مليارين": 2,
    "تريليونان": 2, "تريليونين": 2,
}
AMBIGUOUS_ABBREVIATIONS: dict[str, str] = {}

CURRENCIES: dict[str, str] = {
    "دونج": "VND", "دونغ": "VND", "الدونج": "VND", "الدونغ": "VND",
    "دونج فيتنامي": "VND", "دونغ فيتنامي": "VND", "vnd": "VND",
    "ريال": "SAR", "ريالات": "SAR", "ريالا": "SAR", "ريالًا": "SAR", "ريال سعودي": "SAR", "ريالات سعودية": "SAR",
    "ريال عماني": "OMR", "ريالات عمانية": "OMR", "ر.ع": "OMR", "ر.ع.": "OMR", "omr": "OMR",
    "ريال قطري": "QAR", "ريال يمني": "YER",
    "جنيه": "EGP", "جنيهات": "EGP", "جنيها": "EGP", "جنيهًا": "EGP", "جنيه مصري": "EGP",
    "جنيه استرليني": "GBP", "جنيه إسترليني": "GBP", "جنيهات استرلينية": "GBP",
    "دولار": "USD", "دولارات": "USD", "دولارا": "USD", "دولارًا": "USD", "دولار أمريكي": "USD",
    "دولار امريكي": "USD", "usd": "USD", "$": "USD", "us$": "USD",
    "يورو": "EUR", "eur": "EUR", "€": "EUR",
    "درهم": "AED", "دراهم": "AED", "درهما": "AED", "درهمًا": "AED", "درهم إماراتي": "AED", "درهم اماراتي": "AED",
    "sar": "SAR", "egp": "EGP", "aed": "AED",
}
# Currency words shared by several countries and not resolved by the tables.
UNRESOLVED_CURRENCIES: dict[str, str] = {
    "دينار": "'دينار' names several currencies (KWD, JOD, BHD, IQD, ...); country not stated",
}
CURRENCY_PREFIXES: tuple[str, ...] = ("usd", "$", "us$", "eur", "€", "ر.ع", "ر.ع.")
DISPLAY_FORMS: dict[str, str] = {"us$": "US$"}

PERCENT_WORDS: dict[str, str] = {
    "%": "%", "في المائة": "%", "في المئة": "%", "بالمائة": "%", "بالمئة": "%",
    "بالمية": "%", "في المية": "%",
    "نقطة مئوية": "pp", "نقاط مئوية": "pp", "نقطة مئويّة": "pp",
    "مرة": "times", "مرات": "times", "أضعاف": "times", "اضعاف": "times",
}
# "ضعف" alone is twice.
MULTIPLE_WORDS: dict[str, int] = {"ضعف": 2, "ضعفين": 2, "ضعفا": 2, "الضعف": 2}

FRACTION_WORDS: dict[str, Decimal] = {
    "نصف": Decimal("0.5"), "النصف": Decimal("0.5"),
    "ثلث": Decimal(1) / Decimal(3), "الثلث": Decimal(1) / Decimal(3),
    "ثلثا": Decimal(2) / Decimal(3), "ثلثي": Decimal(2) / Decimal(3),
    "ربع": Decimal("0.25"), "الربع": Decimal("0.25"),
    "ثلاثة أرباع": Decimal("0.75"),
}
RATIO_CONNECTORS: tuple[str, ...] = ("من",)
CONJUNCTIONS: tuple[str, ...] = ("و",)
# "و450" (and 450), "ونصف" (and a half): the conjunction is glued on.
PREFIX_CLITICS: tuple[str, ...] = ("و",)
# Prefixes a number word may carry inside running text ("بمليون", "والألف",
# "للمليار"); the sentence prefilter (metricner.prefilter) looks behind them.
WORD_PREFIXES: tuple[str, ...] = ("و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "وب", "ول")

VAGUE_WORDS: tuple[str, ...] = (
    "عشرات", "مئات", "بضع", "بضعة", "عدة", "عديد", "العديد", "بعض",
)

RENDER_WORDS: dict[int, str] = {
    1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة",
    8: "ثمانية", 9: "تسعة", 10: "عشرة", 20: "عشرون", 100: "مئة",
}
# (value, singular, plural); 3..10 take the plural, 11+ the singular.
RENDER_SCALES: tuple[tuple[int, str, str], ...] = (
    (10**3, "ألف", "آلاف"), (10**6, "مليون", "ملايين"),
    (10**9, "مليار", "مليارات"), (10**12, "تريليون", "تريليونات"),
)
RENDER_SCALE_ABBREVIATIONS: dict[int, str] = {}
RENDER_PERCENT: dict[str, tuple[str, ...]] = {
    "%": ("%", " %", " في المائة", " بالمئة"), "pp": (" نقطة مئوية", " نقاط مئوية"),
    "times": (" مرة", " أضعاف"),
}
