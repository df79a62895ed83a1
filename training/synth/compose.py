"""Render one template into text with its spans, offsets taken while writing.

Spans are never found by searching the text: each value is appended to the
buffer and its start/end are the buffer length before and after.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from types import ModuleType

from . import quantities, values
from .template import Template, ValueSlot, parse_pattern

MAX_DEPTH = 6
#: chance that a count or money range writes its scale (and currency) once,
#: after its end: "mellom 2 og 3 millioner kroner", "بين 3 و3.5 ملايين"
P_SHARED_SCALE = 0.35


@dataclass
class Context:
    """What stays fixed within one example: language data, setting, currency."""

    lang: str
    data: ModuleType          # training.synth.templates.<lang>
    distractors: ModuleType   # training.synth.distractors.<lang>
    setting: str
    currency: str
    rng: random.Random

    def vocab(self, name: str) -> list[str]:
        local = self.data.SETTINGS[self.setting].get("vocab", {})
        if name in local:
            return local[name]
        if name in self.data.VOCAB:
            return self.data.VOCAB[name]
        raise KeyError(f"{self.lang}: no vocabulary {name!r} (setting {self.setting!r})")


@dataclass
class Buffer:
    text: str = ""
    spans: list[dict] = field(default_factory=list)
    distractors: list[dict] = field(default_factory=list)
    range_count: int = 0

    def add(self, piece: str) -> None:
        if not piece:
            return
        # Merge whitespace at the join so empty or spaced slots never leave "  ".
        if self.text.endswith((" ", "\n")) and piece.startswith(" "):
            piece = piece.lstrip(" ")
        if self.text.endswith(".") and piece.startswith("."):
            piece = piece[1:]  # "23,8 pst." + "." -> one full stop
        if self.text.endswith(" ") and piece[:1] in (",", ".", ";", ":", ")", "؛", "،"):
            self.text = self.text[:-1]
            for span in self.spans + self.distractors:
                assert span["end"] <= len(self.text)
        self.text += piece

    def add_marked(self, piece: str, record: dict, into: list[dict]) -> None:
        self.add("")
        if self.text.endswith(" ") and piece.startswith(" "):
            piece = piece.lstrip(" ")
        start = len(self.text)
        self.text += piece
        into.append({"start": start, "end": len(self.text), **record})


def expand(parts, ctx: Context, buf: Buffer, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise RecursionError(f"{ctx.lang}: vocabulary nested deeper than {MAX_DEPTH}")
    for part in parts:
        if isinstance(part, str):
            buf.add(part)
        elif isinstance(part, ValueSlot):
            add_value(part, ctx, buf)
        elif part[0] == "vocab":
            choice = ctx.rng.choice(ctx.vocab(part[1]))
            expand(parse_pattern(choice, f"{ctx.lang} vocab {part[1]}"), ctx, buf, depth + 1)
        elif part[0] == "distractor":
            make = ctx.distractors.DISTRACTORS.get(part[1])
            if make is None:
                raise KeyError(f"{ctx.lang}: no distractor {part[1]!r}")
            text = make(ctx.rng)
            buf.add_marked(text, {"kind": part[1]}, buf.distractors)


def _span(slot: ValueSlot, value, unit, extra=None) -> dict:
    rec = {"label": slot.label, "value": value, "unit": unit, "kind": slot.kind}
    if extra:
        rec.update(extra)
    return rec


def add_value(slot: ValueSlot, ctx: Context, buf: Buffer) -> None:
    rng = ctx.rng
    if slot.kind == "rate" and slot.unit == "ratio":  # "fire av ti" = 40 %
        word = rng.choice(ctx.data.RATIOS)
        buf.add_marked(word, _span(slot, quantities.ratio_value(word, ctx.lang), "%"), buf.spans)
        return
    if slot.kind == "rate" and slot.unit == "frac":
        word, value, unit = rng.choice(ctx.data.FRACTIONS)
        if value is None:  # a fraction word of the language's number table
            value, unit = quantities.fraction_value(word, ctx.lang), "%"
            buf.add_marked(word, _span(slot, value, unit), buf.spans)
        else:  # a word the number table does not hold ("ضعف" = 2 times)
            buf.add_marked(word, _span(slot, value, unit, {"lexical": True}), buf.spans)
        return
    unit = slot.unit
    if slot.kind == "money" and unit == "$":
        unit = ctx.currency
    if not slot.is_range:
        value = values.draw(slot.kind, unit, slot.hint, rng)
        text = quantities.render(value, slot.kind, unit, ctx.lang, rng)
        buf.add_marked(text, _span(slot, value, unit), buf.spans)
        return
    low, high = values.draw_range(slot.kind, unit, slot.hint, rng)
    buf.range_count += 1
    rid = f"r{buf.range_count}"
    form, compact = rng.choice(ctx.data.RANGE_FORMS)
    shared = None
    if slot.kind in ("count", "money") and rng.random() < P_SHARED_SCALE:
        shared = quantities.shared_scale_range(low, high, slot.kind, unit, ctx.lang, rng)
    if shared:
        low, high, low_text, high_text = shared
    else:
        high_text = quantities.render(high, slot.kind, unit, ctx.lang, rng)
        if compact and slot.kind == "rate":
            low_text = quantities.numeral(low, ctx.lang, rng)
        else:
            low_text = quantities.render(low, slot.kind, unit, ctx.lang, rng)
    before, rest = form.split("{a}")
    middle, after = rest.split("{b}")
    buf.add(before)
    low_extra = {"range_id": rid, "shared_scale": True} if shared else {"range_id": rid}
    buf.add_marked(low_text, _span(slot, low, unit, low_extra), buf.spans)
    buf.add(middle)
    buf.add_marked(high_text, _span(slot, high, unit, {"range_id": rid}), buf.spans)
    buf.add(after)


def capitalise_from(buf: Buffer, start: int) -> None:
    """Upper-case the first letter of a sentence (same length, offsets kept)."""
    text = buf.text
    for i in range(start, len(text)):
        ch = text[i]
        if ch.isalpha():
            if any(sp["start"] <= i < sp["end"] for sp in buf.spans):
                return
            up = ch.upper()
            if len(up) == 1 and up != ch:
                buf.text = text[:i] + up + text[i + 1:]
            return
        if not ch.isspace() and ch not in "\"'«(":
            return


def render_template(template: Template, ctx: Context, buf: Buffer) -> None:
    start = len(buf.text)
    expand(template.parts, ctx, buf)
    capitalise_from(buf, start)
