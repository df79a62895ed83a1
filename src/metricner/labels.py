"""The one label list. Everything that needs label ids reads it from here
(training) or from a saved model's config (inference)."""
from __future__ import annotations

ENTITY_TYPES: tuple[str, ...] = ("COUNT", "MONEY", "RATE", "TARGET")
LABELS: tuple[str, ...] = ("O",) + tuple(
    f"{prefix}-{t}" for t in ENTITY_TYPES for prefix in ("B", "I")
)
LABEL2ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
ID2LABEL: dict[int, str] = {i: label for label, i in LABEL2ID.items()}
IGNORE_INDEX = -100
