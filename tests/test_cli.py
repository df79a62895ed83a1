"""`metricner extract`: every input case, outputs, errors that lose nothing, resume."""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import DATA, ROOT
from metricner import pipeline
from metricner.schema import RECORD_FIELDS

RULES = ["--engine", "rules"]
ID_TEXT = "Jumlah peserta jaminan sosial adalah 155.934 orang, cakupan 98,02%."
NB_TEXT = "Ved utgangen av september hadde 217 500 personer helsetrygd."


def rows(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture
def bad_folder(tmp_path):
    """One good document per language and every kind of bad file."""
    d = tmp_path / "docs"
    d.mkdir()
    (d / "01_good_id.txt").write_text(ID_TEXT, encoding="utf-8")
    (d / "02_empty.txt").write_bytes(b"")
    (d / "03_binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (d / "04_latin1.txt").write_bytes("Dekningen var 49,4 % på Ærø.".encode("latin-1"))
    (d / "05_unknown.txt").write_text("Lorem ipsum dolor sit amet 12 345.", encoding="utf-8")
    (d / "06_bom_crlf.txt").write_bytes(codecs.BOM_UTF8 + NB_TEXT.replace(" ", "\r\n", 1).encode("utf-8"))
    (d / "07_utf16.txt").write_bytes(ID_TEXT.encode("utf-16"))
    return d


def test_seeds_folder(cli, seeds):
    run = cli(["extract", seeds, *RULES])
    assert run.code == 0, run.err
    out = rows(run.out)
    files = sorted(seeds.glob("*.txt"))
    assert [r["doc_id"] for r in out] == sorted((r["doc_id"] for r in out), key=[f.stem for f in files].index)
    texts = {f.stem: _read(f) for f in files}
    for doc_id in texts:
        mine = [r for r in out if r["doc_id"] == doc_id]
        assert mine, doc_id
        assert [r["start"] for r in mine] == sorted(r["start"] for r in mine)
    for r in out:
        assert tuple(r) == RECORD_FIELDS
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]
    assert f"5 documents, {len(out)} records, 0 failed" in run.err
    assert "records by language: ar " in run.err and "output: standard output" in run.err


def test_every_bad_file_gets_one_error_row(cli, bad_folder):
    run = cli(["extract", bad_folder, *RULES])
    assert run.code == 1
    out = rows(run.out)
    errors = {r["doc_id"]: r["error"] for r in out if "error" in r}
    assert list(errors) == ["02_empty", "03_binary", "04_latin1", "05_unknown"]
    assert all(set(r) == {"doc_id", "error"} for r in out if "error" in r)
    assert errors["02_empty"] == "empty file"
    assert errors["03_binary"].startswith("binary file")
    assert "not valid UTF-8" in errors["04_latin1"] and "--encoding" in errors["04_latin1"]
    assert "could not tell the language" in errors["05_unknown"]
    for doc_id in errors:  # one clear line on stderr each
        assert sum(line.startswith(f"metricner extract: {doc_id} (") for line in run.err.splitlines()) == 1
    good = [r for r in out if "error" not in r]
    assert {r["doc_id"] for r in good} == {"01_good_id", "06_bom_crlf", "07_utf16"}
    assert "7 documents" in run.err and "4 failed" in run.err
    # offsets index the decoded text: BOM dropped, "\r\n" kept, UTF-16 decoded
    bom = [r for r in good if r["doc_id"] == "06_bom_crlf"]
    decoded = NB_TEXT.replace(" ", "\r\n", 1)
    assert bom and all(decoded[r["start"]:r["end"]] == r["text"] for r in bom)
    utf16 = [r for r in good if r["doc_id"] == "07_utf16"]
    assert [r["text"] for r in utf16] == [r["text"] for r in good if r["doc_id"] == "01_good_id"]


def test_encoding_option(cli, bad_folder):
    run = cli(["extract", bad_folder / "04_latin1.txt", "--encoding", "latin-1", "--lang", "nb", *RULES])
    assert run.code == 0, run.err
    (rec,) = rows(run.out)
    assert rec["text"] == "49,4 %" and rec["lang"] == "nb"


def test_csv_with_error_side_file(cli, bad_folder, tmp_path):
    out = tmp_path / "records.csv"
    run = cli(["extract", bad_folder, *RULES, "-o", out])
    assert run.code == 1
    with open(out, encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert tuple(table[0]) == RECORD_FIELDS
    assert {r["doc_id"] for r in table} == {"01_good_id", "06_bom_crlf", "07_utf16"}
    side = tmp_path / "records.csv.errors.jsonl"
    assert [r["doc_id"] for r in rows(side.read_bytes())] == ["02_empty", "03_binary", "04_latin1", "05_unknown"]
    assert f"error rows: {side}" in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "records.csv", "records.csv.errors.jsonl"]


def test_csv_needs_a_file(cli, seeds):
    run = cli(["extract", seeds, *RULES, "--format", "csv"])
    assert run.code == 2 and "CSV output needs -o FILE" in run.err


def test_stdin_jsonl(cli):
    data = (DATA / "io" / "documents.jsonl").read_bytes()
    run = cli(["extract", "-", *RULES], stdin=data)
    assert run.code == 1
    out = rows(run.out)
    order = []
    for r in out:
        if not order or order[-1] != r["doc_id"]:
            order.append(r["doc_id"])
    assert order == ["id-1", "nb-1", "stdin:3", "no-text", "vi-1", "ar-1"]
    errors = {r["doc_id"]: r["error"] for r in out if "error" in r}
    assert errors == {"stdin:3": "line is not JSON (Expecting value, column 1)",
                      "no-text": 'document has no "text"',
                      "vi-1": "unsupported language 'vi'; supported: id, nb, ar"}
    arabic = [r for r in out if r["doc_id"] == "ar-1"]
    assert [r["value"] for r in arabic] == [1415598, 88.2] and arabic[0]["lang"] == "ar"


def test_stdin_is_streamed(cli, monkeypatch):
    """The first records are written before the rest of the input is read."""
    state = {"read": 0, "read_at_first_write": None}

    class Lines(io.RawIOBase):
        def __init__(self):
            self.lines = iter([json.dumps({"id": f"d{i}", "text": ID_TEXT, "lang": "id"}).encode() + b"\n"
                               for i in range(40)])

        def readable(self):
            return True

        def __iter__(self):
            for line in self.lines:
                state["read"] += 1
                yield line

    from metricner.io import output

    write = output.StreamOutput.write

    def spy(self, index, result):
        if state["read_at_first_write"] is None:
            state["read_at_first_write"] = state["read"]
        return write(self, index, result)

    monkeypatch.setattr(output.StreamOutput, "write", spy)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": Lines()})())
    run = cli(["extract", "-", *RULES, "--batch-size", "2"])
    assert run.code == 0
    assert len(rows(run.out)) == 80
    assert state["read_at_first_write"] <= 3


def test_duplicate_doc_ids(cli, tmp_path, seeds):
    other = tmp_path / "other"
    other.mkdir()
    seed = sorted(seeds.glob("*.txt"))[0]
    (other / seed.name).write_text(ID_TEXT, encoding="utf-8")
    run = cli(["extract", seed, other, *RULES])
    assert run.code == 1
    out = rows(run.out)
    dup = [r for r in out if "error" in r]
    assert dup == [{"doc_id": seed.stem, "error": f"duplicate doc_id {seed.stem!r} (first from {seed}); document skipped"}]
    assert all(r["text"] in _read(seed) for r in out if "error" not in r)


def test_html_report(cli, bad_folder, tmp_path):
    out, html = tmp_path / "r.jsonl", tmp_path / "r.html"
    run = cli(["extract", bad_folder, *RULES, "-o", out, "--html", html])
    assert run.code == 1
    page = html.read_text(encoding="utf-8")
    assert "<html" in page.lower() and "01_good_id" in page and "03_binary" in page
    assert f"report: {html}" in run.err


def test_report_command_is_registered(cli):
    with pytest.raises(SystemExit) as exc:
        cli(["report", "--help"])
    assert exc.value.code == 0


# ------------------------------------------------------------------ resume
def _interrupt_after(monkeypatch, n):
    real = pipeline.Extractor.extract_documents

    def stopping(self, docs):
        for i, result in enumerate(real(self, docs)):
            if i == n:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(pipeline.Extractor, "extract_documents", stopping)


@pytest.mark.parametrize("fmt, name, stop", [("jsonl", "out.jsonl", 3), ("csv", "out.csv", 1), ("csv", "out.csv", 0)])
def test_resume_gives_the_same_bytes(cli, monkeypatch, tmp_path, bad_folder, seeds, fmt, name, stop):
    inputs = [bad_folder, seeds, DATA / "io" / "documents.jsonl"]
    full = tmp_path / "full" / name
    assert cli(["extract", *inputs, *RULES, "--format", fmt, "-o", full]).code == 1

    out = tmp_path / "cut" / name
    with monkeypatch.context() as m:
        _interrupt_after(m, stop)
        run = cli(["extract", *inputs, *RULES, "--format", fmt, "-o", out])
    assert run.code == 130 and "--resume" in run.err
    assert not out.exists(), "an interrupted run leaves no file that looks complete"
    assert out.with_name(name + ".partial").exists() and out.with_name(name + ".journal").exists()

    run = cli(["extract", *inputs, *RULES, "--format", fmt, "-o", out, "--resume"])
    assert run.code == 1
    assert f"{stop} documents already written" in run.err
    assert "18 documents" in run.err and "7 failed" in run.err  # counts include the first run's
    assert out.read_bytes() == full.read_bytes()
    if fmt == "csv":
        side = name + ".errors.jsonl"
        assert out.with_name(side).read_bytes() == full.with_name(side).read_bytes()
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(p.name for p in full.parent.iterdir())


def test_resume_refuses_a_changed_input(cli, monkeypatch, tmp_path, seeds):
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in seeds.glob("*.txt"):
        (docs / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as m:
        _interrupt_after(m, 2)
        assert cli(["extract", docs, *RULES, "-o", out]).code == 130
    run = cli(["extract", docs, *RULES, "-o", out, "--resume", "--lang", "nb"])
    assert run.code == 2 and "cannot resume" in run.err and "other options" in run.err
    first = sorted(docs.glob("*.txt"))[0]
    first.unlink()
    run = cli(["extract", docs, *RULES, "-o", out, "--resume"])
    assert run.code == 2 and "the input changed" in run.err
    assert not out.exists() and out.with_name("out.jsonl.journal").exists()


def test_a_rerun_without_resume_starts_again(cli, monkeypatch, tmp_path, seeds):
    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as m:
        _interrupt_after(m, 2)
        assert cli(["extract", seeds, *RULES, "-o", out]).code == 130
    run = cli(["extract", seeds, *RULES, "-o", out])
    assert run.code == 0 and "discarding the unfinished run" in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_console_script(tmp_path, seeds):
    """The installed entry point, with stderr not a terminal: no progress bar."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-c", "from metricner.cli import main; raise SystemExit(main())",
                           "extract", str(seeds), "--engine", "rules", "-o", str(tmp_path / "o.jsonl")],
                          capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "\r" not in err and "docs/s" not in err and "doc/s" not in err
    assert err.splitlines()[0].startswith("metricner extract: 5 documents")


@pytest.mark.parametrize("flag", [["--int8"], ["--device", "cpu"], ["--model", "somewhere"], ["--runtime", "onnx"],
                                  ["--reproducible"]])
def test_model_options_need_the_model_engine(cli, tmp_path, flag):
    doc = tmp_path / "a.txt"
    doc.write_text(ID_TEXT, encoding="utf-8")
    run = cli(["extract", doc, *RULES, *flag])
    assert run.code == 2
    assert "goes with --engine model" in run.err


def test_rules_with_and_without_prefilter_agree(cli, seeds):
    plain = cli(["extract", seeds, *RULES, "--no-prefilter"])
    filtered = cli(["extract", seeds, *RULES, "--prefilter"])
    assert plain.code == filtered.code == 0
    strip = lambda out: [{k: v for k, v in r.items() if k != "extractor"} for r in rows(out)]  # noqa: E731
    assert strip(plain.out) == strip(filtered.out)
    assert all(r["extractor"].endswith("+prefilter") for r in rows(filtered.out))
