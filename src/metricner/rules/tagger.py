"""RulesTagger: COUNT, RATE, MONEY and TARGET spans by regular expressions
over the language tables.

Steps per text: skip lines that are not running text (captions, source lines,
comment counters) and URLs; find numeral cores (digits or number words); grow
each core into a value expression (currency before, scale words, Arabic
compounds, percent word or currency after); drop what SPEC leaves untagged
(years, dates, durations, ids, ordinals, glued footnotes, list sizes); type
what is left; mark values a sentence sets as goals as TARGET; add the first
half of a range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from metricner import context as ctxr
from metricner import distractors
from metricner import sentences
from metricner.rules.patterns import Patterns, fold_key, patterns
from metricner.schema import Mention

EXTRACTOR = "rules@1.0"


@dataclass
class _Span:
    start: int
    end: int
    label: str
    core_end: int  # end of the numeral itself (before scale/tail)
    has_scale: bool
    words_only: bool
    tail: str | None = None  # the percent word or currency after the number
    prefixed: bool = False   # a currency written before the number


class RulesTagger:
    """Regular expressions + lexicons; the baseline a model must beat."""

    extractor = EXTRACTOR

    def tag(self, texts: Sequence[str], langs: Sequence[str]) -> list[list[Mention]]:
        if len(texts) != len(langs):
            raise ValueError(f"{len(texts)} texts but {len(langs)} languages")
        return [self.tag_one(t, code) for t, code in zip(texts, langs)]

    def tag_one(self, text: str, code: str) -> list[Mention]:
        pats = patterns(code)
        blocked = _blocked_spans(text, code)
        spans: list[_Span] = []
        for ls, le in sentences.split(text):
            if _inside(ls, le, blocked):
                continue
            spans.extend(_scan_sentence(text, ls, le, code, pats, blocked))
        spans = _add_range_starts(text, spans, code, pats)
        spans.sort(key=lambda s: s.start)
        return [Mention(s.label, s.start, s.end, text[s.start:s.end]) for s in spans
                if not (s.label == "RATE" and ctxr.is_confidence_level(text, s.start, s.end, code))
                and not ctxr.is_vague_alternative(text, s.start, s.end, code)]


# ------------------------------------------------------------------ blocking

def _blocked_spans(text: str, code: str) -> list[tuple[int, int]]:
    """Character ranges where nothing is tagged: non-text lines, URLs, dates."""
    cues = ctxr.cues(code)
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        low = ctxr.fold(body)
        if (
            body.startswith(("![", "|")) or body.endswith("|")
            or low.startswith(tuple(ctxr.fold(p) for p in cues.SOURCE_PREFIXES))
            or re.fullmatch(r"(?:" + "|".join(map(re.escape, cues.COMMENT_LINES)) + r")\s*\(\d+\)", low)
            or (len(body) < 250 and any(m in low for m in cues.CAPTION_MARKERS))
        ):
            out.append((pos, pos + len(line)))
        pos += len(line)
    for rx in (distractors.URL, distractors.DATE, distractors.YEAR_RANGE):
        out.extend(m.span() for m in rx.finditer(text))
    return out


def _inside(s: int, e: int, blocked: list[tuple[int, int]]) -> bool:
    return any(bs <= s and e <= be for bs, be in blocked)


def _overlaps(s: int, e: int, blocked: list[tuple[int, int]]) -> bool:
    return any(s < be and bs < e for bs, be in blocked)


# ------------------------------------------------------------------ scanning

def _cores(text: str, start: int, end: int, pats: Patterns):
    """(start, end, words_only) numeral cores of text[start:end], left to right."""
    found = [(m.start(), m.end(), False) for m in pats.digits.finditer(text, start, end)]
    pos = start
    while True:
        m = pats.number_word.search(text, pos, end)
        if not m:
            break
        s, e = m.start(), m.end()
        if s > 0 and (text[s - 1].isalnum() and not (pats.code == "ar" and text[s - 1] == "و")):
            pos = e
            continue
        # a run of number words and scale words is one core
        while True:
            n = re.compile(r"\s+(?:og\s+|dan\s+|و)?").match(text, e, end)
            if not n:
                break
            nxt = pats.number_word.match(text, n.end(), end)
            if not nxt:
                break
            e = nxt.end()
        if not any(fs <= s < fe for fs, fe, _ in found):
            found.append((s, e, True))
        pos = e
    for m in pats.bare_scale.finditer(text, start, end):
        if pats.tail.match(text, m.end()) and _tail_kind(pats, pats.tail.match(text, m.end())) == "MONEY":
            if not any(fs <= m.start() < fe for fs, fe, _ in found):
                found.append((m.start(), m.start(), True))
    return sorted(found)


def _tail_kind(pats: Patterns, m: re.Match[str]) -> str:
    key = fold_key(m.group())
    if key in {fold_key(k) for k in pats.percent_words}:
        return "RATE"
    return "MONEY"


def _scan_sentence(text, ls, le, code, pats: Patterns, blocked) -> list[_Span]:
    out: list[_Span] = []
    taken_until = ls
    for cs, ce, words_only in _cores(text, ls, le, pats):
        if cs < taken_until or _overlaps(cs, max(ce, cs + 1), blocked):
            continue
        span = _grow(text, cs, ce, words_only, code, pats, le)
        if span is None:
            continue
        label = _classify(text, span, code, pats)
        if label is None:
            continue
        span.label = label
        if ctxr.target_cue(text[ls:le], span.start - ls, span.end - ls, code):
            span.label = "TARGET"
        out.append(span)
        taken_until = span.end
    return out


def _grow(text, cs, ce, words_only, code, pats: Patterns, limit) -> _Span | None:
    """Extend a core into the value expression, or None when the core is not a
    value (glued to a word, an ordinal, a year-like compound)."""
    # left boundary
    if cs > 0:
        prev = text[cs - 1]
        if prev.isalpha():
            run = re.search(r"(?:[^\W\d_])+$", text[max(0, cs - 12):cs]).group()
            clitic_only = len(run) <= 2 and all(c in getattr(ctxr.cues(code), "PROCLITICS", "") for c in run)
            if not clitic_only and not pats.prefix.search(text[max(0, cs - 8):cs]):
                return None  # footnote digit or a code glued to a word
        if prev == "-" and cs > 1 and text[cs - 2].isalpha():
            return None  # "ke-7", "COVID-19"
    e = ce
    has_scale = False
    m = pats.scale.match(text, e, limit)
    if m:
        e, has_scale = m.end(), True
        while code == "ar":
            c = pats.compound.match(text, e, limit)
            if not c:
                break
            e = c.end()
    elif code == "ar":
        c = pats.compound.match(text, e, limit)
        if c and "نصف" in c.group():
            e, has_scale = c.end(), True
    tail = pats.tail.match(text, e, limit)
    if tail:
        e = tail.end()
    start = cs
    p = pats.prefix.search(text[max(0, cs - 8):cs])
    if p:
        start = cs - (len(text[max(0, cs - 8):cs]) - p.start())
    if cs == ce and not tail:  # bare scale word needs its currency
        return None
    # right boundary: "20-dagers", "2025-planen", "4. kvartal"
    if re.match(r"-[^\W\d_]", text[e:e + 2]):
        return None
    if code == "nb" and not has_scale and not tail and re.match(r"\.\s+[a-zæøå]", text[ce:ce + 3]):
        return None
    if e < len(text) and text[e].isalpha() and not tail:
        return None
    return _Span(start, e, "", ce, has_scale, words_only, tail.group() if tail else None, p is not None)


def _classify(text: str, sp: _Span, code: str, pats: Patterns) -> str | None:
    tail = sp.tail
    core = text[sp.start:sp.core_end]
    prev = ctxr.prev_word(text, sp.start)
    prev_word = prev[2] if prev else ""
    if prev_word and ctxr.is_month(prev_word.strip(",."), code):
        return None
    if prev_word and not tail and ctxr.is_id_marker(prev_word, code):
        return None
    if prev_word and ctxr.in_table(prev_word, code, "ID_MARKERS_STRICT"):
        return None
    if tail:
        kind = "RATE" if fold_key(tail) in {fold_key(k) for k in pats.percent_words} else "MONEY"
        if kind == "RATE" and ctxr.in_table(fold_key(tail), code, "COUNTABLE_TIMES"):
            if sp.words_only:
                return None  # "tiga atau empat kali": vague
            if ctxr.counted_noun(text, sp.end, code) is None:
                nxt = ctxr.next_word(text, sp.end)
                if nxt and nxt[2][:1].islower() and not ctxr.in_table(nxt[2], code, "TIMES_FOLLOWERS"):
                    sp.end = sp.core_end  # "1.959.182 kali pencarian": a count of events
                    return "COUNT"
        return kind
    if sp.prefixed:
        return "MONEY"
    nxt = ctxr.next_word(text, sp.end)
    if nxt and (ctxr.is_time_unit(nxt[2], code) or ctxr.is_month(nxt[2], code)):
        return None
    noun = ctxr.counted_noun(text, sp.end, code)
    if sp.words_only:
        return None  # "tre kategorier", "tiga orang": list sizes stay O
    if re.fullmatch(r"(?:19|20)\d{2}", core) and not sp.has_scale:
        # a year unless a counted noun follows ("2022 متقاعدًا") and no year word precedes
        if noun is None or ctxr.in_table(prev_word, code, "YEAR_CUES"):
            return None
    if noun:
        return "COUNT"
    if sp.has_scale:
        if nxt and ctxr.fold(nxt[2]) in _vague(code):
            return None
        return "COUNT"
    return None




def _vague(code: str) -> frozenset[str]:
    from metricner import lang as _lang

    return frozenset(ctxr.fold(w) for w in getattr(_lang.get(code).numbers, "VAGUE_WORDS", ()))


def _add_range_starts(text: str, spans: list[_Span], code: str, pats: Patterns) -> list[_Span]:
    """"10–12 %": the first numeral of a range takes the type of the second."""
    join = re.compile(r"(" + pats.digits.pattern + r")" + ctxr.range_join(code).pattern + r"$")
    have = {(s.start, s.end) for s in spans}
    out = list(spans)
    for sp in spans:
        head = text[max(0, sp.start - 40):sp.start]
        m = join.search(head)
        if not m:
            continue
        s = sp.start - len(head) + m.start(1)
        e = sp.start - len(head) + m.end(1)
        if re.fullmatch(r"(?:19|20)\d{2}", m.group(1)) and sp.label in ("COUNT",):
            continue
        if any(o.start <= s < o.end for o in out) or (s, e) in have:
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/.,"):
            continue
        out.append(_Span(s, e, sp.label, e, False, False))
    return out
