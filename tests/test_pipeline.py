"""metricner.Extractor: records per document, batching, errors that stop nothing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DigitsTagger
from metricner import Extractor
from metricner.pipeline import Document, ExtractionError, split_pieces
from metricner.schema import RECORD_FIELDS

ID_TEXT = "Jumlah peserta jaminan sosial adalah 155.934 orang."


@pytest.fixture(scope="module")
def rules():
    return Extractor(engine="rules")


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def test_seeds_give_records_that_point_into_the_text(rules, seeds):
    langs = {}
    for path in sorted(seeds.glob("*.txt")):
        text = _read(path)
        records = rules.extract(text, doc_id=path.stem)
        assert records, f"{path.name}: no records"
        assert [(r.start, r.end) for r in records] == sorted((r.start, r.end) for r in records)
        for r in records:
            assert text[r.start:r.end] == r.text
            assert r.doc_id == path.stem and r.extractor == "rules@1.0"
            assert set(r.to_dict()) == set(RECORD_FIELDS)
        langs[path.stem[:3]] = records[0].lang
    assert langs == {"000": "id", "001": "nb", "002": "id", "003": "ar", "004": "nb"}


@pytest.mark.parametrize("text, lang, expected", [
    ("\ufeffJumlah peserta\u00a0mencapai 155.934 orang 😀.\r\nCakupan jaminan kesehatan 98,02% 🎉.\r\n",
     "id", {"155.934": 155934, "98,02%": 98.02}),
    ("Ved utgangen av september hadde 217\u00a0500 personer 👍 helsetrygd.\r\nDekningen var 49,4\u00a0%.",
     "nb", {"217\u00a0500": 217500, "49,4\u00a0%": 49.4}),
    ("👨‍👩‍👧 بلغ عدد المشتركين ١٬٤١٥٬٥٩٨ شخصًا\r\nوبلغت نسبة التغطية ٨٨٫٢٪ من السكان.",
     "ar", {"١٬٤١٥٬٥٩٨": 1415598, "٨٨٫٢٪": 88.2}),
])
def test_offsets_index_the_original_text(rules, text, lang, expected):
    records = rules.extract(text, lang=lang, doc_id="d")
    got = {r.text: r.value for r in records}
    assert got == expected
    for r in records:
        assert text[r.start:r.end] == r.text


_PIECES = st.lists(st.sampled_from([
    "\ufeff", "\r\n", "\n", "\u00a0", " ", "😀", "👨‍👩‍👧", "١٬٢٣٤", "٨٨٫٢٪", "12.500", "3,5", "orang", "peserta",
    "\u200b", "ﷺ", "ﬁ", "％", "１２３",
]), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_PIECES)
def test_offsets_round_trip_for_any_text(pieces):
    text = "jumlah " + "".join(pieces)
    tagger = DigitsTagger()
    for r in Extractor(engine=tagger).extract(text, lang="id", doc_id="p"):
        assert text[r.start:r.end] == r.text


def test_one_failing_document_stops_nothing():
    tagger = DigitsTagger(fail_on="BOOM")
    ex = Extractor(engine=tagger, batch_size=8)
    docs = [
        Document("a", "Jumlah peserta 1.000 orang.", "id"),
        Document("b", "BOOM 2.000 orang.", "id"),
        Document("c", "   \n", "id"),
        Document("d", "Số người tham gia là 155.934 người.", "vi"),
        Document("e", "zzz qqq", None),
        Document("f", "", "id", error="binary file (NUL bytes), not a text document"),
        Document("g", "Jumlah peserta 3.000 orang.", "id"),
    ]
    results = list(ex.extract_documents(docs))
    assert [r.doc_id for r in results] == list("abcdefg")
    assert [r.records[0].value for r in results if r.ok] == [1000, 3000]
    errors = {r.doc_id: r.error for r in results if not r.ok}
    assert set(errors) == set("bcdef")
    assert "RuntimeError" in errors["b"] and "BOOM" in errors["b"]
    assert "empty" in errors["c"]
    assert "unsupported language 'vi'" in errors["d"]
    assert "could not tell the language" in errors["e"]
    assert errors["f"].startswith("binary file")
    assert all(not r.records for r in results if not r.ok)


def test_texts_are_tagged_in_batches_and_read_lazily():
    tagger = DigitsTagger()
    ex = Extractor(engine=tagger, batch_size=4)
    pulled = []

    def docs():
        for i in range(10):
            pulled.append(i)
            yield Document(f"d{i}", f"Jumlah peserta {i}.000 orang.", "id")

    results = ex.extract_documents(docs())
    first = next(results)
    assert first.doc_id == "d0"
    assert len(pulled) == 4, "the first batch is tagged before more documents are read"
    rest = list(results)
    assert [r.doc_id for r in rest] == [f"d{i}" for i in range(1, 10)]
    assert [len(c) for c in tagger.calls] == [4, 4, 2]


def test_a_long_document_is_tagged_in_pieces_with_the_same_records(rules, seeds):
    text = "\n".join(_read(p) for p in sorted(seeds.glob("00[14]*.txt"))) * 3
    whole = Extractor(engine="rules", max_piece_chars=len(text)).extract(text, lang="nb", doc_id="big")
    pieces = Extractor(engine="rules", max_piece_chars=5000).extract(text, lang="nb", doc_id="big")
    assert len(text) > 30000
    assert pieces == whole


def test_pieces_carry_offsets_and_unique_range_ids():
    line = "Dekningen økte fra 10 til 12 % i fjor.\n"
    text = line * 400
    tagger = DigitsTagger()
    records = Extractor(engine=tagger, max_piece_chars=1000).extract(text, lang="nb", doc_id="r")
    assert max(len(t) for call in tagger.calls for t in call) <= 1000
    assert len(records) == 2 * 400
    for r in records:
        assert text[r.start:r.end] == r.text
    rids = [r.range_id for r in records if r.range_id]
    assert len(rids) == len(set(rids)) * 2 == 800


@given(st.text(alphabet="ab \r\n\u00a0😀", max_size=300), st.integers(1, 40))
def test_split_pieces_cover_the_text(text, limit):
    pieces = split_pieces(text, limit)
    assert "".join(p for _, p in pieces) == text
    for (offset, piece), nxt in zip(pieces, pieces[1:] + [(len(text), "")]):
        assert text[offset:offset + len(piece)] == piece
        assert offset + len(piece) == nxt[0]
        assert len(piece) <= limit or "\n" not in piece[:-1]


def test_extract_raises_on_failure(rules):
    with pytest.raises(ExtractionError, match="unsupported language 'vi'"):
        rules.extract(ID_TEXT, lang="vi")
    with pytest.raises(ExtractionError, match="empty document"):
        rules.extract("  ")


def test_extract_batch(rules):
    out = rules.extract_batch([ID_TEXT, "Dekningen var 49,4 %."], langs=["id", "nb"])
    assert [[r.value for r in rs] for rs in out] == [[155934], [49.4]]


def test_engine_choice_is_checked(tmp_path):
    with pytest.raises(ValueError, match="unknown engine 'regex'"):
        Extractor(engine="regex")
    with pytest.raises(TypeError, match="Tagger"):
        Extractor(engine=42)
    from metricner.model import ModelFilesError

    with pytest.raises(ModelFilesError):
        Extractor(engine="model", model_path=str(tmp_path / "no-model"))
