"""Unicode normalisation with an offset map back to the original text.

Everything downstream (taggers, the number parser) works on the normalised
text; records are mapped back through `NormalizedText.span_to_original` so that
`original[start:end]` is exactly the span as written.

Per code point: NFKC (no-break and thin spaces become spaces, presentation forms
become base letters, full-width digits become ASCII), Arabic-Indic and Extended
Arabic-Indic digits become ASCII digits, the Arabic decimal and thousands signs
become "." and "," (the Arabic convention of the seeds), the Arabic percent
sign becomes "%", and invisible marks (zero-width spaces and joiners, soft
hyphen, BOM, tatweel) are dropped.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

_DIGITS = {}
for _base in (0x0660, 0x06F0):  # Arabic-Indic, Extended Arabic-Indic (Persian/Urdu)
    for _i in range(10):
        _DIGITS[chr(_base + _i)] = str(_i)

_REPLACE: dict[str, str] = {
    **_DIGITS,
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR
    "\u066a": "%",  # ARABIC PERCENT SIGN
    "\u2212": "-",  # MINUS SIGN
    "\u2013": "\u2013",  # en dash kept (ranges)
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0640", "\u200e", "\u200f"}


def _map_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _REPLACE:
        return _REPLACE[ch]
    if ch.isascii():
        return ch
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_REPLACE.get(c, c) for c in out if c not in _DROP)


@dataclass(frozen=True)
class NormalizedText:
    original: str
    text: str
    # to_original[i] is the index in `original` of the character that produced
    # text[i]; one extra entry at the end maps len(text) to len(original).
    # An unsigned 32-bit array: 4 bytes a character, not a Python int each.
    to_original: array

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of the normalised text to the original."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            o = self.to_original[start]
            return o, o
        o_start = self.to_original[start]
        last = self.to_original[end - 1]
        # the original character that produced text[end-1] ends right before
        # the next original character that produced something (or the end)
        o_end = last + 1
        return o_start, o_end


class _CharTable(dict):
    """code point -> its mapped string, filled on first sight (for str.translate).

    Also keeps the characters whose mapping is not exactly one character
    long (dropped marks, NFKC expansions), the only places where offsets move.
    """

    def __init__(self):
        super().__init__()
        self.uneven: set[str] = set()
        self._uneven_re: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        mapped = _map_char(chr(code))
        self[code] = mapped
        if len(mapped) != 1:
            self.uneven.add(chr(code))
            self._uneven_re = None
        return mapped

    def uneven_positions(self, text: str) -> list[int]:
        if not self.uneven:
            return []
        if self._uneven_re is None:
            self._uneven_re = re.compile("[" + "".join(re.escape(c) for c in sorted(self.uneven)) + "]")
        return [m.start() for m in self._uneven_re.finditer(text)]


_TABLE = _CharTable()


def normalize(original: str) -> NormalizedText:
    if original.isascii():
        return NormalizedText(original, original, array("I", range(len(original) + 1)))
    text = original.translate(_TABLE)  # fills the table, so uneven characters are known below
    to_orig = array("I")
    done = 0
    for i in _TABLE.uneven_positions(original):
        to_orig.extend(range(done, i))
        to_orig.extend([i] * len(_TABLE[ord(original[i])]))
        done = i + 1
    to_orig.extend(range(done, len(original) + 1))
    return NormalizedText(original, text, to_orig)
