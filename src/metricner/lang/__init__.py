"""Per-language knowledge, one package per language (data only).

    metricner.lang.get("id").numbers   number formats, number words, scales, currencies, percent words
    metricner.lang.get("id").context   qualifiers, change cues, per-words, counted nouns, target cues, period cues

Logic lives elsewhere (metricner.numbers, metricner.context); these modules hold
tables that a linguist can read and extend.
"""
from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("id", "nb", "ar")
NAMES = {"id": "Indonesian", "nb": "Norwegian Bokmål", "ar": "Arabic"}


class UnsupportedLanguage(ValueError):
    def __init__(self, code: object):
        super().__init__(
            f"unsupported language {code!r}; supported: {', '.join(SUPPORTED)}"
        )
        self.code = code


class Language:
    def __init__(self, code: str):
        self.code = code
        self.name = NAMES[code]

    @property
    def numbers(self) -> ModuleType:
        return importlib.import_module(f"metricner.lang.{self.code}.numbers")

    @property
    def context(self) -> ModuleType:
        return importlib.import_module(f"metricner.lang.{self.code}.context")

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


_CACHE: dict[str, Language] = {}


def get(code: str) -> Language:
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code)
    if code not in _CACHE:
        _CACHE[code] = Language(code)
    return _CACHE[code]
