"""Repairs of the model's decoded spans that need the language's number format.

Sub-word pieces do not follow digit groups, and the model sometimes labels
the parts of one number as two spans: "2 383 enheter" as ``2`` (COUNT) and
``383`` (TARGET), "98,02%" as ``9`` and ``8,02%``. `join_split_numbers`
rejoins two spans that touch digit to digit, or that only the language's
decimal mark or one of its group marks separates (the second then starting
with a full group of three digits: "2 383", "1.164" + ".498"); the joined
span takes the type with the most probability over all its pieces, not the
first piece's. `attach_currency` extends a MONEY or TARGET span to the
currency word or sign right beside it; `finish_words` extends a span that
stops inside a word to the word's end ("1,495 جنيه" + "ًا", the accusative
ending, which SPEC keeps inside, and drops one that cannot be finished);
`extend_heads` starts a span at its numeral's head where the model
labelled only the tail: the digit groups before it ("21 763 milliarder
VND" labelled from "763") or the words before it of a number word of the
language ("et halvt prosentpoeng" labelled from "halvt");
`drop_numberless` removes spans that name no number; `drop_in_web_addresses`
removes spans inside a URL or file name (SPEC: never tagged);
`drop_identifiers` removes spans that cut a digit run ("08[93]1"), bare
numbers after an identifier word ("tabell 13760", `ID_MARKERS`), digit
runs with a leading zero ("08931", "00" of "23 32 70 00": codes, not
cardinals), numbers inside digits written in pairs ("23 32" of
"23 32 70 00": a phone number, as no grouped numeral has two-digit groups), phone
numbers (after a word of `PHONE_CUES` and the numbers listed after it:
"telp. (021) 3841195, 3842508 ext. 5120") and issue numbers ("3/2025");
`drop_vague_alternatives` removes number words joined by "or" ("tiga
atau empat kali": vague, SPEC; `OR_WORDS`); `drop_confidence_levels`
removes a survey's confidence level ("med 95
prosent sannsynlighet", "بمستوى ثقة 95%"; `CONFIDENCE_BEFORE`/`_AFTER` of
`metricner.lang.<code>.context`);
`join_unit_tails` joins a numeral and the scale, currency or percent word
labelled as a span of its own right after it ("61,3" + "milliarder kroner"),
under the numeral's type; `join_compound_heads` starts a span at the head of
its compound numeral ("مليونان و" + "150 ألف"); `finish_units` extends a
MONEY, RATE or TARGET span to the rest of its unit ("350 mill" + ". kroner",
"3.2 نقطة" + " مئوية"); `split_between_ranges` cuts "between A and B"
read as one span ("بين 3 و3.5 ملايين") into its two ends.

The marks and words come from the language tables (`DECIMAL_MARK`,
`GROUP_MARKS`, `CURRENCIES`, `CURRENCY_PREFIXES`, `PLURAL_SCALE_WORDS`,
`VAGUE_WORDS`, `NUMBER_WORDS`, `FRACTION_WORDS`, `MULTIPLE_WORDS` in
`metricner.lang.<code>.numbers`), nothing is kept here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from metricner import distractors
from metricner import lang as _lang
from metricner.schema import Mention

_HEAD_GROUP = re.compile(r"^\d{3}(?!\d)")

#: span -> {type: probability mass over its pieces}; None when not known
TypeMass = Callable[[int, int], dict[str, float] | None]


@lru_cache(maxsize=None)
def group_marks(lang: str) -> tuple[str, ...]:
    marks = tuple(getattr(_lang.get(lang).numbers, "GROUP_MARKS", ()) or ())
    # a no-break or thin space groups wherever a space does (text may be unnormalised)
    if " " in marks:
        marks += ("\u00a0", "\u202f", "\u2009")
    return marks


def splits_one_number(text: str, left: Mention, right: Mention, lang: str) -> bool:
    """True when `left` and `right` are parts of one numeral: a digit run cut
    in two ("9" + "8,02%"), the two sides of its decimal mark ("44" + "35 %"
    around ","), or its digit groups ("2" + "383" around " ")."""
    if right.start < left.end or left.end <= left.start or right.end <= right.start:
        return False
    gap = text[left.end : right.start]
    before, after = text[left.end - 1], text[right.start]
    if not (before.isdigit() and after.isdigit()):
        return False
    if gap == "":
        return True
    if gap == decimal_mark(lang):
        return not _decimal_tail(gap).search(text[left.start : left.end])
    if gap not in group_marks(lang) or not _HEAD_GROUP.match(text[right.start : right.end]):
        return False
    return bool(_grouped_tail(gap).search(text[left.start : left.end]))


@lru_cache(maxsize=None)
def decimal_mark(lang: str) -> str:
    return getattr(_lang.get(lang).numbers, "DECIMAL_MARK", ".")


@lru_cache(maxsize=None)
def _decimal_tail(mark: str) -> re.Pattern[str]:
    """A numeral that already has a decimal part ("2,5") at the end of a span."""
    return re.compile(rf"\d{re.escape(mark)}\d+$")


@lru_cache(maxsize=None)
def _grouped_tail(mark: str) -> re.Pattern[str]:
    """A numeral grouped by `mark` ("1", "383", "1 164") at the end of a span,
    not preceded by a digit or a decimal part."""
    m = re.escape(mark)
    return re.compile(rf"(?<![\d.,])(?<!\d{m})\d{{1,3}}(?:{m}\d{{3}})*$")


def _next_start(text: str, mentions: Sequence[Mention], i: int) -> int:
    """Where the span after mentions[i] starts (the text's end after the last):
    how far mentions[i] may grow."""
    return mentions[i + 1].start if i + 1 < len(mentions) else len(text)


def drop_numberless(mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """`mentions` without spans that name no number: neither a digit nor a
    number word of `lang` (a lone letter is a decoding slip), or only a word
    that the language tables call vague or a bare plural scale ("آلاف",
    "millioner": "thousands", "millions" name no value)."""
    if not lang:
        return list(mentions)
    from metricner.prefilter import has_number

    valueless = _valueless_words(lang)
    return [m for m in mentions if has_number(m.text, lang) and m.text.strip().lower() not in valueless]


@lru_cache(maxsize=None)
def _valueless_words(lang: str) -> frozenset[str]:
    mod = _lang.get(lang).numbers
    words = tuple(getattr(mod, "PLURAL_SCALE_WORDS", ()) or ()) + tuple(getattr(mod, "VAGUE_WORDS", ()) or ())
    return frozenset(w.lower() for w in words)


_WORD_AFTER = re.compile(r"\s{1,2}([^\s\d]+)")
_WORD_BEFORE = re.compile(r"([^\s\d]+)\s?$")
_TRAIL = ".,;:!?)»”\"'"


@lru_cache(maxsize=None)
def _currency_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(currency names, currency prefixes) of `lang`, lower-cased."""
    mod = _lang.get(lang).numbers
    return (frozenset(k.lower() for k in getattr(mod, "CURRENCIES", {}) or {}),
            frozenset(k.lower() for k in getattr(mod, "CURRENCY_PREFIXES", ()) or ()))


def attach_currency(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """MONEY and TARGET spans that stop short of their currency ("3,2 billioner"
    before "VND", "1,5 triliun" after "Rp") take it in, when the extended span
    reads as money (`parse_quantity`): SPEC puts the unit inside the span.
    Currency words and prefixes come from the language tables."""
    if not lang:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    names, prefixes = _currency_words(lang)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.label in ("MONEY", "TARGET") and parse_quantity(m.text, lang).unit is None:
            nxt = _next_start(text, mentions, i)
            prev = out[-1].end if out else 0
            start, end = m.start, m.end
            after = _WORD_AFTER.match(text, m.end, nxt)
            if after and after.group(1).rstrip(_TRAIL).lower() in names:
                end = after.start(1) + len(after.group(1).rstrip(_TRAIL))
            else:
                before = _WORD_BEFORE.search(text, prev, m.start)
                if before and before.group(1).lower() in prefixes:
                    start = before.start(1)
            if (start, end) != (m.start, m.end) and parse_quantity(text[start:end], lang).kind == "money":
                m = Mention(m.label, start, end, text[start:end], m.score)
        out.append(m)
    return out


_WORD_REST = re.compile(r"[^\W\d_\u064b-\u065f\u0670]*[\u064b-\u065f\u0670][^\W\d_\u064b-\u065f\u0670]*|[^\W\d_]+")


def finish_words(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """Spans whose last character is a letter and that stop inside a word
    ("جنيه" of "جنيهًا", the tokenizer's piece boundary) end at the word's end
    instead, when the longer span still reads as the same value and kind, or
    when the cut word is its unit (no value before, a money or rate value
    after: "3,2 billioner V" of "3,2 billioner VND"); one
    that reads as no value either way ("tre period" of "tre perioder") is
    dropped."""
    if not lang:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    out: list[Mention] = []
    for i, m in enumerate(mentions):
        limit = _next_start(text, mentions, i)
        if m.end < limit and m.text[-1:].isalpha():
            rest = _WORD_REST.match(text, m.end, limit)
            if rest and rest.end() > m.end:
                before, after = parse_quantity(m.text, lang), parse_quantity(text[m.start:rest.end()], lang)
                same = after.value is not None and after.value == before.value and after.kind == before.kind
                # the cut word was the unit: unreadable before, a money or rate value after
                unit = after.value is not None and before.value is None and after.kind in _UNIT_KINDS
                if same or unit:
                    m = Mention(m.label, m.start, rest.end(), text[m.start:rest.end()], m.score)
                elif before.value is None and after.value is None:
                    continue
        out.append(m)
    return out


#: kinds that a finished word can give a span it cut short: its currency or percent word
_UNIT_KINDS = frozenset({"money", "rate"})
_BARE = re.compile(r"[\d.,\s\u00a0\u202f]+")
#: a digit run that starts with 0 and goes on with a digit: a code, never a cardinal ("0,5" is a decimal)
_LEADING_ZERO = re.compile(r"0\d")
#: digits in pairs, three pairs or more ("23 32 70 00"): a phone number, never
#: a grouped numeral (thousands groups have three digits)
_DIGIT_PAIRS = re.compile(r"(?<![\d.,])\d\d(?:[ \u00a0]\d\d){2,}(?![\d.,])")
_ISSUE_YEAR = re.compile(r"/(?:19|20)\d{2}(?!\d)")
_BACK_TOKEN = re.compile(r"(\S+?)[\s()\[\]:]*$")
_LIST_MARKS = frozenset({",", "ext", "ext.", "/", "-", "–"})  # between listed numbers; words: LIST_WORDS


def _after_identifier_word(text: str, start: int, lang: str, plain: bool) -> bool:
    """The bare number at `start` follows an identifier word, or a phone cue
    and the numbers listed after it; an ungrouped digit run (`plain`) also an
    identifier word and the numbers listed after it ("tabell 13760 og 08931")."""
    from metricner import context as ctxr

    pos, hops = start, 0
    while hops < 8:
        m = _BACK_TOKEN.search(text, max(0, pos - 40), pos)
        if not m:
            return False
        token = m.group(1).strip("()[]")  # "(021)": an area code in brackets
        word = ctxr.fold(token.rstrip(",:"))
        if ctxr.in_table(word, lang, "PHONE_CUES"):
            return True
        if (hops == 0 or plain) and ctxr.is_id_marker(word, lang):
            return True
        if not (_BARE.fullmatch(token) or word in _LIST_MARKS or token in _LIST_MARKS
                or ctxr.in_table(word, lang, "LIST_WORDS")):
            return False
        pos, hops = m.start(1), hops + 1
    return False


def drop_identifiers(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """`mentions` without spans that cut a digit run, and without bare numbers
    that are identifiers, phone or issue numbers (module docstring)."""
    if not lang:
        return list(mentions)
    out = []
    for m in mentions:
        if (m.start > 0 and text[m.start - 1].isdigit()) or (m.end < len(text) and text[m.end].isdigit()):
            continue
        if _LEADING_ZERO.match(m.text):
            continue
        if any(p.start() <= m.start and m.end <= p.end()
               for p in _DIGIT_PAIRS.finditer(text, max(0, m.start - 12), min(len(text), m.end + 12))):
            continue
        if _BARE.fullmatch(m.text) and (_ISSUE_YEAR.match(text, m.end)
                                        or _after_identifier_word(text, m.start, lang, m.text.isdigit())):
            continue
        out.append(m)
    return out


def drop_confidence_levels(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """`mentions` without RATE spans that are a survey's confidence level: a
    word of the language's `CONFIDENCE_BEFORE` right before the span or of
    `CONFIDENCE_AFTER` right after it ("95 prosent" + " sannsynlighet")."""
    if not lang:
        return list(mentions)
    from metricner import context as ctxr

    return [m for m in mentions if not (m.label == "RATE" and ctxr.is_confidence_level(text, m.start, m.end, lang))]


def drop_vague_alternatives(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """`mentions` without spans written in words that are one side of "X or Y"
    between two number words ("tiga atau empat kali"): a vague quantity."""
    if not lang:
        return list(mentions)
    from metricner import context as ctxr

    return [m for m in mentions if not ctxr.is_vague_alternative(text, m.start, m.end, lang)]


def drop_in_web_addresses(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` without the spans that lie in a web address or file name."""
    if not mentions:
        return []
    addresses = [m.span() for m in distractors.WEB_ADDRESS.finditer(text)]
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in addresses)]


def join_unit_tails(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """A span ending in a digit and the digitless span one space after it that
    completes it ("7" + "prosent", "350" + "mill. kroner") become one span with
    the first one's type, when the whole reads as a value."""
    if not lang or len(mentions) < 2:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.text[-1:].isdigit() and not any(c.isdigit() for c in m.text)
                and text[prev.end:m.start] in (" ", "\u00a0", "\u202f")
                and parse_quantity(text[prev.start:m.end], lang).value is not None):
            n_prev, n_m = prev.end - prev.start, m.end - m.start
            score = (prev.score * n_prev + m.score * n_m) / (n_prev + n_m)
            out[-1] = Mention(prev.label, prev.start, m.end, text[prev.start:m.end], score)
        else:
            out.append(m)
    return out


_NEXT_UNIT_WORD = re.compile(r"\.?[ \u00a0]([^\s\d]+)")
#: what a span of each type may grow into
_GROWS_INTO = {"MONEY": ("money",), "RATE": ("rate",), "TARGET": ("money", "rate")}


def finish_units(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """MONEY, RATE and TARGET spans that stop before the rest of their unit
    ("350 mill" before ". kroner", "3.2 نقطة" before "مئوية") take in up to two
    more words, when the longer span reads as the same value (or as a value
    where the shorter read as none) with a unit the shorter lacks, and as
    money or a rate as its type allows. COUNT spans never grow: their counted
    noun stays outside (SPEC)."""
    if not lang:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    out: list[Mention] = []
    for i, m in enumerate(mentions):
        kinds = _GROWS_INTO.get(m.label)
        before = parse_quantity(m.text, lang) if kinds else None
        if before is not None and before.unit is None:
            limit = _next_start(text, mentions, i)
            line_end = text.find("\n", m.end, limit)
            limit = line_end if line_end >= 0 else limit
            pos, best = m.end, None
            for _ in range(2):
                w = _NEXT_UNIT_WORD.match(text, pos, limit)
                if not w:
                    break
                pos = w.start(1) + len(w.group(1).rstrip(_TRAIL))
                after = parse_quantity(text[m.start:pos], lang)
                if (after.value is not None and after.unit is not None and after.kind in kinds
                        and before.value in (None, after.value)):
                    best = pos
                if pos < w.end():
                    break  # punctuation after the word ends the phrase
            if best is not None:
                m = Mention(m.label, m.start, best, text[m.start:best], m.score)
        out.append(m)
    return out


@lru_cache(maxsize=None)
def _compound_head(lang: str) -> re.Pattern[str] | None:
    """One or two words, then a conjunction of `lang` (`CONJUNCTIONS`), glued
    to what follows or a space before it, at the end of the text before a span."""
    conj = tuple(getattr(_lang.get(lang).numbers, "CONJUNCTIONS", ()) or ())
    if not conj:
        return None
    alternatives = "|".join(map(re.escape, conj))
    return re.compile(rf"((?:[^\W\d_]+ )?[^\W\d_]+) (?:{alternatives}) ?$")


def join_compound_heads(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """A span that holds only the tail of a compound numeral ("150 ألف" of
    "مليونان و150 ألف", two million and 150 thousand) starts at its head
    instead, taking in the head's own span where the model labelled it apart
    ("مليونان و" + "150 ألف"): when the words before the conjunction are a
    scale numeral (1000 or more) and the whole reads as their sum. The joined
    span keeps the tail's type (the tail carries the unit)."""
    if not lang:
        return list(mentions)
    head_re = _compound_head(lang)
    if head_re is None:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        glued = prev is not None and not text[prev.end:m.start].strip()  # the head labelled as a span of its own
        low = prev.start if glued else (prev.end if prev else 0)
        found = head_re.search(text, max(low, m.start - 40), m.start) if m.text[:1].isdigit() else None
        if found:
            tail = parse_quantity(m.text, lang).value
            starts = [found.start(1)]  # two words before the conjunction, then one
            if " " in found.group(1):
                starts.append(found.start(1) + found.group(1).index(" ") + 1)
            for start in starts:
                if glued and start != prev.start and start < prev.end:
                    continue  # would cut the span before in two
                head = parse_quantity(text[start:found.end(1)], lang).value
                whole = parse_quantity(text[start:m.end], lang).value
                if None not in (head, tail, whole) and head >= 1000 and whole == head + tail:
                    if glued and start <= prev.start:
                        out.pop()
                    m = Mention(m.label, start, m.end, text[start:m.end], m.score)
                    break
        out.append(m)
    return out


@lru_cache(maxsize=None)
def _between_cut(joiner: str) -> re.Pattern[str]:
    """A numeral, the joiner, and the start of the second numeral."""
    return re.compile(r"(\d[\d.,]*)(\s*" + re.escape(joiner) + r"\s*)(?=\d)")


def split_between_ranges(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """One span holding both ends of "between A and B" ("3 و3.5 ملايين" after
    "بين"; `RANGE_BETWEEN` of the language) becomes two spans of its type."""
    if not lang:
        return list(mentions)
    from metricner import context as ctxr

    out: list[Mention] = []
    for m in mentions:
        joiner = ctxr.between_joiner(text, m.start, lang)
        cut = _between_cut(joiner).match(m.text) if joiner else None
        if cut:
            a_end, b_start = m.start + cut.end(1), m.start + cut.end(2)
            out += [Mention(m.label, m.start, a_end, text[m.start:a_end], m.score),
                    Mention(m.label, b_start, m.end, text[b_start:m.end], m.score)]
        else:
            out.append(m)
    return out


def repair(text: str, mentions: Sequence[Mention], lang: str | None,
           type_mass: TypeMass | None = None) -> list[Mention]:
    """Every repair of this module, in order: join split numerals, start spans
    at their numeral's head, join unit tails
    and compound numerals cut at their conjunction, drop spans that name no
    number (a currency tagged on its own among them), lie in a web address,
    are identifiers, confidence levels or vague alternatives, split "between" ranges, take in currencies, finish words
    and units cut short."""
    joined = extend_heads(text, join_split_numbers(text, mentions, lang, type_mass), lang)
    joined = join_unit_tails(text, joined, lang)
    joined = join_compound_heads(text, joined, lang)
    kept = drop_identifiers(text, drop_in_web_addresses(text, drop_numberless(joined, lang)), lang)
    kept = drop_vague_alternatives(text, drop_confidence_levels(text, kept, lang), lang)
    ranges = split_between_ranges(text, kept, lang)
    return finish_units(text, finish_words(text, attach_currency(text, ranges, lang), lang), lang)


@lru_cache(maxsize=None)
def _word_heads(lang: str) -> tuple[tuple[str, str], ...]:
    """(the words before the last one, the last word) of every number word of
    `lang` written in more than one word ("et halvt" -> ("et", "halvt")), lower-cased."""
    mod = _lang.get(lang).numbers
    heads = set()
    for table in ("NUMBER_WORDS", "FRACTION_WORDS", "MULTIPLE_WORDS"):
        for key in getattr(mod, table, {}) or {}:
            words = key.lower().split()
            if len(words) > 1:
                heads.add((" ".join(words[:-1]), words[-1]))
    return tuple(sorted(heads))


def _group_head_start(text: str, start: int, low: int, lang: str) -> int | None:
    """Where the digit groups written before a span that starts with a full
    group of three digits ("21 " before "763 milliarder") begin, or None."""
    if not _HEAD_GROUP.match(text[start:start + 4]):
        return None
    for mark in group_marks(lang):
        before = start - len(mark)
        if before > low and text[before:start] == mark:
            found = _grouped_tail(mark).search(text, max(low, before - 40), before)
            if found:
                return found.start()
    return None


def _word_head_start(text: str, start: int, low: int, lang: str) -> int | None:
    """Where a number word written in several words begins when a span starts
    at its last word ("et " before "halvt prosentpoeng"), or None."""
    first = re.match(r"[^\W\d_]+", text[start:])
    if not first:
        return None
    word = first.group(0).lower()
    for head, last in _word_heads(lang):
        begin = start - len(head) - 1
        if (last == word and begin >= low and text[begin:start].lower() == head + " "
                and (begin == 0 or not text[begin - 1].isalnum())):
            return begin
    return None


def extend_heads(text: str, mentions: Sequence[Mention], lang: str | None) -> list[Mention]:
    """Spans that hold only the tail of a numeral start at its head instead:
    the digit groups before a span that starts with a full group ("21 763
    milliarder VND" labelled from "763"; `GROUP_MARKS`), or the first words of
    a number word written in several ("et halvt" of "et halvt prosentpoeng").
    A span never grows into the one before it, and only where the longer text
    still reads as a value."""
    if not lang:
        return list(mentions)
    from metricner.numbers.parse import parse_quantity

    out: list[Mention] = []
    for m in mentions:
        low = out[-1].end if out else 0
        start = _group_head_start(text, m.start, low, lang)
        if start is None:
            start = _word_head_start(text, m.start, low, lang)
        if start is not None and parse_quantity(text[start:m.end], lang).value is not None:
            m = Mention(m.label, start, m.end, text[start:m.end], m.score)
        out.append(m)
    return out


def join_split_numbers(text: str, mentions: Sequence[Mention], lang: str | None,
                       type_mass: TypeMass | None = None) -> list[Mention]:
    """`mentions` (sorted by start) with split numerals joined (see the module docstring)."""
    if not lang or len(mentions) < 2:
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and splits_one_number(text, prev, m, lang):
            start, end = prev.start, m.end
            label = prev.label if prev.label == m.label else _majority(prev, m, start, end, type_mass)
            n_prev, n_m = prev.end - prev.start, m.end - m.start
            score = (prev.score * n_prev + m.score * n_m) / (n_prev + n_m)
            out[-1] = Mention(label, start, end, text[start:end], score)
        else:
            out.append(m)
    return out


def _majority(a: Mention, b: Mention, start: int, end: int, type_mass: TypeMass | None) -> str:
    mass = type_mass(start, end) if type_mass is not None else None
    if mass:
        return max(mass, key=lambda k: mass[k])
    return a.label if a.score * (a.end - a.start) >= b.score * (b.end - b.start) else b.label
