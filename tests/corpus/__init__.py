"""Number corpora in Duckling style: one expected value, many surface forms.

    EXAMPLES = [*examples(1876000000000, "VND", "money", ["1.876 miliar VND", ...]), ...]
    NEGATIVES = ["ratusan juta VND", ...]   # must give value None
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Example:
    text: str
    value: int | Decimal
    unit: str | None
    kind: str


def examples(value: int | str | Decimal, unit: str | None, kind: str, forms: list[str]) -> list[Example]:
    """Every surface form in `forms` reads as `value` (str -> exact Decimal)."""
    v = Decimal(value) if isinstance(value, str) else value
    return [Example(f, v, unit, kind) for f in forms]
