"""Character spans <-> sub-word labels <-> words.

Sub-word pieces do not follow number groups ("155.934" is ``▁15 | 5.9 | 34``),
so labels are aligned through the fast tokenizer's character offsets, never
through word indices:

- every piece overlapping a span gets B-X (the span's first piece) or I-X;
  a piece straddling a span boundary belongs to the span when at least half of
  its (whitespace-trimmed) characters are inside it; special tokens get -100;
- a gold span that the labels cannot reproduce exactly (decode + trim) is
  reported as lost, with the reason ("truncated" or "straddling").

Decoding turns per-piece labels back into character spans (strict IOB2
repair: an I-X after O or another type starts a new span), scores a span by
the mean probability of its chosen labels, and trims it (`trim_span`): a
final "." stays only where it ends an abbreviation of the language tables.

`word_tags` gives word-level IOB2 for seqeval: words are whitespace tokens cut
further at every gold or predicted span boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from metricner.labels import ID2LABEL, IGNORE_INDEX, LABEL2ID
from metricner.lang.ar import context as _ar_context
from metricner.schema import Mention


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str

    @classmethod
    def of(cls, obj) -> "Span":
        """From a Span, a Mention, a dict {start, end, label|type} or a tuple."""
        if isinstance(obj, Span):
            return obj
        if isinstance(obj, Mention):
            return cls(obj.start, obj.end, obj.label)
        if isinstance(obj, Mapping):
            return cls(int(obj["start"]), int(obj["end"]), str(obj.get("label") or obj["type"]))
        start, end, label = obj
        return cls(int(start), int(end), str(label))


@dataclass
class Alignment:
    """Piece labels of one encoded text, and the gold spans they cannot carry."""

    labels: list[int]
    lost: list[tuple[Span, str]] = field(default_factory=list)


Offsets = Sequence[tuple[int, int]]


def trimmed_offsets(text: str, offsets: Offsets, special: Sequence[int] | None = None) -> list[tuple[int, int] | None]:
    """Offsets with surrounding whitespace removed; None for special/empty pieces."""
    out: list[tuple[int, int] | None] = []
    for i, (s, e) in enumerate(offsets):
        if (special is not None and special[i]) or e <= s:
            out.append(None)
            continue
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e) if e > s else None)
    return out


def spans_to_labels(
    text: str,
    offsets: Offsets,
    spans: Iterable,
    special: Sequence[int] | None = None,
    label2id: Mapping[str, int] = LABEL2ID,
) -> Alignment:
    """Piece label ids for `spans` (char offsets into `text`)."""
    spans = sorted(Span.of(s) for s in spans)
    toks = trimmed_offsets(text, offsets, special)
    labels = [IGNORE_INDEX if t is None else label2id["O"] for t in toks]
    owner: list[int | None] = [None] * len(toks)
    for i, t in enumerate(toks):
        if t is None:
            continue
        s, e = t
        best, best_overlap = None, 0
        for k, sp in enumerate(spans):
            if sp.start >= e:
                break
            overlap = min(e, sp.end) - max(s, sp.start)
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None and 2 * best_overlap >= e - s:
            owner[i] = best
    prev = None
    for i, k in enumerate(owner):
        if k is None:
            if toks[i] is not None:
                prev = None
            continue
        tag = "I" if k == prev else "B"
        labels[i] = label2id[f"{tag}-{spans[k].label}"]
        prev = k
    id2label = {v: k for k, v in label2id.items()}
    names = ["O" if x == IGNORE_INDEX else id2label[x] for x in labels]
    decoded = {(m.start, m.end, m.label) for m in decode_labels(text, offsets, names, special=special)}
    covered_end = max((t[1] for t in toks if t is not None), default=0)
    lost = []
    for sp in spans:
        if (sp.start, sp.end, sp.label) in decoded:
            continue
        lost.append((sp, "truncated" if sp.end > covered_end else "straddling"))
    return Alignment(labels, lost)


# ---- decoding -------------------------------------------------------------

_LEAD_PUNCT = set("\"'“”‘’«»„([{<,.;:!?*|/\\–—-_=•·")
_TRAIL_PUNCT = set("\"'“”‘’«»„)]}>,.;:!?*|/\\–—-_=•·")
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _PAIRS.items()}
#: matched at a span's start with .match(text, start): no "^", which would match only at the text's start
_ARABIC_CLITIC = re.compile(rf"[{_ar_context.PROCLITICS}]{{1,2}}\u0640?(?=\d)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\.$")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Scale, currency and percent abbreviations that end in "." ("pst.", "kr.",
    "mill."), from the language tables: their final dot belongs to the span."""
    from metricner import lang

    out = set()
    for code in lang.NAMES:
        nums = lang.get(code).numbers
        for attr in ("SCALE_WORDS", "CURRENCIES", "PERCENT_WORDS", "CURRENCY_PREFIXES"):
            for key in getattr(nums, attr, ()):
                if isinstance(key, str) and key.endswith(".") and len(key) > 1:
                    out.add(key.lower())
    return frozenset(out)


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    m = _LAST_WORD.search(text, start, end)
    return bool(m) and m.end() == end and (m.group(1) + ".").lower() in abbreviations()


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop whitespace, outside punctuation and Arabic clitics glued to a digit.

    Brackets stay when only the numeral is bracketed ("(5) مليارات"); a
    bracketed whole expression or an unmatched bracket loses them ("(64%)",
    "(64%" -> "64%").
    """
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start, changed = start + 1, True
        while end > start and text[end - 1].isspace():
            end, changed = end - 1, True
        if end - start >= 2 and text[start] in _PAIRS and text[end - 1] == _PAIRS[text[start]]:
            start, end, changed = start + 1, end - 1, True  # the whole expression bracketed
            continue
        if start < end:
            ch = text[start]
            if ch in _PAIRS and _PAIRS[ch] in text[start + 1 : end]:
                pass
            elif ch in _LEAD_PUNCT:
                start, changed = start + 1, True
        if start < end:
            ch = text[end - 1]
            if ch in _CLOSE and _CLOSE[ch] in text[start : end - 1]:
                pass
            elif ch == "." and _ends_with_abbreviation(text, start, end):
                pass
            elif ch in _TRAIL_PUNCT:
                end, changed = end - 1, True
        m = _ARABIC_CLITIC.match(text, start, end)
        if m:
            start, changed = m.end(), True
    return start, end


def decode_labels(
    text: str,
    offsets: Offsets,
    labels: Sequence[str],
    scores: Sequence[float] | None = None,
    special: Sequence[int] | None = None,
    trim: bool = True,
) -> list[Mention]:
    """Piece labels (strings) -> mentions with char offsets (strict IOB2 repair)."""
    toks = trimmed_offsets(text, offsets, special)
    spans: list[list] = []  # [type, start, end, [scores]]
    current = None
    for i, t in enumerate(toks):
        if t is None:
            continue
        lab = labels[i]
        p = 1.0 if scores is None else float(scores[i])
        if lab == "O":
            current = None
            continue
        tag, typ = lab.split("-", 1)
        if tag == "I" and current is not None and current[0] == typ:
            current[2] = t[1]
            current[3].append(p)
        else:
            current = [typ, t[0], t[1], [p]]
            spans.append(current)
    out = []
    for typ, s, e, ps in spans:
        if trim:
            s, e = trim_span(text, s, e)
        if e > s:
            out.append(Mention(typ, s, e, text[s:e], sum(ps) / len(ps)))
    return out


def decode_probs(text: str, offsets: Offsets, probs, id2label: Mapping[int, str] = ID2LABEL, special=None) -> list[Mention]:
    """Per-piece probability rows [n_pieces, n_labels] -> mentions."""
    import numpy as np

    probs = np.asarray(probs)
    best = probs.argmax(-1)
    labels = [id2label[int(b)] for b in best]
    scores = probs[np.arange(len(best)), best]
    return decode_labels(text, offsets, labels, scores, special=special)


# ---- words for seqeval ----------------------------------------------------

def words(text: str, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Whitespace tokens of `text`, cut further at the given offsets."""
    cut = sorted(set(cuts))
    out = []
    for m in re.finditer(r"\S+", text):
        s, e = m.start(), m.end()
        inner = [c for c in cut if s < c < e]
        bounds = [s, *inner, e]
        out.extend((a, b) for a, b in zip(bounds, bounds[1:]) if b > a)
    return out


def _tags(ws: list[tuple[int, int]], spans: list[Span]) -> list[str]:
    tags = ["O"] * len(ws)
    for sp in spans:
        first = True
        for i, (s, e) in enumerate(ws):
            if s >= sp.start and e <= sp.end:
                tags[i] = ("B-" if first else "I-") + sp.label
                first = False
    return tags


def word_tags(text: str, gold: Iterable, pred: Iterable) -> tuple[list[tuple[int, int]], list[str], list[str]]:
    """Words (cut at every gold or predicted boundary) and their gold/pred IOB2 tags."""
    gold = sorted(Span.of(s) for s in gold)
    pred = sorted(Span.of(s) for s in pred)
    ws = words(text, [x for sp in gold + pred for x in (sp.start, sp.end)])
    return ws, _tags(ws, gold), _tags(ws, pred)
