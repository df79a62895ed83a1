"""The sentence prefilter: which sentences reach the tagger, and offsets back."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from metricner.prefilter import NumberPrefilter, has_number
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
