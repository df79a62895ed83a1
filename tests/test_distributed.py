"""Spark extraction gives exactly the records of a single-process run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark not installed (pip install 'metricner[distributed]')")
if shutil.which("java") is None:
    pytest.skip("no Java on the PATH: Spark needs Java 17", allow_module_level=True)
try:
    from metricner.pipeline import Extractor
except ImportError as exc:  # pragma: no cover - only while the pipeline is missing
    pytest.skip(f"metricner.pipeline not importable: {exc}", allow_module_level=True)

from metricner import distributed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def spark():
    session = distributed.spark_session("local[2]", "metricner-test")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def documents():
    docs = distributed.read_documents([SEEDS])
    assert len(docs) == 5
    return docs


def _single_process(docs):
    ex = Extractor(engine="rules")
    return [r.to_dict() for doc_id, text, lang, _ in docs for r in ex.extract(text, doc_id=doc_id)]


def test_same_records_as_single_process(spark, documents):
    expected = _single_process(documents)
    got = list(distributed.extract(documents, "rules", partitions=2, spark=spark))
    assert got == expected
    assert got, "the seeds hold metric mentions: no records means the engine did nothing"


def test_one_extractor_per_partition(monkeypatch, documents):
    import metricner.pipeline

    built = []

    class Counting(Extractor):
        def __init__(self, *args, **kwargs):
            built.append(kwargs)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(metricner.pipeline, "Extractor", Counting)
    monkeypatch.setattr(distributed, "_EXTRACTORS", {})
    records = list(distributed.extract_partition(iter(documents), "rules"))
    assert built == [{"engine": "rules"}]
    assert len(records) == len(_single_process(documents))


def test_workers_keep_one_extractor(spark, documents):
    def probe(rows):
        list(distributed.extract_partition(rows, "rules"))
        yield len(distributed._EXTRACTORS)

    per_partition = spark.sparkContext.parallelize(documents, 2).mapPartitions(probe).collect()
    assert per_partition == [1, 1]


def test_cli_writes_jsonl(tmp_path, documents):
    out = tmp_path / "records.jsonl"
    files = sorted(SEEDS.glob("*.txt"))[:2]
    assert distributed.main([str(f) for f in files] + ["-o", str(out), "--partitions", "2"]) == 0
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = _single_process([d for d in documents if d[0] in {f.stem for f in files}])
    assert got == json.loads(json.dumps(expected, ensure_ascii=False))


def test_unreadable_file_gives_an_error_row(tmp_path, spark):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Jumlah \xc3\x28 peserta 155.934 orang.")
    out = tmp_path / "records.jsonl"
    assert distributed.main([str(bad), "-o", str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["doc_id"] == "bad" and "UTF-8" in row["error"]


def test_missing_input_gives_an_error_row(tmp_path, spark):
    out = tmp_path / "records.jsonl"
    assert distributed.main([str(tmp_path / "nothing.txt"), "-o", str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["doc_id"] == "nothing" and "no such file" in row["error"]
