"""Records and error rows as output bytes.

JSONL: one object per line with every `MetricRecord` field
(`metricner.schema.RECORD_FIELDS`, in that order), UTF-8, not ASCII-escaped;
an error row is `{"doc_id": ..., "error": ...}`.

CSV (RFC 4180, "\\r\\n" row ends, a header row): the same fields as columns;
null is an empty cell, `warnings` a JSON array, numbers as in JSON.
`record_from_csv` reads a row back.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Mapping

from metricner.schema import RECORD_FIELDS, MetricRecord

CSV_COLUMNS: tuple[str, ...] = RECORD_FIELDS
_INT_FIELDS = {"start", "end"}
_NUMBER_FIELDS = {"value", "score"}
_JSON_FIELDS = {"warnings"}


def _as_dict(record: MetricRecord | Mapping[str, Any]) -> dict[str, Any]:
    return record.to_dict() if isinstance(record, MetricRecord) else dict(record)


def jsonl_line(row: MetricRecord | Mapping[str, Any]) -> bytes:
    return (json.dumps(_as_dict(row), ensure_ascii=False) + "\n").encode("utf-8")


def error_row(doc_id: str, error: str) -> dict[str, str]:
    return {"doc_id": doc_id, "error": error}


def _csv_bytes(cells: list[str]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerow(cells)
    return buf.getvalue().encode("utf-8")


def csv_header() -> bytes:
    return _csv_bytes(list(CSV_COLUMNS))


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in _JSON_FIELDS or isinstance(value, (bool, int, float)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_row(record: MetricRecord | Mapping[str, Any]) -> bytes:
    d = _as_dict(record)
    return _csv_bytes([_cell(c, d.get(c)) for c in CSV_COLUMNS])


def record_from_csv(row: Mapping[str, str]) -> dict[str, Any]:
    """A CSV row (from csv.DictReader) back as a record dict."""
    out: dict[str, Any] = {}
    for name in CSV_COLUMNS:
        cell = row.get(name, "")
        if name in _JSON_FIELDS:
            out[name] = json.loads(cell) if cell else []
        elif cell == "":
            out[name] = None if name not in ("sentence", "extractor", "text") else ""
        elif name in _INT_FIELDS or name in _NUMBER_FIELDS:
            out[name] = json.loads(cell)
        else:
            out[name] = cell
    return out
