"""Read the report's inputs from files: records JSONL (error rows mixed in),
documents (.txt files and folders, JSONL documents) and gold JSONL."""
from __future__ import annotations

import pathlib
from collections.abc import Iterable

from metricner.io.decode import decode_text
from metricner.io.jsonl import InputError, read_jsonl
from metricner.report.payload import is_error_row


def load_records(path: str | pathlib.Path) -> tuple[list[dict], list[dict]]:
    """(records, error rows) of a records file."""
    records, errors = [], []
    for row in read_jsonl(path):
        (errors if is_error_row(row) else records).append(row)
    return records, errors


def _read_text(path: pathlib.Path) -> str:
    # the extractor's own decoding (BOM dropped, UTF-16 decoded, line ends kept),
    # so that record offsets land on the same characters
    return decode_text(path.read_bytes())


def _jsonl_documents(path: pathlib.Path, docs: dict[str, dict]) -> None:
    for n, row in enumerate(read_jsonl(path), 1):
        doc_id = row.get("doc_id", row.get("id"))
        text = row.get("text")
        if doc_id is None or not isinstance(text, str):
            raise InputError(f"{path}: document {n} needs \"doc_id\" (or \"id\") and \"text\"")
        docs[str(doc_id)] = {"text": text, "lang": row.get("lang")}


def load_documents(paths: Iterable[str | pathlib.Path]) -> dict[str, dict]:
    """doc_id -> {"text", "lang"} from .txt files (doc_id = file stem), folders
    of them (searched recursively, .txt and .jsonl) and JSONL documents
    ({"doc_id" or "id", "text", "lang"})."""
    docs: dict[str, dict] = {}
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".jsonl") and f.is_file())
        elif p.exists():
            files = [p]
        else:
            raise InputError(f"{p}: no such file or folder")
        for f in files:
            if f.suffix == ".jsonl":
                _jsonl_documents(f, docs)
            else:
                docs[f.stem] = {"text": _read_text(f), "lang": None}
    return docs


def load_gold(path: str | pathlib.Path) -> tuple[list[dict], set[str]]:
    """(gold mentions, doc_ids the gold covers). A folder holds one JSONL per
    document (<doc_id>.jsonl; an empty file means the document has no mention)."""
    p = pathlib.Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.jsonl"))
        if not files:
            raise InputError(f"{p}: no .jsonl gold files in this folder")
    elif p.exists():
        files = [p]
    else:
        raise InputError(f"{p}: no such file or folder")
    rows: list[dict] = []
    covered: set[str] = set()
    for f in files:
        if p.is_dir():
            covered.add(f.stem)
        for n, row in enumerate(read_jsonl(f), 1):
            missing = [k for k in ("start", "end", "type") if k not in row]
            if missing:
                raise InputError(f"{f}:{n}: gold mention lacks {', '.join(missing)}")
            row.setdefault("doc_id", f.stem)
            rows.append(row)
            covered.add(str(row["doc_id"]))
    return rows, covered
