"""Data types shared by every stage: a parsed quantity, a mention found by a
tagger, and the record written for it (see SPEC: one record per tagged span)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

MENTION_TYPES = ("COUNT", "RATE", "MONEY", "TARGET")
KINDS = ("count", "rate", "money")
QUALIFIERS = ("more_than", "less_than", "about", "at_least", "at_most")
CHANGES = ("increase", "decrease")
COUNT_UNITS = (
    "person", "household", "enterprise", "facility", "document", "card",
    "case", "visit", "transaction", "event", "other",
)


@dataclass(frozen=True)
class Quantity:
    """What a value expression says by itself, without its sentence.

    value: int when whole, float otherwise, None when it cannot be read safely
    (then `warnings` says why). unit: "%", "pp", "times" for rates, an ISO 4217
    code for money, None for a bare count (the counted noun is read later).
    kind: "count", "rate" or "money".
    """

    value: int | float | None
    unit: str | None
    kind: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A span found by a tagger; offsets index the text the tagger was given."""

    label: str  # COUNT, RATE, MONEY or TARGET
    start: int
    end: int
    text: str
    score: float = 1.0


@dataclass
class MetricRecord:
    """One output row per tagged span; field meanings are SPEC's."""

    doc_id: str
    lang: str
    type: str
    text: str
    start: int
    end: int
    value: int | float | None
    unit: str | None
    kind: str
    qualifier: str | None = None
    change: str | None = None
    per: str | None = None
    range_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    subject: str | None = None
    period: str | None = None
    score: float = 1.0
    sentence: str = ""
    extractor: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


RECORD_FIELDS: tuple[str, ...] = tuple(MetricRecord.__dataclass_fields__)
