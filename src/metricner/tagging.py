"""The interface every tagger (rules, model) implements."""
from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from metricner.schema import Mention


@runtime_checkable
class Tagger(Protocol):
    #: engine and version written into each record's `extractor` field
    extractor: str

    def tag(self, texts: Sequence[str], langs: Sequence[str]) -> list[list[Mention]]:
        """Mentions per text; texts are already normalised (metricner.textnorm)."""
        ...
