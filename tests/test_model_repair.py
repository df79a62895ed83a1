"""Joining the digit groups of one numeral that the model labelled as two spans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from metricner import parse_quantity
from metricner.model.repair import join_split_numbers
from metricner.schema import Mention


def spans(text: str, *parts: tuple[str, str]) -> list[Mention]:
    """Mentions for the given (label, substring) pairs, found left to right."""
    out, at = [], 0
    for label, piece in parts:
        s = text.index(piece, at)
        out.append(Mention(label, s, s + len(piece), piece, 0.9))
        at = s + len(piece)
    return out


# (lang, text, spans the model gave, spans after the repair)
CORPUS = [
    ("nb", "nye bidrag på 2 383 enheter", [("COUNT", "2"), ("COUNT", "383")], [("COUNT", "2 383")]),
    ("nb", "over 9\u00a0300 ansatte", [("COUNT", "9"), ("COUNT", "300")], [("COUNT", "9\u00a0300")]),
    ("nb", "utgjør 1 164 498 personer", [("COUNT", "1 164"), ("COUNT", "498")], [("COUNT", "1 164 498")]),
    ("id", "sebanyak 1.164.498 peserta", [("COUNT", "1.164"), ("COUNT", "498")], [("COUNT", "1.164.498")]),
    ("ar", "بلغ عدد المشتركين 1,250,000 مشترك", [("COUNT", "1,250"), ("COUNT", "000")], [("COUNT", "1,250,000")]),
    ("id", "menjangkau 98,02% dari populasi", [("TARGET", "9"), ("RATE", "8,02%")], [("RATE", "98,02%")]),
    ("nb", "en andel på 44,35 %, og", [("RATE", "44"), ("RATE", "35 %")], [("RATE", "44,35 %")]),
    ("ar", "بنسبة 12.5% من", [("RATE", "12"), ("RATE", "5%")], [("RATE", "12.5%")]),
    # not one numeral: a list, a decimal, a word between, a range, two groups of four
    ("nb", "økte fra 2,5,3 til", [("RATE", "2,5"), ("RATE", "3")], [("RATE", "2,5"), ("RATE", "3")]),
    ("nb", "i 2 av 5 fylker", [("COUNT", "2"), ("COUNT", "5")], [("COUNT", "2"), ("COUNT", "5")]),
    ("nb", "mellom 12 og 300 personer", [("COUNT", "12"), ("COUNT", "300")], [("COUNT", "12"), ("COUNT", "300")]),
    ("nb", "fra 2024 til 2025", [("COUNT", "2024"), ("COUNT", "2025")], [("COUNT", "2024"), ("COUNT", "2025")]),
    ("nb", "økte 12 %, 300 flere", [("RATE", "12 %"), ("COUNT", "300")], [("RATE", "12 %"), ("COUNT", "300")]),
    ("id", "naik 2,5 persen atau 383 orang", [("RATE", "2,5 persen"), ("COUNT", "383")],
     [("RATE", "2,5 persen"), ("COUNT", "383")]),
    ("id", "1 383 peserta", [("COUNT", "1"), ("COUNT", "383")], [("COUNT", "1"), ("COUNT", "383")]),  # id groups with "."
    ("nb", "12 3833 personer", [("COUNT", "12"), ("COUNT", "3833")], [("COUNT", "12"), ("COUNT", "3833")]),
]


@pytest.mark.parametrize("lang,text,given_spans,expected", CORPUS, ids=[c[1] for c in CORPUS])
def test_join_corpus(lang, text, given_spans, expected):
    got = join_split_numbers(text, spans(text, *given_spans), lang)
    assert [(m.label, m.text) for m in got] == expected
    assert all(text[m.start:m.end] == m.text for m in got)


def test_joined_type_is_the_larger_probability_mass():
    text = "nye bidrag på 2 383 enheter"
    given_spans = spans(text, ("COUNT", "2"), ("TARGET", "383"))
    got = join_split_numbers(text, given_spans, "nb", lambda s, e: {"COUNT": 2.4, "TARGET": 1.1, "RATE": 0.0})
    assert [(m.label, m.text) for m in got] == [("COUNT", "2 383")]


def test_numberless_spans_are_dropped():
    from metricner.model.repair import repair

    text = "بلغ 1,415,598 شخصًا"
    given_spans = [Mention("COUNT", 0, 1, text[0:1], 0.6), *spans(text, ("COUNT", "1,415,598"))]
    assert [m.text for m in repair(text, given_spans, "ar")] == ["1,415,598"]
    words = "lebih dari satu juta peserta"
    assert [m.text for m in repair(words, spans(words, ("COUNT", "satu juta")), "id")] == ["satu juta"]


# (lang, text, label, the model's span, after the repairs)
CURRENCY_CORPUS = [
    ("nb", "inndrive mer enn 3,2 billioner VND, og", "TARGET", "3,2 billioner", "3,2 billioner VND"),
    ("nb", "utgjør 4,6 milliarder kroner.", "MONEY", "4,6 milliarder", "4,6 milliarder kroner"),
    ("id", "anggaran Rp 1,5 triliun untuk", "MONEY", "1,5 triliun", "Rp 1,5 triliun"),
    ("id", "hampir Rp1,5 triliun", "MONEY", "1,5 triliun", "Rp1,5 triliun"),
    ("ar", "بلغت 95 مليار دونج", "MONEY", "95 مليار", "95 مليار دونج"),
    # no currency beside it, or not a money type: unchanged
    ("id", "sebanyak 20 juta orang", "TARGET", "20 juta", "20 juta"),
    ("nb", "mer enn 200 000 barn", "TARGET", "200 000", "200 000"),
    ("nb", "utgjør 4,6 milliarder kroner.", "COUNT", "4,6 milliarder", "4,6 milliarder"),
    ("nb", "kostet 300 kroner", "MONEY", "300 kroner", "300 kroner"),
]


@pytest.mark.parametrize("lang,text,label,piece,expected", CURRENCY_CORPUS, ids=[c[1] for c in CURRENCY_CORPUS])
def test_money_spans_take_in_their_currency(lang, text, label, piece, expected):
    from metricner.model.repair import repair

    got = repair(text, spans(text, (label, piece)), lang)
    assert [(m.label, m.text) for m in got] == [(label, expected)]


def test_a_currency_tagged_on_its_own_joins_its_amount():
    from metricner.model.repair import repair

    text = "inndrive mer enn 3,2 billioner VND, og"
    got = repair(text, spans(text, ("TARGET", "3,2 billioner"), ("MONEY", "VND")), "nb")
    assert [(m.label, m.text) for m in got] == [("TARGET", "3,2 billioner VND")]


@pytest.mark.parametrize("lang,text,word", [("ar", "مع نشر 155 مقالًا، وآلاف المشاركات", "آلاف"),
                                            ("nb", "flere millioner kroner", "millioner"),
                                            ("id", "puluhan peserta", "puluhan")])
def test_valueless_words_are_dropped(lang, text, word):
    from metricner.model.repair import repair
    from metricner.lang import get

    vague = {w.lower() for w in (*get(lang).numbers.PLURAL_SCALE_WORDS, *get(lang).numbers.VAGUE_WORDS)}
    if word not in vague:
        pytest.skip(f"{word!r} is not a vague or plural scale word of {lang} in the tables")
    assert repair(text, spans(text, ("COUNT", word)), lang) == []


def test_no_language_no_repair():
    text = "2 383"
    given_spans = spans(text, ("COUNT", "2"), ("COUNT", "383"))
    assert join_split_numbers(text, given_spans, None) == given_spans


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=1_000, max_value=10**12), cut=st.integers(min_value=1, max_value=3),
       mark=st.sampled_from([("nb", " "), ("nb", "\u00a0"), ("id", "."), ("ar", ",")]))
def test_any_grouped_numeral_cut_at_a_group_is_joined_back(value, cut, mark):
    """Cut a grouped numeral at any group mark: the two spans become one, read as the value."""
    lang, sep = mark
    digits = f"{value:,}".replace(",", sep)
    groups = digits.split(sep)
    k = min(cut, len(groups) - 1)
    left, right = sep.join(groups[:k]), sep.join(groups[k:])
    text = f"x {digits} y"
    got = join_split_numbers(text, spans(text, ("COUNT", left), ("COUNT", right)), lang)
    assert [m.text for m in got] == [digits]
    assert parse_quantity(got[0].text, lang).value == value


# (lang, text, the span the model gave, the span after finish_words)
WORD_END_CORPUS = [
    ("ar", "والحد الأدنى 1,495 جنيهًا لأصحاب المعاشات", "1,495 جنيه", "1,495 جنيهًا"),
    ("ar", "بقيمة 6,000 ريالًا شهريًا", "6,000 ريال", "6,000 ريالًا"),
    ("ar", "نحو 250 درهمًا للفرد", "250 درهم", "250 درهمًا"),
    ("nb", "mellom 2 og 3 millioner kroner", "3 millioner", "3 millioner"),    # ends at a word end
    ("id", "sebesar Rp 5 juta per bulan", "Rp 5 juta", "Rp 5 juta"),
    ("id", "naik 12,8% dari tahun lalu", "12,8%", "12,8%"),                   # ends in a sign
    # the cut word is the currency: the same value, now money
    ("nb", "å kreve inn over 4,1 billioner VND, og", "4,1 billioner V", "4,1 billioner VND"),
    ("id", "senilai 7,5 miliar rupiah tahun ini", "7,5 miliar rup", "7,5 miliar rupiah"),
]


@pytest.mark.parametrize("lang,text,given,expected", WORD_END_CORPUS)
def test_spans_end_at_a_word_end(lang, text, given, expected):
    from metricner.model.repair import finish_words

    [m] = finish_words(text, spans(text, ("MONEY", given)), lang)
    assert m.text == expected == text[m.start:m.end]


def test_a_word_is_not_finished_when_the_value_would_change():
    from metricner.model.repair import finish_words

    text = "naik 3 jutaan orang"  # "jutaan" (millions of) is vague, not "3 juta"
    [m] = finish_words(text, spans(text, ("COUNT", "3 juta")), "id")
    assert m.text == "3 juta"


# (lang, text, a span the model gave inside a web address)
WEB_CORPUS = [
    ("id", "Sumber: https://www.bps.go.id/id/pressrelease/2025/11/05/2459/tpt-sebesar-4-76-persen.html", "76"),
    ("nb", "Les mer på www.nav.no/no/nav-og-samfunn/statistikk-2025-12 om tallene", "12"),
    ("ar", "المصدر: https://www.spa.gov.sa/w2364071", "2364071"),
    ("id", "Unduh laporan_keuangan_2024_Q3.pdf di situs resmi", "3"),
]


@pytest.mark.parametrize("lang,text,piece", WEB_CORPUS)
def test_spans_in_web_addresses_are_dropped(lang, text, piece):
    from metricner.model.repair import repair

    s = text.rindex(piece)
    assert repair(text, [Mention("COUNT", s, s + len(piece), piece, 0.9)], lang) == []


def test_spans_beside_a_web_address_stay():
    from metricner.model.repair import repair

    text = "Sebanyak 1.500 peserta (lihat www.bpjs.go.id) mendaftar."
    kept = spans(text, ("COUNT", "1.500"))
    assert repair(text, kept, "id") == kept


# (lang, text, spans the model gave, spans after the repair)
TAIL_AND_RANGE_CORPUS = [
    ("nb", "foreslår å bruke 61,3 milliarder kroner på sykepenger",
     [("MONEY", "61,3"), ("TARGET", "milliarder kroner")], [("MONEY", "61,3 milliarder kroner")]),
    ("nb", "anslås til 6,5–7 prosent", [("RATE", "7"), ("TARGET", "prosent")], [("RATE", "7 prosent")]),
    ("nb", "vil bruke 350 mill. kroner på", [("MONEY", "350"), ("TARGET", "mill. kroner")], [("MONEY", "350 mill. kroner")]),
    ("ar", "إلى ما بين 3 و3.5 ملايين مواطن", [("TARGET", "3 و3.5 ملايين")], [("TARGET", "3"), ("TARGET", "3.5 ملايين")]),
    ("ar", "منهم مليونان و150 ألف عامل", [("COUNT", "مليونان و150 ألف")], [("COUNT", "مليونان و150 ألف")]),
    ("ar", "بين 12 مليونا و450 ألف مشترك", [("COUNT", "12 مليونا و450 ألف")], [("COUNT", "12 مليونا و450 ألف")]),
    ("nb", "mellom 120 og 150 personer", [("COUNT", "120"), ("COUNT", "150")], [("COUNT", "120"), ("COUNT", "150")]),
    # the rest of a unit left outside the span (finish_units)
    ("nb", "budsjettet er på 12 mrd. kroner i år", [("MONEY", "12 mrd")], [("MONEY", "12 mrd. kroner")]),
    ("nb", "steg med 0,4 prosentpoeng.", [("RATE", "0,4")], [("RATE", "0,4 prosentpoeng")]),
    ("id", "turun 1,2 poin persentase dibanding", [("RATE", "1,2 poin")], [("RATE", "1,2 poin persentase")]),
    ("ar", "بتراجع 2.5 نقطة مئوية خلال العام", [("RATE", "2.5 نقطة")], [("RATE", "2.5 نقطة مئوية")]),
    ("nb", "hele 25 000 personer fikk", [("COUNT", "25 000")], [("COUNT", "25 000")]),  # counted nouns stay out
    ("nb", "kostet 40 millioner, og kommunen", [("MONEY", "40 millioner")], [("MONEY", "40 millioner")]),
    # a compound numeral cut at its conjunction (join_compound_heads)
    ("ar", "ويعمل بها مليون و200 ألف موظف", [("COUNT", "200 ألف")], [("COUNT", "مليون و200 ألف")]),
    ("ar", "وصرفت ثلاثة ملايين و500 ألف ريال", [("MONEY", "500 ألف ريال")], [("MONEY", "ثلاثة ملايين و500 ألف ريال")]),
    ("ar", "ويعمل بها مليون و200 ألف موظف", [("COUNT", "مليون و"), ("COUNT", "200 ألف")], [("COUNT", "مليون و200 ألف")]),
    ("ar", "في 27 محافظة و150 مدينة", [("COUNT", "150")], [("COUNT", "150")]),  # not a numeral before the conjunction
    ("nb", "tre og 15 personer", [("COUNT", "15")], [("COUNT", "15")]),  # a head below a thousand: not a compound
]


@pytest.mark.parametrize("lang,text,given,expected", TAIL_AND_RANGE_CORPUS)
def test_unit_tails_are_joined_and_between_ranges_split(lang, text, given, expected):
    from metricner.model.repair import repair

    out = repair(text, spans(text, *given), lang)
    assert [(m.label, m.text) for m in out] == expected
    assert all(text[m.start:m.end] == m.text for m in out)


# (lang, text, bare numbers the model tagged, the ones kept)
IDENTIFIER_CORPUS = [
    ("id", "Informasi: telp. (021) 3841195, 3842508 ext. 5120. Peserta 1.500 orang.",
     ["3841195", "3842508", "5120", "1.500"], ["1.500"]),
    ("nb", "Tallene finnes i tabell 13760 og 08931, og 4 200 personer fikk svar.",
     ["13760", "08931", "4 200"], ["4 200"]),
    ("ar", "للاستفسار الاتصال بالخط الساخن 16103 أو زيارة الموقع، وبلغ العدد 5200 مشترك.",
     ["16103", "5200"], ["5200"]),
    ("nb", "I Økonomiske analyser 3/2025 anslår SSB at 142 000 er ledige.", ["3", "142 000"], ["142 000"]),
    ("nb", "Ring 8931 eller 1 200 000 kroner", ["8931"], ["8931"]),  # no cue before it: kept
    # a leading zero: a code, whatever comes before it
    ("nb", "Ring HELFO Veiledning på 23 32 70 00 (hverdager).", ["00"], []),
    # digits in pairs: a phone number, wherever the model cut it
    ("nb", "Ring HELFO Veiledning på 23 32 70 00 (hverdager).", ["23"], []),
    ("nb", "Ring HELFO Veiledning på 23 32 70 00 (hverdager).", ["23 32"], []),
    ("nb", "Ring oss på 55 55 33 33, eller se 12 000 svar.", ["55 55", "12 000"], ["12 000"]),
    ("nb", "Mellom 12 og 14 prosent, 23 32 av dem", ["12", "14", "23 32"], ["12", "14", "23 32"]),  # two pairs
    ("id", "Hubungi 0800 1 500 atau kirim surat; 0,5 persen peserta", ["0800", "0,5"], ["0,5"]),
    ("ar", "رقم 0123 ثم 0 حالة", ["0123", "0"], ["0"]),
]


@pytest.mark.parametrize("lang,text,tagged,kept", IDENTIFIER_CORPUS)
def test_identifiers_and_phone_numbers_are_dropped(lang, text, tagged, kept):
    from metricner.model.repair import drop_identifiers

    out = drop_identifiers(text, spans(text, *[("COUNT", p) for p in tagged]), lang)
    assert [m.text for m in out] == kept


# (lang, text, the span the model gave, the span after extend_heads)
HEAD_CORPUS = [
    ("nb", "på 9 måneder 21 763 milliarder VND, en økning", "763 milliarder VND", "21 763 milliarder VND"),
    ("nb", "utgjør 1 164 498 personer", "498", "1 164 498"),
    ("nb", "over 9\u00a0300 ansatte", "300", "9\u00a0300"),
    ("id", "sebanyak 1.164.498 peserta", "164.498", "1.164.498"),
    ("ar", "بلغ 1,415,598 شخصًا", "415,598", "1,415,598"),
    ("nb", "falt med et halvt prosentpoeng.", "halvt prosentpoeng", "et halvt prosentpoeng"),
    ("nb", "med en halv million kroner", "halv million kroner", "en halv million kroner"),
    ("id", "naik dua pertiga dari", "pertiga", "dua pertiga"),
    # not a head: a year, a decimal, a group of four, no group mark of the language, not a number word
    ("nb", "i 2025 763 nye", "763", "763"),
    ("nb", "økte 2,5 300 ganger", "300", "300"),
    ("nb", "fikk 12 3833 personer", "3833", "3833"),
    ("id", "ada 1 383 peserta", "383", "383"),
    ("nb", "gjennomsnittet halvt om halvt", "halvt", "halvt"),
    ("nb", "meget halvt prosentpoeng", "halvt prosentpoeng", "halvt prosentpoeng"),
]


@pytest.mark.parametrize("lang,text,given,expected", HEAD_CORPUS, ids=[c[1] for c in HEAD_CORPUS])
def test_spans_start_at_their_numerals_head(lang, text, given, expected):
    from metricner.model.repair import extend_heads

    got = extend_heads(text, spans(text, ("COUNT", given)), lang)
    assert [m.text for m in got] == [expected]
    assert all(text[m.start:m.end] == m.text for m in got)


def test_a_head_is_not_taken_from_the_span_before():
    from metricner.model.repair import extend_heads

    text = "mellom 12 og 21 763 personer"
    given = spans(text, ("COUNT", "21"), ("COUNT", "763"))
    assert [m.text for m in extend_heads(text, given, "nb")] == ["21", "763"]


# (lang, text, the RATE spans the model gave, the ones kept)
CONFIDENCE_CORPUS = [
    ("nb", "den sanne ledigheten med 95 prosent sannsynlighet ligger mellom 4,3 og 4,9 prosent",
     ["95 prosent", "4,9 prosent"], ["4,9 prosent"]),
    ("nb", "Med et konfidensnivå på 95 % er feilmarginen 1,2 prosentpoeng.", ["95 %", "1,2 prosentpoeng"],
     ["1,2 prosentpoeng"]),
    ("id", "dengan tingkat kepercayaan 95 persen, TPT sebesar 4,76 persen", ["95 persen", "4,76 persen"],
     ["4,76 persen"]),
    ("ar", "بمستوى ثقة 95% بلغ معدل البطالة 7.1%", ["95%", "7.1%"], ["7.1%"]),
    # a cue that is part of another word, or a rate that is a measured value: kept
    ("nb", "95 prosent sannsynligvis", ["95 prosent"], ["95 prosent"]),
    ("nb", "Andelen med høy sikkerhet i jobben var 62 prosent.", ["62 prosent"], ["62 prosent"]),
    ("id", "kepercayaan publik naik 12 persen", ["12 persen"], ["12 persen"]),
]


# (lang, text, the spans the model gave, the ones kept)
VAGUE_OR_CORPUS = [
    ("id", "berdiskusi tiga atau empat kali sebelum", ["tiga", "empat kali"], []),
    ("nb", "møttes to eller tre ganger i fjor", ["tre ganger"], []),
    ("ar", "زاروا المكتب ثلاث أو أربع مرات", ["أربع مرات"], []),
    # digits, or a word that is no number on the other side: kept
    ("id", "naik 2 atau 3 persen", ["2", "3 persen"], ["2", "3 persen"]),
    ("nb", "tre eller flere barn", ["tre"], ["tre"]),
    ("id", "menerima satu juta rupiah atau lebih", ["satu juta rupiah"], ["satu juta rupiah"]),
]


DROP_CORPORA = [("drop_confidence_levels", *c) for c in CONFIDENCE_CORPUS] + [
    ("drop_vague_alternatives", *c) for c in VAGUE_OR_CORPUS]


@pytest.mark.parametrize("repair_name,lang,text,tagged,kept", DROP_CORPORA, ids=[c[2] for c in DROP_CORPORA])
def test_confidence_levels_and_number_words_joined_by_or_are_dropped(repair_name, lang, text, tagged, kept):
    from metricner.model import repair

    out = getattr(repair, repair_name)(text, spans(text, *[("RATE", p) for p in tagged]), lang)
    assert [m.text for m in out] == kept


def test_only_rates_are_confidence_levels():
    from metricner.model.repair import drop_confidence_levels

    text = "95 personer sannsynlighet"
    assert [m.text for m in drop_confidence_levels(text, spans(text, ("COUNT", "95")), "nb")] == ["95"]


def test_a_span_cutting_a_digit_run_is_dropped():
    from metricner.model.repair import drop_identifiers

    text = "tabell 08931 viser"
    assert drop_identifiers(text, spans(text, ("COUNT", "93")), "nb") == []


def test_gold_spans_pass_every_repair_unchanged():
    """The repairs never change a right answer: every gold span of the seeds
    and of the three held-out sets, given as the model's spans, comes back."""
    evaluate = pytest.importorskip("training.evaluate")
    from metricner.gold import find_repo_root
    from metricner.model.repair import repair

    root = find_repo_root()
    sets = [(root / "annotations" / "gold", root / "seeds")] + [
        (d / "gold", d / "texts") for d in sorted((root / "annotations").iterdir()) if (d / "texts").is_dir()]
    seen, changed = 0, []
    for gold_dir, texts_dir in sets:
        for doc in evaluate.gold_eval_docs(str(gold_dir), str(texts_dir)):
            text = doc["text"]
            gold = [Mention(g["type"], g["start"], g["end"], text[g["start"]:g["end"]])
                    for g in sorted(doc["gold"], key=lambda g: g["start"])]
            seen += len(gold)
            kept = {(m.start, m.end, m.label) for m in repair(text, gold, doc["lang"])}
            changed += [f"{doc['doc_id']}: {m.text!r}" for m in gold if (m.start, m.end, m.label) not in kept]
    assert seen > 400 and not changed, changed
