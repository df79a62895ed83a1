"""INPUT arguments -> a lazy stream of `Document`s, one at a time.

- a file ending in .jsonl: one document per line, `{"id", "text", "lang"?}`
  ("doc_id" is accepted for "id"; without either, doc_id is "<file>:<line>");
- "-": the same JSON Lines on standard input, read as it arrives;
- a folder: its .txt files, recursively, sorted by path;
- any other file: one text document, doc_id = the file name without extension.

Nothing is read before it is needed. A bad input is not dropped: it becomes a
`Document` with an `error` (empty, binary or undecodable file, a line that is
not JSON or has no "text", a missing file), which the extractor passes through
as an error result.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from metricner.io.decode import DecodeError, decode_text
from metricner.pipeline import Document

STDIN = "-"


def iter_documents(inputs: Iterable[str], encoding: str | None = None,
                   lang: str | None = None, stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents of all inputs in order; `lang` is given to documents that do
    not state their own ("lang" in JSONL wins)."""
    for name in inputs:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _jsonl(stream, "stdin", lang)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted((f for f in path.rglob("*.txt") if f.is_file()),
                           key=lambda f: f.relative_to(path).as_posix())
            if not files:
                yield Document(str(path), "", lang, str(path), error=f"no .txt files in folder {path}")
            for f in files:
                yield _text_file(f, encoding, lang)
        elif not path.exists():
            yield Document(path.stem or name, "", lang, name, error=f"no such file or folder: {name}")
        elif path.suffix.lower() == ".jsonl":
            try:
                with open(path, "rb") as fh:
                    yield from _jsonl(fh, str(path), lang)
            except OSError as exc:
                yield Document(path.stem, "", lang, name, error=f"cannot read {name}: {exc.strerror or exc}")
        else:
            yield _text_file(path, encoding, lang)


def _text_file(path: Path, encoding: str | None, lang: str | None) -> Document:
    doc_id = path.stem
    try:
        text = decode_text(path.read_bytes(), encoding)
    except (DecodeError, OSError) as exc:
        msg = str(exc) if isinstance(exc, DecodeError) else f"cannot read: {exc.strerror or exc}"
        return Document(doc_id, "", lang, str(path), error=msg)
    return Document(doc_id, text, lang, str(path))


def _jsonl(stream: BinaryIO, name: str, lang: str | None) -> Iterator[Document]:
    for n, raw in enumerate(stream, 1):
        where = f"{name}:{n}"
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Document(where, "", lang, where, error=f"line is not valid UTF-8 (byte offset {exc.start})")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(where, "", lang, where, error=f"line is not JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield Document(where, "", lang, where, error=f"line is a JSON {type(row).__name__}, not an object")
            continue
        raw_id = row.get("id", row.get("doc_id"))
        doc_id = where if raw_id is None else str(raw_id)
        text = row.get("text")
        doc_lang = row.get("lang") or lang
        if not isinstance(text, str):
            why = 'no "text"' if text is None else f'"text" is a JSON {type(text).__name__}, not a string'
            yield Document(doc_id, "", doc_lang, where, error=f"document has {why}")
            continue
        if doc_lang is not None and not isinstance(doc_lang, str):
            yield Document(doc_id, "", None, where, error=f'"lang" must be a string, got {doc_lang!r}')
            continue
        yield Document(doc_id, text, doc_lang, where)


def unique_ids(docs: Iterable[Document]) -> Iterator[Document]:
    """Pass documents through; a doc_id seen before turns the later document
    into an error (its records would be indistinguishable from the first's)."""
    seen: dict[str, str] = {}
    for doc in docs:
        first = seen.get(doc.doc_id)
        if first is None:
            seen[doc.doc_id] = doc.source or "?"
            yield doc
        else:
            yield Document(doc.doc_id, "", doc.lang, doc.source,
                           error=f"duplicate doc_id {doc.doc_id!r} (first from {first}); document skipped")
