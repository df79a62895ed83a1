"""metricner.io: decoding, reading inputs, record formats, the resumable output."""
from __future__ import annotations

import codecs
import csv
import io
import json

import pytest

from conftest import DATA
from metricner.io import (
    CSV_COLUMNS, DecodeError, JournalError, csv_header, csv_row, decode_text, iter_documents,
    jsonl_line, open_output, record_from_csv, unique_ids,
)
from metricner.pipeline import Document, Result
from metricner.schema import RECORD_FIELDS, MetricRecord

TEXT = "Jumlah peserta\r\n155.934 orang ١٬٢٣٤ 😀"


# ------------------------------------------------------------------ decode
@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
])
def test_decoded_text_is_the_text_without_bom(data):
    assert decode_text(data) == TEXT


def test_a_named_encoding():
    data = "Kilde: kr 1 200 på Ærø".encode("cp1252")
    with pytest.raises(DecodeError, match=r"not valid UTF-8: byte 0xe5 at offset \d+; name its encoding with --encoding"):
        decode_text(data)
    assert decode_text(data, "cp1252") == "Kilde: kr 1 200 på Ærø"
    with pytest.raises(DecodeError, match="unknown encoding 'nope'"):
        decode_text(data, "nope")


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"ok so far \xff\xfe\x00", "binary file"),
])
def test_unreadable_files_say_why(data, message):
    with pytest.raises(DecodeError, match=message):
        decode_text(data)


# ------------------------------------------------------------------ readers
def test_folder_is_read_recursively_in_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(codecs.BOM_UTF8 + b"c")
    (tmp_path / "notes.md").write_text("not a document", encoding="utf-8")
    docs = list(iter_documents([str(tmp_path)]))
    assert [(d.doc_id, d.text) for d in docs] == [("a", "a"), ("z", "z"), ("c", "c")]
    assert docs[1].source.endswith("b/z.txt")


def test_jsonl_documents_good_and_bad():
    docs = list(iter_documents([str(DATA / "io" / "documents.jsonl")], lang="id"))
    assert [d.doc_id for d in docs] == ["id-1", "nb-1", f"{DATA / 'io' / 'documents.jsonl'}:3",
                                        "no-text", "vi-1", "ar-1"]
    by_id = {d.doc_id: d for d in docs}
    assert by_id["id-1"].lang == "id" and by_id["id-1"].error is None
    assert by_id["nb-1"].lang == "id", "--lang applies to documents that do not state one"
    assert "not JSON" in docs[2].error
    assert by_id["no-text"].error == 'document has no "text"'
    assert by_id["vi-1"].lang == "vi" and by_id["vi-1"].error is None  # refused by the extractor


def test_stdin_is_read_line_by_line():
    lines = [b'{"id": "a", "text": "satu"}\n', b"\xff\xfe not utf-8\n", b"[1, 2]\n", b"\n",
             b'{"doc_id": 7, "text": "dua"}\n']

    class Stream:
        read = 0

        def __iter__(self):
            for line in lines:
                Stream.read += 1
                yield line

    docs = iter_documents(["-"], stdin=Stream())
    assert next(docs).doc_id == "a" and Stream.read == 1
    rest = list(docs)
    assert [d.doc_id for d in rest] == ["stdin:2", "stdin:3", "7"]
    assert "not valid UTF-8" in rest[0].error and "not an object" in rest[1].error


def test_missing_inputs_and_empty_folders_are_errors(tmp_path):
    docs = list(iter_documents([str(tmp_path / "gone.txt"), str(tmp_path)]))
    assert [d.error for d in docs] == [f"no such file or folder: {tmp_path / 'gone.txt'}",
                                       f"no .txt files in folder {tmp_path}"]


def test_duplicate_ids_keep_the_first():
    docs = [Document("a", "1", source="x/a.txt"), Document("b", "2"), Document("a", "3", source="y/a.txt")]
    out = list(unique_ids(docs))
    assert [d.text for d in out] == ["1", "2", ""]
    assert out[2].error == "duplicate doc_id 'a' (first from x/a.txt); document skipped"


# ------------------------------------------------------------------ formats
RECORD = MetricRecord(doc_id="d", lang="nb", type="MONEY", text="kr 1 200", start=3, end=11, value=1200.5,
                      unit="NOK", kind="money", qualifier="about", warnings=["a, \"b\"", "c"],
                      sentence="Om lag\r\nkr 1 200, sa hun.", extractor="rules@1.0")


def test_jsonl_has_every_field_in_order():
    row = json.loads(jsonl_line(RECORD))
    assert tuple(row) == RECORD_FIELDS
    assert row == RECORD.to_dict()
    assert "\\u" not in jsonl_line(MetricRecord("d", "ar", "COUNT", "١٢", 0, 2, 12, "person", "count")).decode()


def test_csv_round_trip():
    data = (csv_header() + csv_row(RECORD)).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert record_from_csv(rows[0]) == RECORD.to_dict()


# ------------------------------------------------------------------ output
OPTIONS = {"inputs": ["x"], "format": "jsonl"}


def _result(i, error=None):
    doc = Document(f"d{i}", "t", "id")
    recs = [] if error else [MetricRecord(f"d{i}", "id", "COUNT", str(i), 0, 1, i, "person", "count")]
    return Result(doc, recs, "id", error)


def test_output_is_renamed_only_when_complete(tmp_path):
    path = tmp_path / "out.jsonl"
    out = open_output(str(path), "jsonl", OPTIONS)
    out.write(0, _result(0))
    out.write(1, _result(1, error="empty file"))
    assert not path.exists() and (tmp_path / "out.jsonl.partial").exists()
    out.commit()
    assert [json.loads(line) for line in path.read_text().splitlines()][1] == {"doc_id": "d1", "error": "empty file"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_resume_drops_a_half_written_document(tmp_path):
    path = tmp_path / "out.jsonl"
    out = open_output(str(path), "jsonl", OPTIONS)
    for i in range(3):
        out.write(i, _result(i))
    out.interrupt()
    with open(tmp_path / "out.jsonl.partial", "ab") as fh:
        fh.write(b'{"doc_id": "d3", "lang": "id", "ty')  # the crash came mid-document
    with open(tmp_path / "out.jsonl.journal", "a") as fh:
        fh.write('{"i": 3, "doc_id": "d3", "out": 99')  # ... and mid-journal-line
    messages = []
    again = open_output(str(path), "jsonl", OPTIONS, resume=True, log=messages.append)
    assert [e["doc_id"] for e in again.done] == ["d0", "d1", "d2"]
    assert messages == [f"resuming {tmp_path / 'out.jsonl.partial'}: 3 documents already written"]
    again.write(3, _result(3))
    again.commit()
    assert [json.loads(line)["doc_id"] for line in path.read_text().splitlines()] == ["d0", "d1", "d2", "d3"]


def test_resume_refuses_other_options(tmp_path):
    path = tmp_path / "out.jsonl"
    open_output(str(path), "jsonl", OPTIONS).interrupt()
    with pytest.raises(JournalError, match="other options"):
        open_output(str(path), "jsonl", {**OPTIONS, "inputs": ["y"]}, resume=True)


def test_csv_without_a_file_is_refused():
    with pytest.raises(ValueError, match="CSV output needs -o FILE"):
        open_output(None, "csv", OPTIONS)
