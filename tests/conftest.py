"""Shared fixtures: the seed folder, a fast fake tagger, and a way to run the
`metricner` command line in-process."""
from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pytest

from metricner.schema import Mention

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


class DigitsTagger:
    """Tags every run of digits (with "." or "," inside) as COUNT; texts
    containing `fail_on` make the call raise."""

    extractor = "digits@test"
    _NUM = re.compile(r"\d+(?:[.,]\d+)*")

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.calls: list[list[str]] = []

    def tag(self, texts: Sequence[str], langs: Sequence[str]) -> list[list[Mention]]:
        self.calls.append(list(texts))
        if self.fail_on is not None and any(self.fail_on in t for t in texts):
            raise RuntimeError(f"cannot tag a text with {self.fail_on!r}")
        return [[Mention("COUNT", m.start(), m.end(), m.group()) for m in self._NUM.finditer(t)]
                for t in texts]


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def digits_tagger() -> DigitsTagger:
    return DigitsTagger()


@dataclass
class CliRun:
    code: int
    out: bytes
    err: str


@pytest.fixture
def cli(monkeypatch, capsysbinary):
    """cli(args, stdin=b"...") -> CliRun(exit code, stdout bytes, stderr text)."""
    from metricner.cli import main

    def run(args: Sequence[str], stdin: bytes | io.BufferedIOBase | None = None) -> CliRun:
        if stdin is not None:
            buf = io.BytesIO(stdin) if isinstance(stdin, bytes) else stdin
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buf, encoding="utf-8"))
        capsysbinary.readouterr()
        code = main([str(a) for a in args])
        cap = capsysbinary.readouterr()
        return CliRun(code, cap.out, cap.err.decode("utf-8"))

    return run
