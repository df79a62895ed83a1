"""Rule-based tagger: regular expressions over the language tables."""
from metricner.rules.tagger import EXTRACTOR, RulesTagger

__all__ = ["RulesTagger", "EXTRACTOR"]
