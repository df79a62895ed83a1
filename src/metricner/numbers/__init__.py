"""Value expressions: read them (`parse.parse_quantity`) and write them (`render`)."""
from __future__ import annotations

__all__ = ["parse_quantity"]


def __getattr__(name: str):
    if name == "parse_quantity":
        from metricner.numbers.parse import parse_quantity
        return parse_quantity
    raise AttributeError(f"module 'metricner.numbers' has no attribute {name!r}")
