"""Python offsets count code points; JavaScript strings count UTF-16 code
units. The report converts every offset in Python so that highlights stay on
the right characters after emoji and other characters beyond the BMP."""
from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units of `text` (what JavaScript's .length says)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_converter(text: str) -> Callable[[int], int]:
    """A function mapping a code-point offset of `text` to its UTF-16 offset.

    Offsets outside 0..len(text) are clamped. Texts within the BMP (the usual
    case) map every offset to itself without building a table.
    """
    n = len(text)
    if utf16_length(text) == n:
        return lambda i: min(max(i, 0), n)
    table = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]
    return lambda i: table[min(max(i, 0), n)]
