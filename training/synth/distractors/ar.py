"""Arabic numbers that stay O (Gregorian and Hijri dates, durations, ordinals,
decree numbers...), lines with digits, and distractor-only sentences in the
register of Gulf and Egyptian news agencies (SPA, WAM, MENA)."""
from __future__ import annotations

from .common import choice, fmt, grouped, maybe_indic, num, one_of, pick, slug_words, year

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر")
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
         "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
SLUG = ("gosi", "news", "insurance", "pension", "2025", "article", "social", "health", "ar", "3", "5", "percent",
        "million", "riyal", "12")

DISTRACTORS = {
    "confidence": one_of(fmt("بمستوى ثقة {n}%", n=choice(("90", "95", "99"))),
                         fmt("بفاصل ثقة {n} بالمئة", n=choice(("90", "95", "99"))),
                         fmt("عند مستوى معنوية {n}%", n=choice(("1", "5", "10")))),
    "year": maybe_indic(year()),
    "date": maybe_indic(one_of(fmt("{d} {m} {y}", d=num(1, 28), m=choice(MONTHS), y=year()),
                               fmt("{d}/{mo}/{y}", d=num(1, 28), mo=num(1, 12), y=year()))),
    "hijri": maybe_indic(one_of(fmt("{d} {m} {y}هـ", d=num(1, 29), m=choice(HIJRI), y=num(1440, 1447)),
                                fmt("{d} {m} {y} هـ", d=num(1, 29), m=choice(HIJRI), y=num(1440, 1447)),
                                fmt("عام {y}هـ", y=num(1440, 1447)))),
    "month_year": maybe_indic(fmt("{m} {y}", m=choice(MONTHS), y=year())),
    "time": fmt("الساعة {h}:{mi}", h=num(8, 22), mi=choice(("00", "15", "30"))),
    "dur": one_of(fmt("{n} دقيقة", n=num(11, 59)), fmt("{n} يومًا", n=num(11, 90)), fmt("{n} شهرًا", n=num(11, 36)),
                  fmt("{n} سنوات", n=num(3, 10)), fmt("{n} أيام عمل", n=num(3, 10)), fmt("{n} ساعة", n=num(24, 72)),
                  pick("ستة أشهر", "ثلاثة أشهر", "عامين", "أسبوعين")),
    "first_months": pick("الأشهر الستة الأولى", "الأشهر التسعة الأولى", "النصف الأول", "الربع الأول",
                         "الأشهر الثلاثة الأولى"),
    "quarter": pick("الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "النصف الأول", "النصف الثاني"),
    "age": fmt("{n} عامًا", n=num(18, 70)),
    "age_range": fmt("{a} و{b} عامًا", a=choice(("18", "21", "25")), b=choice(("55", "60", "65"))),
    "ord": one_of(fmt("الدفعة الـ {n}", n=num(2, 30)), fmt("النسخة الـ{n}", n=num(2, 15)),
                  fmt("الدورة {n}", n=num(2, 40)), pick("المرحلة الثانية", "المرتبة الأولى", "المستوى الرابع")),
    "ident": one_of(fmt("المنطقة {n}", n=num(1, 12)), fmt("المبنى رقم {n}", n=num(1, 40)),
                    fmt("مكتب رقم {n}", n=num(1, 30)), fmt("طريق {n}", n=num(10, 99))),
    "decree": one_of(fmt("القانون رقم {n} لسنة {y}", n=num(10, 180), y=year(1975, 2024)),
                     fmt("المرسوم الملكي رقم (م/{n}) بتاريخ {d}", n=num(10, 99), d=fmt(
                         "{d}/{m}/{y}هـ", d=num(1, 29), m=num(1, 12), y=num(1420, 1446))),
                     fmt("قرار مجلس الوزراء رقم ({n})", n=num(10, 999)),
                     fmt("المادة ({n}) من النظام", n=num(2, 90)),
                     fmt("التعميم رقم {n}/{y}", n=num(1, 60), y=year(2018, 2025))),
    "phone": one_of(pick("8001243344", "19777", "920033344"), fmt("(+{c}) {n}", c=choice(("966", "20", "962", "968")),
                                                                   n=num(10000000, 99999999))),
    "list": pick("ثلاث فئات", "أربعة محاور", "خمسة برامج", "فئتين", "ثلاثة مسارات", "سبع مبادرات"),
    "vague": pick("آلاف المشتركين", "ملايين الريالات", "مئات المنشآت", "عشرات المستشفيات", "آلاف المشاركات",
                  "مليارات الدونغ", "مئات الآلاف من العمال", "عشرات الآلاف من الطلبات"),
    "url": fmt("https://www.{d}/ar/news/{y}/{n}-{s}", d=choice(("gosi.gov.sa", "spa.gov.sa", "wam.ae", "almasryalyoum.com",
                                                               "ssc.gov.jo", "aawsat.com")),
               y=year(2023, 2025), n=num(100000, 9999999), s=slug_words(SLUG)),
    "file": fmt("{s}_{y}.pdf", s=choice(("annual_report", "statistical_bulletin", "gosi_q3")), y=year(2022, 2025)),
}

CAPTION = one_of(
    pick("![]() |"),
    fmt("| {who} خلال المؤتمر الصحفي. تصوير: {p} |", who=choice(("محافظ المؤسسة العامة للتأمينات الاجتماعية",
                                                                "وزير الموارد البشرية", "رئيس الهيئة")),
        p=choice(("واس", "أ ف ب", "المصري اليوم"))),
    fmt("| جانب من الاجتماع في {d}. الصورة: {p} |", d=DISTRACTORS["date"], p=choice(("وام", "أرشيفية"))),
)
SOURCE = one_of(fmt("المصدر: {u}", u=DISTRACTORS["url"]), fmt("المصدر: وكالة الأنباء السعودية (واس)، {d}", d=DISTRACTORS["date"]),
                fmt("اقرأ أيضًا: {u}", u=DISTRACTORS["url"]), fmt("المرفق: {f}", f=DISTRACTORS["file"]))
COMMENT = one_of(fmt("التعليقات ({n})", n=choice(("0", "0", "3"))), pick("شارك الخبر", "تعليقات (0)"))

CONTACT = one_of(
    fmt("للاستفسار يمكن الاتصال بالرقم الموحد {n}", n=choice(("19777", "8001243344", "920033344", "16103", "199099"))),
    fmt("هاتف: {n} - فاكس: {m}", n=num(20000000, 29999999), m=num(20000000, 29999999)),
    fmt("للتواصل عبر واتساب: {n}", n=fmt("05{a}{b}", a=num(0, 9), b=num(1000000, 9999999))),
    fmt("الخط الساخن {n} متاح على مدار الساعة", n=num(15000, 19999)),
)
COUNTER = one_of(
    maybe_indic(fmt("عدد المشاهدات: {n}", n=grouped(1000, 99999, ","))),
    fmt("عدد القراءات {n}", n=grouped(1000, 250000, ",")),
    maybe_indic(fmt("صفحة {p} من {q}", p=num(1, 9), q=num(10, 150))),
    fmt("جدول رقم ({a})", a=num(1, 20)),
    fmt("شكل ({a}): تطور أعداد المشتركين {y}-{z}", a=num(1, 9), y=year(2015, 2020), z=year(2021, 2025)),
)

LINES = {"caption": [CAPTION], "source": [SOURCE], "comment": [COMMENT], "contact": [CONTACT], "counter": [COUNTER]}

GROUPS = [
    ("distractor-news", "Arabic news sentences whose digits are dates, periods, ids and decrees", "plain", [
        "وصدر النظام بموجب <decree>، ويُعمل به اعتبارًا من <date>.",
        "عقد الاجتماع يوم <hijri> الموافق <date> في مقر {agency}.",
        "ويحق للمشترك التقدم بالطلب خلال <dur> من تاريخ انتهاء الخدمة.",
        "وتنقسم البرامج إلى <list> بحسب طبيعة العمل.",
        "ويشمل القرار العاملين الذين تتراوح أعمارهم بين <age_range>.",
        "وتأتي هذه الخطوة ضمن <ord> من برنامج التدريب.",
        "ويمكن التواصل مع مركز الاتصال على الرقم <phone> على مدار الساعة.",
        "واستفاد من الخدمة <vague> منذ إطلاقها في <year>.",
        "وتستغرق إجراءات صرف المعاش <dur> فقط بعد اكتمال المستندات.",
        "وأقيم الحفل في <ident> <time> مساء <hijri>.",
        "وتنشر البيانات التفصيلية في <file> على موقع الهيئة.",
        "ويعمل الموظف <dur> متواصلة قبل استحقاق الإجازة.",
        "وكانت الهيئة قد أطلقت الخدمة في <month_year> ضمن <ord>.",
        "وتوفي المشترك عن عمر <age> بعد <dur> من العمل في القطاع الخاص.",
        "ويبدأ سريان التعديلات في <hijri> وفقًا لما نصت عليه <decree>.",
        "وقد حُسبت التقديرات <confidence> وفق منهجية المسح.",
        "ولا يُعد الفرق دالًا إحصائيًا <confidence>.",
    ]),
]
