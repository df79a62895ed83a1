"""Arabic: the words around a number (data only; logic in metricner.context and
metricner.rules). Entries are without diacritics (tashkeel) and NFKC-normal;
lookups strip diacritics and the clitics in CLITICS first."""
from __future__ import annotations

# One-letter proclitics glued to a word or a number ("و315", "بـ 25", "لـ 2022").
CLITICS: tuple[str, ...] = ("و", "ب", "ل", "ف", "ك")

QUALIFIERS_BEFORE: dict[str, str] = {
    "أكثر من": "more_than",
    "اكثر من": "more_than",
    "ما يزيد عن": "more_than",
    "ما يزيد على": "more_than",
    "يزيد عن": "more_than",
    "يزيد على": "more_than",
    "تجاوز": "more_than",
    "تتجاوز": "more_than",
    "يتجاوز": "more_than",
    "فوق": "more_than",
    "أقل من": "less_than",
    "اقل من": "less_than",
    "دون": "less_than",
    "حوالي": "about",
    "حوالى": "about",
    "نحو": "about",
    "لنحو": "about",
    "قرابة": "about",
    "ما يقارب": "about",
    "ما يقرب من": "about",
    "تقارب": "about",
    "يقارب": "about",
    "تقريبا": "about",
    "زهاء": "about",
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "على الأقل": "at_least",
    "يصل إلى": "at_most",
    "تصل إلى": "at_most",
    "ما يصل إلى": "at_most",
    "بحد أقصى": "at_most",
    "حتى": "at_most",
}
QUALIFIERS_AFTER: dict[str, str] = {
    "تقريبا": "about",
    "تقريبًا": "about",
    "تقريباً": "about",
    "على الأقل": "at_least",
    "أو أكثر": "at_least",
    "فأكثر": "at_least",
}
EXCEED_CUES: tuple[str, ...] = ("تجاوز", "تتجاوز", "يتجاوز", "متجاوزة", "متجاوزا")
COMPARISON_CUES: tuple[str, ...] = ("عن المستهدف", "عن الهدف", "عن الخطة", "مقارنة بالمستهدف")
# "between A and B": a range when the first word comes right before A and the
# second joins A and B ("mellom 2 og 3 millioner kroner", "بين 3 و3.5 ملايين").
RANGE_BETWEEN: tuple[tuple[str, str], ...] = (("بين", "و"), ("ما بين", "و"),)
# What stands between the two values of a range ("10–12 %", "10 إلى 12").
RANGE_WORDS: tuple[str, ...] = ("-", "\u2013", "\u2014", "إلى", "الى")
# Singular scale words that stand for one unit when no numeral precedes them
# and a currency follows ("مليار دونج" = 10^9); plurals are vague.
BARE_SCALE_WORDS: tuple[str, ...] = ("ألف", "مليون", "مليار", "تريليون")

CHANGE_CUES: dict[str, str] = {
    "بزيادة قدرها": "increase",
    "بزيادة": "increase",
    "زيادة قدرها": "increase",
    "زيادة بنسبة": "increase",
    "زيادة": "increase",
    "ارتفاع": "increase",
    "بارتفاع": "increase",
    "ارتفع": "increase",
    "ارتفعت": "increase",
    "نمو": "increase",
    "بنمو": "increase",
    "انخفاض": "decrease",
    "بانخفاض": "decrease",
    "انخفض": "decrease",
    "انخفضت": "decrease",
    "تراجع": "decrease",
    "بتراجع": "decrease",
    "نقص": "decrease",
    "بنقص": "decrease",
}
CHANGE_FILLERS: tuple[str, ...] = ("قدرها", "بنسبة", "بمقدار", "نحو", "حوالي", "أكثر", "من")
# A change cue before one of these names the level reached, not the change:
# "ارتفعت إلى 36.8 مليار جنيه" is a level (change null).
CHANGE_LEVEL_WORDS: tuple[str, ...] = ("إلى", "الى")
# After the value or its counted noun: more beyond the present level (GUIDELINES:
# "مواطن إضافي" is an increase; "جديدة", new items, stays a flow).
CHANGE_AFTER: dict[str, str] = {"إضافي": "increase", "إضافية": "increase", "إضافيين": "increase",
                                "إضافيا": "increase", "اضافي": "increase", "اضافية": "increase"}

PER_WORDS: dict[str, str] = {
    "سنويا": "year", "في السنة": "year", "في العام": "year", "سنوي": "year",
    "شهريا": "month", "في الشهر": "month", "شهري": "month",
    "أسبوعيا": "week", "يوميا": "day", "في اليوم": "day",
    "للفرد": "person", "لكل فرد": "person", "للشخص": "person", "لكل شخص": "person",
    "لكل مشترك": "person", "للأسرة": "household", "لكل أسرة": "household",
}

