"""Templates as data: a sentence pattern with typed slots, and its provenance.

Pattern syntax (one string per template):

    {name}                  a vocabulary slot, filled from the language's VOCAB
                            (entries may themselves hold {...} and <...> slots)
    <name>                  a distractor slot: a number that must stay O
                            (year, date, duration, ordinal, identifier, ...)
    [LABEL:unit:hint]       a value slot, e.g. [COUNT:person:big], [RATE:%:cov],
                            [MONEY:$:big] ($ = the currency of the example),
                            [TARGET.rate:%:cov] (TARGET names its kind after a dot)
    [LABEL:unit:hint~]      the same slot written as a range: two spans

Units: a count class (person, household, enterprise, facility, document, card,
case, visit, transaction, event, other); for rates "%", "pp", "times" or
"frac" (a fraction word such as "halvparten") or "ratio" (a ratio in words,
"fire av ti": RATIOS of the language's template data); for money "$" or an
ISO code.
Hints pick a plausible magnitude (see values.py); they may be left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from metricner.schema import COUNT_UNITS

LABELS = ("COUNT", "RATE", "MONEY", "TARGET")
KIND_OF = {"COUNT": "count", "RATE": "rate", "MONEY": "money"}
RATE_UNITS = ("%", "pp", "times", "frac", "ratio")

TOKEN_RE = re.compile(r"(\{[a-z0-9_]+\}|<[a-z0-9_]+>|\[[A-Z]+(?:\.[a-z]+)?(?::[^\[\]:]*)*\])")


class TemplateError(ValueError):
    """A template pattern that cannot be used; the message names the template."""


@dataclass(frozen=True)
class ValueSlot:
    label: str        # COUNT, RATE, MONEY, TARGET
    kind: str         # count, rate, money
    unit: str | None  # count class, %, pp, times, frac, $ or an ISO code
    hint: str | None
    is_range: bool = False


@dataclass(frozen=True)
class Template:
    id: str           # e.g. "id/bpjs-kesehatan-press-release/participants-01"
    note: str         # register or source type the template imitates
    pattern: str
    parts: tuple = field(default=(), compare=False, repr=False)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(p.label for p in self.parts if isinstance(p, ValueSlot))


def parse_slot(token: str, where: str) -> ValueSlot:
    body = token[1:-1]
    is_range = body.endswith("~")
    if is_range:
        body = body[:-1]
    head, *rest = body.split(":")
    label, _, kind = head.partition(".")
    if label not in LABELS:
        raise TemplateError(f"{where}: unknown label {label!r} in {token}; use one of {LABELS}")
    if label == "TARGET":
        if kind not in KIND_OF.values():
            raise TemplateError(f"{where}: TARGET needs a kind (TARGET.count/.rate/.money) in {token}")
    else:
        if kind:
            raise TemplateError(f"{where}: only TARGET takes a kind, got {token}")
        kind = KIND_OF[label]
    unit = rest[0] if rest and rest[0] else None
    hint = rest[1] if len(rest) > 1 and rest[1] else None
    if kind == "count" and unit is not None and unit not in COUNT_UNITS:
        raise TemplateError(f"{where}: count unit {unit!r} not in {COUNT_UNITS}")
    if kind == "rate" and unit not in RATE_UNITS:
        raise TemplateError(f"{where}: rate unit {unit!r} not in {RATE_UNITS}")
    if kind == "money" and not unit:
        raise TemplateError(f"{where}: money slot needs a currency ($ or a code) in {token}")
    return ValueSlot(label, kind, unit or ("other" if kind == "count" else None), hint, is_range)


def parse_pattern(pattern: str, where: str) -> tuple:
    """Split a pattern into literal strings, ("vocab", name), ("distractor", name)
    and ValueSlot parts."""
    parts: list = []
    for piece in TOKEN_RE.split(pattern):
        if not piece:
            continue
        if piece.startswith("{"):
            parts.append(("vocab", piece[1:-1]))
        elif piece.startswith("<"):
            parts.append(("distractor", piece[1:-1]))
        elif piece.startswith("[") and TOKEN_RE.fullmatch(piece):
            parts.append(parse_slot(piece, where))
        else:
            if "[" in piece and "]" in piece and re.search(r"\[[A-Z]", piece):
                raise TemplateError(f"{where}: malformed value slot in {piece!r}")
            parts.append(piece)
    return tuple(parts)


def build_templates(lang: str, groups) -> list[Template]:
    """Turn GROUPS = [(register, note, topic, [pattern, ...]), ...] into Templates
    with ids "<lang>/<register>/<topic>-NN"."""
    out: list[Template] = []
    seen: set[str] = set()
    for register, note, topic, patterns in groups:
        for i, pattern in enumerate(patterns, 1):
            tid = f"{lang}/{register}/{topic}-{i:02d}"
            if tid in seen:
                raise TemplateError(f"duplicate template id {tid}")
            seen.add(tid)
            out.append(Template(tid, note, pattern, parse_pattern(pattern, tid)))
    return out
