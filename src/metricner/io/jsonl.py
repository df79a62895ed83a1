"""JSON Lines files of objects, read with the file and line in every error."""
from __future__ import annotations

import json
import pathlib
import sys
from collections.abc import Iterator


class InputError(ValueError):
    """An input file that cannot be read; the message names the file and line."""


def numbered_jsonl(path: str | pathlib.Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) of a JSON Lines file ("-" reads standard input);
    blank lines skipped; a line that is not a JSON object raises InputError."""
    name = str(path)
    stream = sys.stdin if name == "-" else open(path, encoding="utf-8")
    try:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{name}:{n}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{name}:{n}: expected a JSON object, got {type(row).__name__}")
            yield n, row
    finally:
        if stream is not sys.stdin:
            stream.close()


def read_jsonl(path: str | pathlib.Path) -> Iterator[dict]:
    """The objects of a JSON Lines file (see `numbered_jsonl`)."""
    for _, row in numbered_jsonl(path):
        yield row
