"""Fast tests of the HTML review report (no browser): escaping, UTF-16
offsets, summary counts, gold comparison classes, failed documents, CLI."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metricner.report import build_payload, render_report, write_report
from metricner.report.cli import main as report_main
from metricner.report.compare import compare
from metricner.report.offsets import utf16_converter, utf16_length
from metricner.report.page import embed_json


def rec(doc_id, start, end, text, type_="COUNT", lang="id", **kw):
    row = {"doc_id": doc_id, "lang": lang, "type": type_, "text": text, "start": start,
           "end": end, "value": 1, "unit": "person", "kind": type_.lower(), "score": 0.9}
    row.update(kw)
    return row


def data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="metricner-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


# ---------- escaping ----------

EVIL = 'Tot <script>alert("x")</script> & "q" \'s\' </script><!-- 155.934 orang'


def test_document_text_cannot_close_the_data_block():
    at = EVIL.index("155.934")
    page = render_report([rec("d<1>", at, at + 7, "155.934", subject="</script><u>")],
                         documents={"d<1>": {"text": EVIL, "lang": "id"}},
                         errors=[{"doc_id": "x", "error": "<img src=x onerror=alert(1)>"}],
                         title="<i>t</i>")
    # exactly the two script elements of the page, and no user markup outside them
    assert page.count("<script") == 2
    assert page.count("</script>") == 2
    assert "<img" not in page and "<i>t</i>" not in page and "<u>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # failure reason shown as text
    data = data_of(page)
    assert data["docs"][0]["text"] == EVIL
    table = data["records"]
    sj = table["rows"][0][table["columns"].index("sj")]
    assert table["strings"][sj] == "</script><u>"


def test_script_never_uses_inner_html():
    page = render_report([])
    script = page.rsplit("<script>", 1)[1]
    assert "innerHTML" not in script and "outerHTML" not in script
    assert "insertAdjacentHTML" not in script and "document.write" not in script


@given(st.text())
def test_embedded_json_round_trips_and_never_holds_markup(s):
    out = embed_json({"t": s})
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == {"t": s}


def test_page_needs_no_network():
    page = render_report([rec("a", 0, 1, "5")], documents={"a": {"text": "5 orang", "lang": "id"}})
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "@import" not in page and "url(" not in page


# ---------- UTF-16 offsets ----------

@pytest.mark.parametrize("text, cp, u16", [
    ("abc", 2, 2),
    ("😀 155", 2, 3),             # one emoji = 2 UTF-16 units
    ("😀😀 x", 3, 5),
    ("ع😀م", 3, 4),
    ("𝟙𝟚 orang", 2, 4),           # mathematical digits, beyond the BMP
])
def test_utf16_offsets(text, cp, u16):
    assert utf16_converter(text)(cp) == u16


@given(st.text(), st.data())
def test_utf16_offset_is_length_of_encoded_prefix(text, data):
    i = data.draw(st.integers(0, len(text)))
    assert utf16_converter(text)(i) == len(text[:i].encode("utf-16-le")) // 2
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


def test_records_carry_utf16_offsets():
    text = "🎉🎉 Jumlah peserta 155.934 orang"
    start = text.index("155.934")
    data = build_payload([rec("e", start, start + 7, "155.934")],
                         documents={"e": {"text": text, "lang": "id"}})
    r = data["recs"][0]
    assert (r["s"], r["e"]) == (start + 2, start + 9)
    assert text.encode("utf-16-le")[2 * r["s"]:2 * r["e"]].decode("utf-16-le") == "155.934"


def test_offsets_that_do_not_match_the_text_are_flagged():
    data = build_payload([rec("a", 0, 3, "999"), rec("a", 40, 44, "1234")],
                         documents={"a": {"text": "155 orang", "lang": "id"}})
    assert "span text differs from the document at its offsets" in data["recs"][0]["rv"]
    assert "offsets outside the document" in data["recs"][1]["rv"]
    assert "s" not in data["recs"][1]


# ---------- summary ----------

def test_summary_counts_by_type_and_language():
    records = [rec("a", 0, 1, "1"), rec("a", 2, 3, "2", "RATE"), rec("b", 0, 1, "3", lang="nb"),
               rec("c", 0, 1, "4", "MONEY", lang="ar"), rec("c", 2, 3, "5", "MONEY", lang="ar")]
    s = build_payload(records, documents={"z": {"text": "ingen tall", "lang": "nb"}})["summary"]
    assert s["documents"] == 4 and s["documents_with_mentions"] == 3 and s["mentions"] == 5
    assert s["by_lang_type"]["id"] == {"COUNT": 1, "RATE": 1, "MONEY": 0, "TARGET": 0}
    assert s["by_lang_type"]["ar"]["MONEY"] == 2
    assert s["by_type"] == {"COUNT": 2, "RATE": 1, "MONEY": 2, "TARGET": 0}
    assert s["documents_by_lang"] == {"nb": 2, "id": 1, "ar": 1}


def test_needs_review_low_score_and_null_value():
    records = [rec("a", 0, 1, "1", score=0.59), rec("a", 2, 3, "2", score=0.6),
               rec("a", 4, 5, "3", value=None, warnings=["ambiguous grouping"])]
    data = build_payload(records)
    assert [bool(r.get("rv")) for r in data["recs"]] == [True, False, True]
    assert data["recs"][0]["rv"] == ["low score 0.59"]
    assert data["recs"][2]["rv"] == ["no value"]
    assert data["summary"]["needs_review"] == 2
    assert build_payload(records, threshold=0.7)["summary"]["needs_review"] == 3


def test_values_are_shown_without_float_artefacts():
    data = build_payload([rec("a", 0, 1, "1", value=1876000000000), rec("a", 0, 1, "1", value=98.02),
                          rec("a", 0, 1, "1", value=2.0)])
    assert [r["v"] for r in data["recs"]] == ["1,876,000,000,000", "98.02", "2"]


# ---------- failures ----------

def test_error_rows_mixed_in_records_are_failures():
    rows = [rec("a", 0, 1, "1"), {"doc_id": "b", "error": "empty document"},
            {"doc_id": "c", "error": "empty document"}, {"doc_id": "d", "error": "not UTF-8"}]
    data = build_payload(rows)
    s = data["summary"]
    assert s["mentions"] == 1 and s["failed"] == 3 and s["documents"] == 4
    assert s["failures"] == [["empty document", ["b", "c"]], ["not UTF-8", ["d"]]]
    assert [d.get("err") for d in data["docs"]] == [None, ["empty document"], ["empty document"],
                                                    ["not UTF-8"]]
    page = render_report(rows)
    assert 'id="failures-table"' in page and "not UTF-8" in page


# ---------- gold comparison ----------

def test_compare_three_classes():
    gold = [rec("a", 0, 3, "155"), rec("a", 10, 14, "49,4", "RATE"), rec("a", 20, 22, "95", "TARGET")]
    found = [rec("a", 0, 3, "155"), rec("a", 10, 14, "49,4", "COUNT"), rec("a", 30, 31, "7")]
    c = compare(found, gold)
    assert c.record_classes == ["correct", "wrong_type", "spurious"]
    assert [(g["start"], g["type"]) for g in c.missed] == [(10, "RATE"), (20, "TARGET")]
    assert c.missed_as == ["COUNT", None]
    assert (c.correct, len(c.missed), c.spurious) == (1, 2, 2)


def test_gold_counts_in_payload():
    text = "155 orang, 49,4 % dan target 95 % serta 7"
    gold = [rec("a", 0, 3, "155"), rec("a", 11, 17, "49,4 %", "RATE"),
            rec("a", 29, 33, "95 %", "TARGET")]
    found = [rec("a", 0, 3, "155"), rec("a", 11, 17, "49,4 %", "COUNT"), rec("a", 40, 41, "7"),
             rec("b", 0, 1, "1")]
    data = build_payload(found, documents={"a": {"text": text, "lang": "id"}}, gold=gold,
                         gold_doc_ids=["a"])
    doc_a, doc_b = data["docs"]
    assert doc_a["gc"] == [1, 2, 2]
    assert [m["x"] for m in doc_a["m"]] == ["49,4 %", "95 %"]
    assert "gold" not in doc_b and "g" not in data["recs"][3]  # b has no gold: not compared
    total = data["summary"]["gold"]["total"]
    assert (total["correct"], total["missed"], total["spurious"], total["wrong_type"]) == (1, 2, 2, 1)
    assert total["precision"] == total["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert data["summary"]["gold"]["by_type"]["TARGET"]["missed"] == 1


def test_gold_document_without_records_is_all_missed():
    data = build_payload([], documents={"a": {"text": "155 orang", "lang": "id"}},
                         gold=[rec("a", 0, 3, "155")])
    assert data["docs"][0]["gc"] == [0, 1, 0]


# ---------- layout facts ----------

def test_arabic_documents_are_right_to_left():
    data = build_payload([], documents={"a": {"text": "نص", "lang": "ar"},
                                        "b": {"text": "tekst", "lang": "nb"}})
    assert [d["dir"] for d in data["docs"]] == ["rtl", "ltr"]


def test_records_without_document_text_keep_their_sentence():
    data = build_payload([rec("a", 5, 8, "155", sentence="Ada 155 orang.")])
    assert data["recs"][0]["sn"] == "Ada 155 orang." and "s" not in data["recs"][0]


# ---------- files and command line ----------

def test_write_report_and_cli(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Ada 155 orang.\r\nو 49,4 %", encoding="utf-8", newline="")
    (tmp_path / "more.jsonl").write_text(json.dumps({"doc_id": "b", "text": "7 personer",
                                                     "lang": "nb"}) + "\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    rows = [rec("a", 4, 7, "155"), rec("b", 0, 1, "7", lang="nb"), {"doc_id": "c", "error": "boom"}]
    records.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.jsonl").write_text(json.dumps(rec("a", 4, 7, "155")) + "\n", encoding="utf-8")
    (gold / "b.jsonl").write_text("", encoding="utf-8")  # no mention in b
    out = tmp_path / "r" / "report.html"
    assert report_main([str(records), "--docs", str(docs), str(tmp_path / "more.jsonl"),
                        "--gold", str(gold), "-o", str(out)]) == 0
    data = data_of(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["docs"]] == ["a", "b", "c"]
    assert data["docs"][0]["text"].count("\r\n") == 1
    assert data["docs"][0]["gc"] == [1, 0, 0] and data["docs"][1]["gc"] == [0, 0, 1]
    assert data["docs"][2]["err"] == ["boom"]

    path = write_report(rows, tmp_path / "api.html")
    assert path.exists() and path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_reports_bad_input_clearly(tmp_path, capsys):
    bad = tmp_path / "records.jsonl"
    bad.write_text('{"doc_id": "a"}\nnot json\n', encoding="utf-8")
    assert report_main([str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert "records.jsonl:2: not valid JSON" in capsys.readouterr().err
    assert report_main([str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "r.html")]) == 2


def test_register_adds_report_command(tmp_path):
    import argparse

    from metricner.report.cli import register
    parser = argparse.ArgumentParser(prog="metricner")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", "r.jsonl", "--docs", "seeds", "-o", "x.html"])
    assert args.command == "report" and args.docs == ["seeds"] and args.func


def test_language_is_detected_when_nobody_says_it():
    pytest.importorskip("metricner.langdetect")
    data = build_payload([], documents={"a": {"text": "بلغ عدد المشاركين في التأمين الاجتماعي "
                                                      "1,415,598 شخصًا", "lang": None}})
    assert data["docs"][0]["dir"] == "rtl"
