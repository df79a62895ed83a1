"""Compare records with gold mentions of the same document by exact character
span and type (the evaluation's yardstick), in three classes."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

CORRECT = "correct"
MISSED = "missed"
SPURIOUS = "spurious"
WRONG_TYPE = "wrong_type"  # a spurious record whose span is gold with another type


@dataclass
class Comparison:
    """Per-record classes (parallel to the records given) and the gold mentions
    no record found. A gold span found with the wrong type is missed too, and
    `missed_as` says the type it was given."""

    record_classes: list[str] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    missed_as: list[str | None] = field(default_factory=list)

    @property
    def correct(self) -> int:
        return self.record_classes.count(CORRECT)

    @property
    def spurious(self) -> int:
        return len(self.record_classes) - self.correct


def _key(row: dict) -> tuple[int, int, str]:
    return int(row["start"]), int(row["end"]), str(row["type"])


def compare(records: Sequence[dict], gold: Sequence[dict]) -> Comparison:
    """Classify the records of one document against its gold mentions."""
    gold_keys = {_key(g) for g in gold}
    gold_types: dict[tuple[int, int], str] = {k[:2]: k[2] for k in gold_keys}
    found = {_key(r) for r in records}
    found_types: dict[tuple[int, int], str] = {k[:2]: k[2] for k in found}
    out = Comparison()
    for rec in records:
        key = _key(rec)
        if key in gold_keys:
            out.record_classes.append(CORRECT)
        elif key[:2] in gold_types:
            out.record_classes.append(WRONG_TYPE)
        else:
            out.record_classes.append(SPURIOUS)
    seen: set[tuple[int, int, str]] = set()
    for g in sorted(gold, key=_key):
        key = _key(g)
        if key in found or key in seen:
            continue
        seen.add(key)
        out.missed.append(g)
        out.missed_as.append(found_types.get(key[:2]))
    return out
