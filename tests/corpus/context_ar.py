"""Arabic context corpus: the span is marked [[...]]."""

EXAMPLES = [
    ("دفعت المقاطعة 4,436 مليار دونج، بزيادة قدرها [[9.8%]] عن الفترة نفسها.",
     {"change": "increase", "qualifier": None}),
    ("في الأشهر الستة الأولى من عام 2025، تم حل أنظمة لـ [[7989]] شخصًا.",
     {"unit": "person", "period": "في الأشهر الستة الأولى من عام 2025"}),
    ("وأعيد أكثر من [[95%]] منها عبر البريد.", {"qualifier": "more_than"}),
    ("بمبالغ تقارب [[95 مليار دونج]].", {"qualifier": "about"}),
    ("بلغت المبالغ [[95 مليار دونج]] تقريبًا.", {"qualifier": "about"}),
    ("لتنظيم [[87]] مؤتمرًا للتواصل.", {"unit": "event"}),
    ("تم استلام [[121,804]] سجلات.", {"unit": "document"}),
    ("إصدار [[12,760]] دفترًا جديدًا.", {"unit": "document"}),
    ("إصدار [[69,780]] بطاقة جديدة.", {"unit": "card"}),
    ("حيث تلقى [[129,720]] من المتقاعدين الأموال.", {"unit": "person"}),
    ("سجلت [[40]] حالة جديدة.", {"unit": "case"}),
    ("استفادت [[300]] شركة.", {"unit": "enterprise"}),
    ("إصدار [[3513]] منشورًا.", {"unit": "other"}),
    ("يبلغ الدعم [[500 ريال]] شهريًا.", {"per": "month"}),
    ("حوالي [[2 مليون]] شخص.", {"qualifier": "about", "unit": "person"}),
    ("انخفض المعدل بنسبة [[3%]].", {"change": "decrease"}),
    ("ما لا يقل عن [[100]] زيارة.", {"qualifier": "at_least", "unit": "visit"}),
    # a level reached by a change, additional recipients, counted nouns of pension funds
    ("ارتفعت قيمة المعاشات إلى [[12.5 مليار ريال]] شهريًا.", {"change": None}),
    ("بزيادة تصل إلى [[5%]] سنويًا.", {"change": "increase", "qualifier": "at_most"}),
    ("ضم [[200 ألف]] مشترك إضافي إلى النظام.", {"change": "increase", "unit": "person"}),
    ("تُصرف المعاشات لنحو [[3.2 مليون]] صاحب معاش.", {"qualifier": "about", "unit": "person"}),
    ("بلغ عددهم [[845,000]] مؤمنًا عليه.", {"unit": "person"}),
    ("عبر [[1,200]] منفذ للصرف.", {"unit": "facility"}),
]

# What stands between the two values: a range joiner or not.
RANGE_GAPS = [("–", True), (" - ", True), (" إلى ", True), (" الى ", True), (" و", False), (" أو ", False), (" ", False)]
