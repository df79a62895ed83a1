"""Bytes of a text file -> the original text that record offsets index.

The "original text" of a file is its decoded string:
- UTF-8 (the default); a UTF-8 byte-order mark is dropped, so offsets count
  from the first character after it;
- UTF-16 or UTF-32 with a byte-order mark: decoded, the mark dropped;
- any other encoding when named (`--encoding cp1252`); a BOM still wins.
Line ends are kept as written ("\\r\\n" stays two characters), as when a file
is opened with `newline=""`.

Refused, with the reason: an empty file, a binary file (NUL bytes), bytes
that are not valid in the encoding.
"""
from __future__ import annotations

import codecs

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """A file that is not a readable text document."""


def sniff_bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """The text of a file's bytes (see the module docstring); raises `DecodeError`."""
    if not data:
        raise DecodeError("empty file")
    codec = sniff_bom(data)
    if codec is None and encoding is None and b"\x00" in data[:1 << 20]:
        raise DecodeError("binary file (NUL bytes), not a text document")
    codec = codec or encoding or "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 1].hex()
        hint = "; name its encoding with --encoding" if encoding is None else ""
        raise DecodeError(f"not valid {_name(codec)}: byte 0x{bad} at offset {exc.start}{hint}") from None
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    if "\x00" in text:
        raise DecodeError("binary file (NUL characters), not a text document")
    return text


def _name(codec: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(codec, codec)