COUNT_NOUNS: dict[str, str] = {
    "شخص": "person", "أشخاص": "person", "اشخاص": "person", "شخصا": "person",
    "مشارك": "person", "مشاركا": "person", "مشاركين": "person", "مشتركا": "person",
    "مشترك": "person", "مشتركين": "person", "مستفيد": "person", "مستفيدا": "person",
    "مستفيدين": "person", "مؤمن عليه": "person", "مؤمنا عليه": "person", "مؤمن عليهم": "person",
    "صاحب معاش": "person", "أصحاب معاشات": "person", "منفذ": "facility", "منفذا": "facility",
    "منافذ": "facility", "المستفيدين": "person", "متقاعد": "person", "متقاعدا": "person",
    "متقاعدين": "person", "المتقاعدين": "person", "عامل": "person", "عاملا": "person",
    "عمال": "person", "العمال": "person", "مواطن": "person", "مواطنا": "person",
    "مواطنين": "person", "المواطنين": "person", "مريض": "person", "مريضا": "person",
    "مرضى": "person", "المرضى": "person", "طالب": "person", "طالبا": "person", "طلاب": "person",
    "فرد": "person", "فردا": "person", "أفراد": "person", "نسمة": "person", "موظف": "person",
    "موظفا": "person", "موظفين": "person", "الموظفين": "person", "طفل": "person", "أطفال": "person",
    "أسرة": "household", "أسر": "household", "عائلة": "household", "عائلات": "household",
    "شركة": "enterprise", "شركات": "enterprise", "الشركات": "enterprise", "مؤسسة": "enterprise",
    "مؤسسات": "enterprise", "منشأة": "enterprise", "منشآت": "enterprise", "صاحب عمل": "enterprise",
    "مستشفى": "facility", "مستشفيات": "facility", "مرفق": "facility", "مرافق": "facility",
    "عيادة": "facility", "عيادات": "facility", "مركز": "facility", "مراكز": "facility",
    "منشأة صحية": "facility",
    "سجل": "document", "سجلا": "document", "سجلات": "document", "دفتر": "document",
    "دفترا": "document", "دفاتر": "document", "ملف": "document", "ملفا": "document",
    "ملفات": "document", "وثيقة": "document", "وثائق": "document", "طلب": "document",
    "طلبا": "document", "طلبات": "document", "شهادة": "document", "شهادات": "document",
    "بطاقة": "card", "بطاقات": "card",
    "حالة": "case", "حالات": "case",
    "زيارة": "visit", "زيارات": "visit",
    "معاملة": "transaction", "معاملات": "transaction", "عملية": "transaction", "عمليات": "transaction",
    "مؤتمر": "event", "مؤتمرا": "event", "مؤتمرات": "event", "ندوة": "event", "ندوات": "event",
    "فعالية": "event", "فعاليات": "event", "اجتماع": "event", "اجتماعا": "event",
    "ورشة": "event", "ورش": "event", "جلسة": "event", "جلسات": "event", "حملة": "event",
    "مقال": "other", "مقالا": "other", "مقالات": "other", "منشور": "other", "منشورا": "other",
    "منشورات": "other", "لافتة": "other", "لافتات": "other", "مادة": "other", "مواد": "other",
    "إجراء": "other", "إجراءات": "other", "خدمة": "other", "خدمات": "other", "مقاطعة": "other",
    "مقاطعات": "other", "بلدية": "other", "بلديات": "other",
}
COUNT_NOUN_SUFFIXES = False

TIME_UNITS: tuple[str, ...] = (
    "ثانية", "ثوان", "ثواني", "دقيقة", "دقائق", "دقيقه", "ساعة", "ساعات", "يوم", "أيام",
    "ايام", "يوما", "أسبوع", "أسابيع", "اسبوع", "أسبوعا", "شهر", "أشهر", "شهور", "شهرا",
    "سنة", "سنوات", "سنين", "عام", "أعوام", "عاما", "عقد", "عقود", "قرن", "ليلة", "هـ", "ه", "م",
)
MONTHS: tuple[str, ...] = (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو",
    "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    # Hijri months
    "محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي",
)
# One-letter words written onto the next word: "و" (and), "ب", "ل", "ك" (with, for, as), "ف" (then).
PROCLITICS = "وبلفك"
ID_MARKERS: tuple[str, ...] = (
    "رقم", "القرار", "قرار", "المرسوم", "مرسوم", "المادة", "مادة", "البند", "بند", "المستوى",
    "مستوى", "المرحلة", "مرحلة", "الدفعة", "دفعة", "الـ", "ال", "الفقرة", "القانون", "قانون",
    "عام", "العام", "سنة", "الساعة", "الصفحة", "صفحة", "عمر", "سن", "بعمر", "الفئة", "المنطقة",
    "منطقة", "الجولة", "الدورة", "الإصدار", "جدول", "الجدول", "شكل", "الشكل",
)
# Identifier words that rule a number out even with a unit after it ("nomor 3 persen").
ID_MARKERS_STRICT: tuple[str, ...] = ("ال", "الـ", "رقم")
NOT_COUNTED: tuple[str, ...] = ("فئات", "مجموعات", "مراحل", "مرات", "مرة")

