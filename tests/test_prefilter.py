"""The sentence prefilter: which sentences reach the tagger, and offsets back."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metricner.prefilter import NumberPrefilter, can_hold_metric, has_number
from metricner.rules import RulesTagger
from metricner.schema import Mention

# (lang, sentence, holds a number)
CORPUS = [
    ("id", "Jumlah peserta mencapai 155.934 orang.", True),
    ("id", "Iuran naik menjadi dua juta rupiah.", True),
    ("id", "Sepertiga pekerja belum terdaftar.", True),
    ("id", "BPJS Kesehatan terus memperluas layanan.", False),
    ("id", "Program ini diluncurkan oleh pemerintah daerah.", False),
    ("nb", "Over 1,4 prosent av arbeidsstyrken er ledige.", True),
    ("nb", "Utbetalingene økte med tre milliarder kroner.", True),
    ("nb", "Halvparten av søkerne fikk svar.", True),
    ("nb", "Det er en ordning for alle arbeidstakere.", False),  # "en" is an article
    ("nb", "NAV følger utviklingen nøye.", False),
    ("ar", "بلغ عدد المشتركين ١٥٥٬٩٣٤ مشتركاً.", True),
    ("ar", "ارتفعت الإيرادات بمليون ريال.", True),
    ("ar", "وألف موظف آخر.", True),
    ("ar", "تعمل الهيئة على تطوير خدماتها.", False),
]


@pytest.mark.parametrize("lang,sentence,expected", CORPUS)
def test_has_number(lang, sentence, expected):
    assert has_number(sentence, lang) is expected


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["id", "nb", "ar"]))
def test_every_digit_passes(n, lang):
    assert has_number(f"kata {n} kata", lang)


# (lang, sentence, can hold a metric): dates and years alone do not let a
# sentence through; a year with a counted noun, currency or percent does.
METRIC_CORPUS = [
    ("id", "Pada sisa tahun 2025, Wakil Ketua meminta Badan fokus.", False),
    ("id", "Jakarta, 13/1/2025 - BPJS Kesehatan memperluas layanan.", False),
    ("id", "Sejak 2019 dan hingga 2024 program berjalan.", False),
    ("id", "Rencana APBN 2026 sudah disusun.", False),
    ("id", "Jumlah peserta sebanyak 2000.", True),      # no year word before it
    ("id", "Sebanyak 2025 peserta terdaftar.", True),   # a counted noun follows
    ("id", "Iuran Rp 2025 per bulan.", True),
    ("id", "Pada 2025 tercatat 1.500 klaim.", True),
    ("id", "Tarif naik 2 persen pada Januari 2025.", True),
    ("nb", "Fra nå og frem til slutten av 2025 vil kontoret satse.", False),
    ("nb", "2025-planen må gjennomføres.", False),
    ("nb", "Planen for 2024–2028 er klar.", False),
    ("nb", "Statsbudsjettet for 2026 legges fram i oktober 2025.", False),
    ("nb", "I 2025 var 2,0 prosent ledige.", True),
    ("nb", "Det var 1950 personer på tiltak.", True),
    ("nb", "Fondet betalte ut 2020 kroner.", True),
    ("ar", "منذ عام 2019 تعمل الهيئة على تطوير خدماتها.", False),
    ("ar", "خطة للفترة 2026-2030 لتوسيع التغطية.", False),
    ("ar", "وقدمت الدعم لـ 2022 متقاعدًا من عام 2025.", True),
    ("ar", "ارتفعت النسبة إلى 2025 % في مثال.", True),
    ("ar", "بلغت الإيرادات مليون ريال في عام 2025.", True),
]


@pytest.mark.parametrize("lang,sentence,expected", METRIC_CORPUS)
def test_can_hold_metric(lang, sentence, expected):
    assert can_hold_metric(sentence, lang) is expected


@given(st.integers(min_value=0, max_value=10**12).filter(lambda n: not 1900 <= n <= 2099),
       st.sampled_from(["id", "nb", "ar"]))
def test_every_number_but_a_year_can_hold_a_metric(n, lang):
    assert can_hold_metric(f"tahun år عام {n} kata", lang)


@given(st.integers(min_value=1900, max_value=2099), st.sampled_from(["id", "nb", "ar"]))
def test_a_year_is_not_a_metric_but_a_count_of_the_same_digits_is(year, lang):
    cue, noun = {"id": ("tahun", "orang"), "nb": ("i", "personer"), "ar": ("عام", "شخصًا")}[lang]
    assert not can_hold_metric(f"kata {cue} {year} kata.", lang)
    assert can_hold_metric(f"kata {cue} {year} {noun}.", lang)


def test_no_gold_mention_is_in_a_sentence_left_out():
    """Every gold span of the seeds and of the held-out sets lies in a sentence
    that reaches the model."""
    evaluate = pytest.importorskip("training.evaluate")
    from metricner import sentences
    from metricner.gold import find_repo_root

    root = find_repo_root()
    sets = [(root / "annotations" / "gold", root / "seeds")] + [
        (d / "gold", d / "texts") for d in sorted((root / "annotations").iterdir()) if (d / "texts").is_dir()]
    lost, seen = [], 0
    for gold_dir, texts_dir in sets:
        for doc in evaluate.gold_eval_docs(str(gold_dir), str(texts_dir)):
            spans = sentences.split(doc["text"])
            for g in doc["gold"]:
                seen += 1
                s, e = next((s, e) for s, e in spans if s <= g["start"] < e)
                if not can_hold_metric(doc["text"][s:e], doc["lang"]):
                    lost.append(f"{doc['doc_id']}: {g['text']!r} in {doc['text'][s:e][:80]!r}")
    assert seen > 200 and not lost, lost


class Recorder:
    """A tagger that tags every digit run and remembers what it was given."""

    extractor = "rec"

    def __init__(self):
        self.seen: list[str] = []

    def tag(self, texts, langs):
        import re

        self.seen.extend(texts)
        return [[Mention("COUNT", m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", t)]
                for t in texts]


def test_only_sentences_with_numbers_reach_the_tagger_and_offsets_come_back():
    text = "Program berjalan baik. Peserta 120 orang dan 45 unit.\nTidak ada data lain. Naik 7 persen."
    inner = Recorder()
    [ms] = NumberPrefilter(inner).tag([text], ["id"])
    assert inner.seen == ["Peserta 120 orang dan 45 unit.", "Naik 7 persen."]
    assert [text[m.start:m.end] for m in ms] == ["120", "45", "7"]


def test_no_rules_mention_on_the_seeds_is_lost(seeds):
    """Every mention the rules engine finds in a seed lies in a sentence that
    passes the filter, so the filtered engine finds the same."""
    from metricner.langdetect import detect
    from metricner.textnorm import normalize

    rules = RulesTagger()
    for path in sorted(seeds.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8")).text
        lang = detect(text)
        [plain] = rules.tag([text], [lang])
        [filtered] = NumberPrefilter(rules).tag([text], [lang])
        assert plain, path.name
        assert [(m.label, m.start, m.end) for m in filtered] == [(m.label, m.start, m.end) for m in plain], path.name


def test_texts_without_numbers_and_empty_batches():
    inner = Recorder()
    assert NumberPrefilter(inner).tag(["Tidak ada.", ""], ["id", "id"]) == [[], []]
    assert inner.seen == []
    assert NumberPrefilter(inner).tag([], []) == []
    with pytest.raises(ValueError):
        NumberPrefilter(inner).tag(["a"], [])
