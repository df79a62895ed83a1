"""metricner: metric mentions (counts, rates, money, targets) from Indonesian,
Norwegian and Arabic social-insurance reporting, as normalised records."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["parse_quantity", "Extractor", "Quantity", "MetricRecord", "Mention", "__version__"]


def __getattr__(name: str):
    # Lazy: importing metricner must not import torch.
    if name == "parse_quantity":
        from metricner.numbers.parse import parse_quantity
        return parse_quantity
    if name == "Extractor":
        from metricner.pipeline import Extractor
        return Extractor
    if name in ("Quantity", "MetricRecord", "Mention"):
        from metricner import schema
        return getattr(schema, name)
    raise AttributeError(f"module 'metricner' has no attribute {name!r}")