TARGET_CUES: tuple[str, ...] = (
    "هدف", "الهدف", "بهدف", "أهداف", "يهدف", "تهدف", "نهدف", "تستهدف", "يستهدف", "نستهدف",
    "المستهدف", "مستهدف", "تسعى", "يسعى", "نسعى", "السعي", "خطة", "الخطة", "تخطط", "يخطط",
    "المخطط", "حصة مقررة", "تطمح", "يطمح",
)
PLAN_SHARE_AFTER: tuple[str, ...] = (
    r"من\s+(?:\S+\s+){0,2}(?:الخطة|المستهدف|الهدف|الحصة)",
)

PERIOD_PATTERNS: tuple[str, ...] = (
    r"(?:في\s+)?الأشهر\s+\S+\s+الأولى\s+من\s+(?:عام\s+|العام(?:\s+\d{4})?)?(?:\d{4})?",
    r"(?:بحلول|حتى|في)\s+نهاية\s+\S+(?:\s+\d{4})?",
    r"(?:في\s+)?(?:الربع|النصف)\s+\S+\s+من\s+(?:عام\s+)?\d{4}",
    r"منذ\s+بداية\s+(?:العام|عام\s+\d{4})",
    r"(?:خلال|في)\s+عام\s+\d{4}",
    r"عام\s+\d{4}",
)

CAPTION_MARKERS: tuple[str, ...] = ("تصوير:", "صورة:", "الصورة:")
SOURCE_PREFIXES: tuple[str, ...] = ("المصدر:", "المصدر :", "مصدر:", "المصادر:", "اقرأ أيضا:")
COMMENT_LINES: tuple[str, ...] = ("تعليق", "تعليقات", "التعليقات")

ABBREVIATIONS: tuple[str, ...] = ("د", "م", "ص", "ج", "ق")

DETECT_CUES: tuple[str, ...] = (
    "في", "من", "على", "إلى", "عن", "أن", "التي", "الذي", "مع", "هذا", "هذه", "كان", "عام",
)

SUBJECT_STOPS: tuple[str, ...] = (
    "بلغ", "بلغت", "وصل", "وصلت", "حوالي", "نحو", "أكثر", "من", "في", "على", "إلى", "عن",
    "تم", "منها", "منهم", "لـ", "عند", "بنسبة", "قدرها", "بزيادة", "إجمالي", "عدد", "و",
)
SUBJECT_AFTER_INTRO: tuple[str, ...] = ()
SUBJECT_AFTER_HEADS: tuple[str, ...] = ()
# Words right before a four-digit number that make it a year ("عام 2025",
# "منذ 2019", "رؤية 2030"); month names count too (MONTHS). The sentence
# prefilter skips sentences whose only numbers are such years.
YEAR_CUES: tuple[str, ...] = (
    "عام", "العام", "لعام", "سنة", "لسنة", "السنة", "منذ", "حتى", "رؤية",
)
# Words right before a phone number ("telp. (021) 3841195", "tlf. 22 86 50 00",
# "الخط الساخن 16103"): the number and those listed after it are not metrics.
# Words that join the numbers of such a list ("3841195 atau 3842508").
LIST_WORDS: tuple[str, ...] = ("أو", "و")
PHONE_CUES: tuple[str, ...] = (
    "هاتف", "الهاتف", "هاتفي", "الساخن", "الموحد", "واتساب", "فاكس", "جوال", "الجوال", "الرقم",
)
# A survey's confidence level is not a metric (SPEC: thresholds in definitions):
# the words right before or after a rate that make it one ("بمستوى ثقة 95%",
# "بفاصل ثقة 95 بالمئة").
CONFIDENCE_BEFORE: tuple[str, ...] = ("مستوى ثقة", "بمستوى ثقة", "مستوى الثقة", "بمستوى الثقة", "فاصل ثقة",
                                      "بفاصل ثقة", "فترة ثقة", "بفترة ثقة", "درجة ثقة", "بدرجة ثقة", "بثقة",
                                      "مستوى معنوية", "بمستوى معنوية")
CONFIDENCE_AFTER: tuple[str, ...] = ()
# Two number words joined by "or" are a vague quantity, not a metric (SPEC:
# "ثلاث أو أربع مرات"): the word that joins them.
OR_WORDS: tuple[str, ...] = ("أو",)
