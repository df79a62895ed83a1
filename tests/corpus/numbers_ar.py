"""Arabic value expressions: seed 003, then Arabic-Indic digits, words, scales, currencies."""
from __future__ import annotations

from tests.corpus import examples

EXAMPLES = [
    # seed 003
    *examples(87, None, "count", ["87", "٨٧"]),
    *examples(155, None, "count", ["155", "١٥٥"]),
    *examples(100, "%", "rate", ["100%", "١٠٠٪", "100 في المائة"]),
    *examples(25, None, "count", ["25", "خمسة وعشرون", "خمس وعشرين"]),
    *examples(121804, None, "count", ["121,804", "١٢١٬٨٠٤", "121804"]),
    *examples("88.2", "%", "rate", ["88.2%", "٨٨٫٢٪", "88.2 في المائة", "88.2 بالمئة"]),
    *examples(95, "%", "rate", ["95%", "95 في المئة"]),
    *examples(12760, None, "count", ["12,760"]),
    *examples(4140, None, "count", ["4,140"]),
    *examples(69780, None, "count", ["69,780"]),
    *examples(17220, None, "count", ["17,220"]),
    *examples(4436000000000, "VND", "money", ["4,436 مليار دونج", "٤٬٤٣٦ مليار دونج", "4.436 تريليون دونج", "4,436 مليار دونج فيتنامي"]),
    *examples("9.8", "%", "rate", ["9.8%"]),
    *examples(129720, None, "count", ["129,720"]),
    *examples(88, "%", "rate", ["88%"]),
    *examples(2022, None, "count", ["2022"]),
    *examples(5299, None, "count", ["5299", "5,299"]),
    *examples(107133, None, "count", ["107133"]),
    *examples(95000000000, "VND", "money", ["95 مليار دونج", "95 مليار دونغ"]),
    *examples(7989, None, "count", ["7989"]),
    *examples(1343, None, "count", ["1343"]),
    *examples(2950, None, "count", ["2950"]),
    *examples(2317, None, "count", ["2317"]),
    *examples(2250, None, "count", ["2250"]),
    *examples(3513, None, "count", ["3513"]),
    *examples(1152, None, "count", ["1152"]),
    *examples(1415598, None, "count", ["1,415,598", "١٬٤١٥٬٥٩٨"]),
    *examples(196341, None, "count", ["196,341"]),
    *examples(1219257, None, "count", ["1,219,257"]),
    # compounds, bare and dual scale words, brackets
    *examples(12450000, None, "count", ["12 مليونا و450 ألف", "12 مليونًا و450 ألفًا", "12.45 مليون"]),
    *examples(7500000, None, "count", ["7 ونصف مليون", "7.5 مليون", "سبعة ملايين ونصف"]),
    *examples(1000000000, "VND", "money", ["مليار دونج"]),
    *examples(2000000, None, "count", ["مليونان", "2 مليون", "اثنان مليون"]),
    *examples(3000000, None, "count", ["3 ملايين", "ثلاثة ملايين"]),
    *examples(5000000000, "SAR", "money", ["(5) مليارات ريال", "5 مليارات ريال سعودي", "خمسة مليارات ريال"]),
    *examples(64, "%", "rate", ["(64%)", "64٪"]),
    *examples(1000, None, "count", ["ألف", "1,000", "١٠٠٠"]),
    *examples(300000, None, "count", ["ثلاثمائة ألف", "300 ألف", "ثلاث مئة ألف"]),
    *examples(500000, None, "count", ["نصف مليون", "500,000"]),
    # currencies
    *examples(200, "OMR", "money", ["200 ريال عماني", "200 ر.ع", "ر.ع 200", "200 ر.ع."]),
    *examples(582400000, "OMR", "money", ["ر.ع 582.4 مليون"]),
    *examples(200, "QAR", "money", ["200 ريال قطري"]),
    *examples(200, "YER", "money", ["200 ريال يمني"]),
    *examples(50, "EGP", "money", ["50 جنيه", "50 جنيه مصري"]),
    *examples(50, "GBP", "money", ["50 جنيه استرليني", "50 جنيه إسترليني"]),
    *examples(3000000, "USD", "money", ["3 ملايين دولار", "$3,000,000", "3 ملايين دولار أمريكي"]),
    *examples(40, "EUR", "money", ["40 يورو"]),
    *examples(75, "AED", "money", ["75 درهم", "75 درهم إماراتي"]),
    # rates
    *examples("1.8", "times", "rate", ["1.8 مرة", "١٫٨ مرة"]),
    *examples(2, "times", "rate", ["ضعف"]),
    *examples("0.5", "pp", "rate", ["0.5 نقطة مئوية"]),
    *examples(50, "%", "rate", ["نصف"]),
    *examples("33.33", "%", "rate", ["ثلث"]),
    *examples(25, "%", "rate", ["ربع"]),
]

HINTED = [
    ("1,5", ",", "1.5"),
    ("1.234,5", ",", "1234.5"),
]

NEGATIVES = [
    "مليارات الدونغ", "ملايين", "آلاف", "عشرات الآلاف", "بضعة آلاف", "مئات",
    "1,5", "1,2,3", "1.234,5", "12,34,567", "12 450", "10–12 %", "ريال",
]
