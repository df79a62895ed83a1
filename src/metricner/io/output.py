"""Atomic, resumable output for `metricner extract -o OUT`.

While a run is going, records go to `OUT.partial` (for CSV, error rows to
`OUT.errors.jsonl.partial`) and, after each document is written and flushed,
one line to the journal `OUT.journal`: the document's index, doc_id, counts,
and the byte sizes of the partial files after it. Only a finished run renames
the partial files to their names and deletes the journal, so an interrupted
run never leaves a file that looks complete.

`--resume` reads the journal, keeps the documents it lists whose bytes are all
on disk, cuts the partial files back to the end of the last of them (dropping
a document that was half written), and goes on from the next document. The
run's options are stored in the journal; resuming with other options is
refused.

Without -o, records stream to standard output (JSONL) with no journal.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from metricner.io.formats import csv_header, csv_row, error_row, jsonl_line, record_from_csv
from metricner.pipeline import Result

JOURNAL_KIND = "metricner-extract"
JOURNAL_VERSION = 1
FSYNC_EVERY = 64  # documents between fsyncs (every document is flushed)


class JournalError(RuntimeError):
    """A run that cannot be resumed (other options, damaged journal)."""


def entry_for(index: int, result: Result) -> dict[str, Any]:
    """Journal/summary facts about one written document."""
    types: dict[str, int] = {}
    for r in result.records:
        types[r.type] = types.get(r.type, 0) + 1
    return {"i": index, "doc_id": result.doc_id, "lang": result.lang,
            "records": len(result.records), "types": types, "error": result.error}


class Output:
    """Writes each `Result` as it comes; `done` lists the journal entries of
    documents written by an interrupted run that this one resumes."""

    def __init__(self, fmt: str):
        if fmt not in ("jsonl", "csv"):
            raise ValueError(f"unknown format {fmt!r}; use jsonl or csv")
        self.fmt = fmt
        self.done: list[dict[str, Any]] = []
        self.path: Path | None = None
        self.errors_path: Path | None = None

    def _chunks(self, result: Result) -> Iterator[tuple[bool, bytes]]:
        """(to the error side file?, bytes) per row, one row at a time so that
        a document with many records is never encoded whole in memory."""
        if result.error is not None:
            yield self.fmt == "csv", jsonl_line(error_row(result.doc_id, result.error))
            return
        enc = csv_row if self.fmt == "csv" else jsonl_line
        for r in result.records:
            yield False, enc(r)

    def write(self, index: int, result: Result) -> dict[str, Any]:
        raise NotImplementedError

    def commit(self) -> None:
        """The run is complete."""

    def interrupt(self) -> None:
        """The run stops early; keep what can be resumed."""

    def read_rows(self) -> tuple[list[dict], list[dict]]:
        """(records, error rows) of the finished output, for the report."""
        raise NotImplementedError


class StreamOutput(Output):
    """JSON Lines to a binary stream (standard output)."""

    def __init__(self, stream: BinaryIO, fmt: str = "jsonl"):
        super().__init__(fmt)
        self.stream = stream

    def write(self, index: int, result: Result) -> dict[str, Any]:
        for _, data in self._chunks(result):
            self.stream.write(data)
        self.stream.flush()
        return entry_for(index, result)


class FileOutput(Output):
    def __init__(self, path: Path, fmt: str, options: dict[str, Any], resume: bool,
                 log: Callable[[str], None]):
        super().__init__(fmt)
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.journal_path = path.with_name(path.name + ".journal")
        self.errors_path = path.with_name(path.name + ".errors.jsonl") if fmt == "csv" else None
        self.errors_partial = (self.errors_path.with_name(self.errors_path.name + ".partial")
                               if self.errors_path else None)
        self.options = options
        self._since_sync = 0
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if resume and self.journal_path.exists():
            self._resume(log)
        else:
            if resume:
                log(f"nothing to resume: no journal {self.journal_path}; starting from the beginning")
            elif self.journal_path.exists():
                log(f"discarding the unfinished run in {self.partial} (--resume continues it instead)")
            self._start()

    # ------------------------------------------------------------ set-up
    def _start(self) -> None:
        self.out = open(self.partial, "wb")
        if self.fmt == "csv":
            self.out.write(csv_header())
        self.err = open(self.errors_partial, "wb") if self.errors_partial else None
        head = {"journal": JOURNAL_KIND, "version": JOURNAL_VERSION, "options": self.options,
                "out": self.out.tell(), "err": 0}
        self._flush()
        self.journal = open(self.journal_path, "w", encoding="utf-8")
        self._journal_line(head)
        self._sync()

    def _resume(self, log: Callable[[str], None]) -> None:
        with open(self.journal_path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        try:
            head = json.loads(lines[0])
        except json.JSONDecodeError:
            raise JournalError(f"{self.journal_path}: damaged journal header; delete it to start again") from None
        if head.get("journal") != JOURNAL_KIND or head.get("version") != JOURNAL_VERSION:
            raise JournalError(f"{self.journal_path}: not a metricner extract journal (version {JOURNAL_VERSION})")
        if head.get("options") != self.options:
            old, new = head.get("options") or {}, self.options
            diff = ", ".join(f"{k}: {old.get(k)!r} then, {new.get(k)!r} now"
                             for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k))
            raise JournalError(f"cannot resume {self.partial} with other options ({diff})")
        out_size = self.partial.stat().st_size if self.partial.exists() else -1
        err_size = (self.errors_partial.stat().st_size
                    if self.errors_partial and self.errors_partial.exists() else (0 if not self.errors_partial else -1))
        if out_size < head["out"] or err_size < head["err"]:
            raise JournalError(f"{self.partial}: partial output missing or shorter than its journal says; "
                               "delete the journal to start again")
        last = head
        for line in lines[1:]:
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                break  # the line being written when the run stopped
            if e.get("i") != len(self.done) or e["out"] > out_size or e["err"] > err_size:
                break
            self.done.append(e)
            last = e
        self.out = open(self.partial, "r+b")
        self.out.truncate(last["out"])
        self.out.seek(last["out"])
        self.err = None
        if self.errors_partial:
            self.err = open(self.errors_partial, "r+b")
            self.err.truncate(last["err"])
            self.err.seek(last["err"])
        # rewrite the journal without what was dropped
        tmp = self.journal_path.with_name(self.journal_path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for e in [head, *self.done]:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.journal_path)
        self.journal = open(self.journal_path, "a", encoding="utf-8")
        log(f"resuming {self.partial}: {len(self.done)} documents already written")

    # ------------------------------------------------------------ writing
    def _journal_line(self, entry: dict[str, Any]) -> None:
        self.journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.journal.flush()

    def _flush(self) -> None:
        self.out.flush()
        if self.err:
            self.err.flush()

    def _sync(self) -> None:
        for fh in (self.out, self.err, getattr(self, "journal", None)):
            if fh is not None:
                fh.flush()
                os.fsync(fh.fileno())
        self._since_sync = 0

    def write(self, index: int, result: Result) -> dict[str, Any]:
        for side, data in self._chunks(result):
            (self.err if side else self.out).write(data)
        self._flush()  # the data reaches the files before the journal names it
        entry = entry_for(index, result)
        entry["out"] = self.out.tell()
        entry["err"] = self.err.tell() if self.err else 0
        self._journal_line(entry)
        self._since_sync += 1
        if self._since_sync >= FSYNC_EVERY:
            self._sync()
        return entry

    def _close(self) -> None:
        for fh in (self.out, self.err, self.journal):
            if fh is not None and not fh.closed:
                fh.close()

    def commit(self) -> None:
        self._sync()
        self._close()
        if self.errors_partial:
            os.replace(self.errors_partial, self.errors_path)
        os.replace(self.partial, self.path)
        self.journal_path.unlink()

    def interrupt(self) -> None:
        try:
            self._sync()
        finally:
            self._close()

    def read_rows(self) -> tuple[list[dict], list[dict]]:
        records: list[dict] = []
        errors: list[dict] = []
        if self.fmt == "jsonl":
            for row in _json_lines(self.path):
                (errors if "error" in row and "start" not in row else records).append(row)
        else:
            with open(self.path, encoding="utf-8", newline="") as fh:
                records = [record_from_csv(row) for row in csv.DictReader(fh)]
            errors = list(_json_lines(self.errors_path))
        return records, errors


def _json_lines(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def open_output(path: str | None, fmt: str, options: dict[str, Any], resume: bool = False,
                log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr),
                stdout: BinaryIO | None = None) -> Output:
    """A `FileOutput` for a path, else a `StreamOutput` on standard output
    (JSONL only: CSV needs a file for its error side file)."""
    if path is None:
        if fmt != "jsonl":
            raise ValueError("CSV output needs -o FILE (error rows go to FILE.errors.jsonl)")
        if resume:
            raise ValueError("--resume needs -o FILE")
        return StreamOutput(stdout if stdout is not None else _stdout_bytes(), fmt)
    return FileOutput(Path(path), fmt, options, resume, log)


def _stdout_bytes() -> BinaryIO:
    buf = getattr(sys.stdout, "buffer", None)
    if buf is not None:
        sys.stdout.flush()
        return buf
    return _TextAsBinary(sys.stdout)


class _TextAsBinary(io.RawIOBase):
    """A text stream (no .buffer) written to as bytes."""

    def __init__(self, text: Any):
        self.text = text

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.text.write(bytes(b).decode("utf-8"))
        return len(b)

    def flush(self) -> None:
        self.text.flush()
