"""Read what the words around a value expression say about it.

Every function takes the (normalised) text, the span's offsets in it and the
language code; the per-language cue tables live in metricner.lang.<code>.context.
Readers look only inside the sentence the caller hands them, so callers pass
the sentence text and offsets relative to it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from metricner import lang as _lang

_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
# A word: letters, Arabic diacritics, inner hyphens/apostrophes.
WORD = r"(?:[^\W\d_]|[\u064b-\u0652\u0670])+(?:[-'’](?:[^\W\d_]|[\u064b-\u0652\u0670])+)*"
_WORD_RE = re.compile(WORD)
_CLAUSE_BREAK = re.compile(r"[;:!?؛؟()\[\]«»\"“”]|\.(?=\s)|\n")


@lru_cache(maxsize=None)
def cues(code: str) -> ModuleType:
    """The cue tables of a language (metricner.lang.<code>.context)."""
    return _lang.get(code).context


@lru_cache(maxsize=4096)
def fold(s: str) -> str:
    """Lower case without Arabic diacritics: the form cue tables are written in."""
    return _DIACRITICS.sub("", s).lower()


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Words of text[start:end] with their offsets."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, start, end)]


def strip_clitic(word: str, code: str) -> str:
    """An Arabic word without one leading one-letter clitic (و, ب, ل, ف, ك)."""
    if code == "ar" and len(word) > 3 and word[0] in cues("ar").CLITICS:
        return word[1:]
    return word


@lru_cache(maxsize=None)
def _sorted_phrases(code: str, table: str) -> tuple[tuple[str, str], ...]:
    data = getattr(cues(code), table)
    items = data.items() if isinstance(data, dict) else ((p, p) for p in data)
    return tuple(sorted(((fold(k), v) for k, v in items), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=None)
def _phrases_by_last_char(code: str, table: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """`_sorted_phrases` grouped by their last character (longest first in each group)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for phrase, value in _sorted_phrases(code, table):
        if phrase:
            groups.setdefault(phrase[-1], []).append((phrase, value))
    return {k: tuple(v) for k, v in groups.items()}


@lru_cache(maxsize=None)
def _lone_proclitic(code: str) -> re.Pattern[str] | None:
    """A proclitic of the language (`PROCLITICS`: Arabic "و", "ب", ...) standing
    alone at the end, after a space; None where the language has none."""
    letters = getattr(cues(code), "PROCLITICS", "")
    return re.compile(rf"(?<=\s)[{letters}]$") if letters else None


def _ends_with(before: str, code: str, table: str) -> tuple[str, str] | None:
    """The longest phrase of `table` that `before` ends with, on a word boundary."""
    b = fold(before).rstrip()
    clitic = _lone_proclitic(code)
    if clitic is not None:
        b = clitic.sub("", b).rstrip()
    if not b:
        return None
    for phrase, value in _phrases_by_last_char(code, table).get(b[-1], ()):
        if b.endswith(phrase):
            i = len(b) - len(phrase)
            if i == 0 or not (b[i - 1].isalnum() and phrase[0].isalnum()):
                return phrase, value
    return None


def _starts_with(after: str, code: str, table: str) -> tuple[str, str] | None:
    a = fold(after).lstrip()
    for phrase, value in _sorted_phrases(code, table):
        if a.startswith(phrase):
            j = len(phrase)
            if j == len(a) or not (a[j].isalnum() and phrase[-1].isalnum()):
                return phrase, value
    return None


def _clause_before(text: str, start: int) -> str:
    """Text from the last clause break before `start` up to `start`."""
    head = text[:start]
    last = None
    for last in _CLAUSE_BREAK.finditer(head):
        pass
    return head[last.end():] if last else head


# ---------------------------------------------------------------- counted noun

def _noun_class(word: str, code: str) -> str | None:
    table = cues(code).COUNT_NOUNS
    w = fold(word)
    for cand in (w, fold(strip_clitic(word, code))):
        if cand in table:
            return table[cand]
        if code == "ar" and cand.startswith("ال") and cand[2:] in table:
            return table[cand[2:]]
    if getattr(cues(code), "COUNT_NOUN_SUFFIXES", False):
        for noun, cls in _sorted_phrases(code, "COUNT_NOUNS"):
            if len(w) >= len(noun) + 3 and w.endswith(noun) and " " not in noun:
                return cls
    return None


@lru_cache(maxsize=2048)  # asked by several readers for the same value
def counted_noun(text: str, end: int, code: str) -> tuple[str, int, int] | None:
    """The counted noun after a value ending at `end`: (unit class, start, end).

    Indonesian: the next word or two-word phrase. Norwegian: the next word, or
    the third after up to two adjectives ending in -e ("599 konkursrammede,
    oppløste enheter"). Arabic: the next word, "من" + a plural noun, or any
    word in the accusative of specification (tanween fath: "2250 مادةً").
    """
    ws = [w for w in words(text, end, min(len(text), end + 80))]
    if not ws:
        return None
    gap = text[end:ws[0][0]]
    if gap.strip(" \u00a0"):
        return None
    ctx = cues(code)
    first = ws[0]
    if fold(first[2]) in getattr(ctx, "NOT_COUNTED", ()):
        return None
    if len(ws) > 1:
        two = fold(first[2] + " " + ws[1][2])
        if two in ctx.COUNT_NOUNS and text[first[1]:ws[1][0]] == " ":
            return ctx.COUNT_NOUNS[two], first[0], ws[1][1]
    cls = _noun_class(first[2], code)
    if cls:
        return cls, first[0], first[1]
    if code == "nb":
        prev_end = first[1]
        for k, w in enumerate(ws[:3]):
            if k and not re.fullmatch(r",? ", text[prev_end:w[0]]):
                break
            cls = _noun_class(w[2], code)
            if cls and k:
                return cls, w[0], w[1]
            if not fold(w[2]).endswith("e") or fold(w[2]) in ("de", "ble", "ikke", "alle", "hadde", "skulle"):
                break
            prev_end = w[1]
    if code == "ar":
        f = fold(first[2])
        if f == "من" and len(ws) > 1 and text[first[1]:ws[1][0]] == " ":
            cls = _noun_class(ws[1][2], code)
            if cls:
                return cls, ws[1][0], ws[1][1]
            if fold(ws[1][2]).startswith("ال") and fold(ws[1][2]).endswith(("ين", "ات")):
                return "other", ws[1][0], ws[1][1]
        if "\u064b" in first[2] and f not in _folded(code, "TIME_UNITS") and f not in _folded(code, "QUALIFIERS_AFTER"):
            return "other", first[0], first[1]
    return None


@lru_cache(maxsize=None)
def _folded(code: str, table: str) -> frozenset[str]:
    return frozenset(fold(x) for x in getattr(cues(code), table, ()))


def in_table(word: str, code: str, table: str) -> bool:
    """`word` (any case, Arabic diacritics or not) is in the cue table `table`
    of the language ("YEAR_CUES", "PHONE_CUES", ...; a missing table is empty)."""
    return fold(word) in _folded(code, table)


def is_confidence_level(text: str, start: int, end: int, code: str) -> bool:
    """The rate text[start:end] is a survey's confidence level: a cue of the
    language's `CONFIDENCE_BEFORE` ends right before it ("med et
    konfidensnivå på" 95 %) or one of `CONFIDENCE_AFTER` starts right after
    it (95 prosent "sannsynlighet"), as whole words."""
    return bool(_ends_with(text[max(0, start - 40):start], code, "CONFIDENCE_BEFORE")
                or _starts_with(text[end:end + 40], code, "CONFIDENCE_AFTER"))


_OR_BEFORE = re.compile(r"([^\W\d_]+) ([^\W\d_]+) $")  # a number word?, then a joiner?, before the span
_OR_AFTER = re.compile(r" ([^\W\d_]+) ([^\W\d_]+)")  # a joiner?, then a number word?, after it


def is_vague_alternative(text: str, start: int, end: int, code: str) -> bool:
    """text[start:end], written in words, is one side of "X or Y" where the
    other side is a number word too ("tiga atau empat kali", "to eller tre
    ganger"; `OR_WORDS` of the language): a vague quantity (SPEC)."""
    from metricner.numbers.parse import parse_quantity

    if any(c.isdigit() for c in text[start:end]):
        return False
    sides = []  # (the other side's word, the joiner)
    if before := _OR_BEFORE.search(text, max(0, start - 40), start):
        sides.append((before.group(1), before.group(2)))
    if after := _OR_AFTER.match(text, end):
        sides.append((after.group(2), after.group(1)))
    ors = _folded(code, "OR_WORDS")
    return any(fold(joiner) in ors and parse_quantity(word, code).value is not None for word, joiner in sides)


def count_unit(text: str, end: int, code: str) -> str:
    """The COUNT unit class for a value ending at `end` ("other" when unknown)."""
    found = counted_noun(text, end, code)
    return found[0] if found else "other"


def last_word(text: str) -> tuple[int, int, str] | None:
    """The last run of non-space characters of `text`: (start, end, word)."""
    stripped = text.rstrip()
    if not stripped:
        return None
    start = len(stripped)
    while start and not stripped[start - 1].isspace():
        start -= 1
    return start, len(stripped), stripped[start:]


def next_word(text: str, end: int) -> tuple[int, int, str] | None:
    m = _WORD_RE.search(text, end, min(len(text), end + 60))
    if m and not text[end:m.start()].strip():
        return m.start(), m.end(), m.group()
    return None


@lru_cache(maxsize=None)
def range_join(code: str) -> "re.Pattern[str] | None":
    """What may stand between the two values of a range, spaces around it
    (`RANGE_WORDS` of the language, longest first); None without any."""
    found = sorted(getattr(cues(code), "RANGE_WORDS", ()), key=len, reverse=True)
    if not found:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in found)
    return re.compile(rf"\s*(?:{alternatives})\s*")


def between_joiner(text: str, start: int, code: str) -> str | None:
    """The word joining the two ends of "between A and B" when the words right
    before `start` open one (`RANGE_BETWEEN`: "mellom" -> "og", "بين" -> "و");
    None otherwise."""
    before = [fold(w) for w in text[max(0, start - 20):start].split()]
    for first, joiner in getattr(cues(code), "RANGE_BETWEEN", ()):
        words = [fold(w) for w in first.split()]
        if before[-len(words):] == words:
            return joiner
    return None


def prev_word(text: str, start: int) -> tuple[int, int, str] | None:
    head = text[max(0, start - 60):start]
    last = last_word(head)
    if last is None:
        return None
    off = start - len(head)
    return off + last[0], off + last[1], last[2]


def is_time_unit(word: str, code: str) -> bool:
    return fold(strip_clitic(word, code)) in _folded(code, "TIME_UNITS") or fold(word) in _folded(code, "TIME_UNITS")


def is_month(word: str, code: str) -> bool:
    return fold(strip_clitic(word, code)) in _folded(code, "MONTHS") or fold(word) in _folded(code, "MONTHS")


def is_id_marker(word: str, code: str) -> bool:
    return fold(word) in _folded(code, "ID_MARKERS")


# ------------------------------------------------------------------ qualifier

def qualifier(text: str, start: int, end: int, code: str) -> str | None:
    """more_than, less_than, about, at_least, at_most or None.

    Before the value: "lebih dari 1.876 miliar", "mer enn 1 million", "أكثر من
    95%". After it (and its counted noun): "95 مليار دونج تقريبًا". A cue that
    states a margin over a comparison ("melebihi 2,77% dibandingkan dengan
    target") bounds nothing: None.
    """
    before = _clause_before(text, start)
    hit = _ends_with(before, code, "QUALIFIERS_BEFORE")
    if hit:
        phrase, value = hit
        if phrase in {fold(c) for c in cues(code).EXCEED_CUES}:
            tail = text[end:end + 80]
            noun = counted_noun(text, end, code)
            if noun:
                tail = text[noun[2]:noun[2] + 80]
            if _starts_with(tail, code, "COMPARISON_CUES"):
                return None
        return value
    after_end = end
    noun = counted_noun(text, end, code)
    if noun:
        after_end = noun[2]
    hit = _starts_with(text[after_end:after_end + 40], code, "QUALIFIERS_AFTER")
    return hit[1] if hit else None


@lru_cache(maxsize=None)
def _change_fillers(code: str) -> frozenset[str]:
    """Words that may stand between a change cue and its value: fillers and qualifier words."""
    return _folded(code, "CHANGE_FILLERS") | {w for q in cues(code).QUALIFIERS_BEFORE for w in fold(q).split()}


def change(text: str, start: int, end: int, code: str) -> str | None:
    """increase / decrease when the value is a change ("meningkat 12,8%",
    "6 000 flere enn", "200 ألف مشترك إضافي"); a level reached by a change
    is not one ("ارتفعت إلى 36.8 مليار", "naik menjadi 12%": None)."""
    noun = counted_noun(text, end, code)
    for pos in (end, noun[2] if noun else None):
        if pos is not None:
            hit = _starts_with(text[pos:pos + 40], code, "CHANGE_AFTER")
            if hit:
                return hit[1]
    before = _clause_before(text, start)
    fillers = _change_fillers(code)
    levels = _folded(code, "CHANGE_LEVEL_WORDS")
    others = 0
    for _ in range(5):
        hit = _ends_with(before, code, "CHANGE_CUES")
        if hit:
            return hit[1]
        last = last_word(before)
        if last is None or any(ch.isdigit() for ch in last[2]):
            return None
        if fold(last[2]) in levels and not _ends_with(before, code, "QUALIFIERS_BEFORE"):
            return None  # "ارتفعت إلى": the level reached ("تصل إلى" is a qualifier, read on)
        if fold(last[2]) not in fillers:
            others += 1
            if others > 2:
                return None
        before = before[:last[0]]
    return None


def per(text: str, start: int, end: int, code: str) -> str | None:
    """What the value is given per ("/tahun" → year, "per kapita" → person)."""
    for pos in (end, (counted_noun(text, end, code) or (None, None, None))[2]):
        if pos is None:
            continue
        after = text[pos:pos + 40]
        hit = _starts_with(after if after.startswith("/") else after, code, "PER_WORDS")
        if hit:
            return hit[1]
    return None


# ---------------------------------------------------------------- target / plan

@lru_cache(maxsize=None)
def _plan_share_re(code: str) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(cues(code).PLAN_SHARE_AFTER) + ")", re.I)


@lru_cache(maxsize=None)
def _target_re(code: str) -> re.Pattern[str]:
    alts = sorted(
        (re.escape(fold(c)).replace(r"\ …\ ", r"(?:\s+\S+){0,4}\s+") for c in cues(code).TARGET_CUES),
        key=len, reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def is_plan_share(text: str, end: int, code: str) -> bool:
    """"92,05 % av planen": a share of a plan, not a target."""
    return bool(_plan_share_re(code).match(fold(text[end:end + 80])))


def target_cue(sentence: str, start: int, end: int, code: str) -> str | None:
    """The target cue that governs the value at [start, end) of `sentence`, if any.

    The cue must come before the value in the same sentence, after the last
    semicolon and after any "share of a plan" phrase; "X % av planen" is never
    a target.
    """
    if is_plan_share(sentence, end, code):
        return None
    head = fold(sentence[:start])
    cut = max(head.rfind(";"), head.rfind("؛"))
    for m in _plan_share_re(code).finditer(head):
        cut = max(cut, m.end())
    found = None
    for m in _target_re(code).finditer(head, cut + 1 if cut >= 0 else 0):
        found = m.group()
    return found


# --------------------------------------------------------------- subject/period

@lru_cache(maxsize=None)
def _period_res(code: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in cues(code).PERIOD_PATTERNS)


@lru_cache(maxsize=1024)  # asked once per value, the same for every value of a sentence
def period(sentence: str, code: str) -> str | None:
    """The time reference of a sentence ("6 bulan pertama tahun 2025")."""
    for rx in _period_res(code):
        m = rx.search(sentence)
        if m:
            return m.group().strip(" ,،")
    return None


def subject(sentence: str, start: int, end: int, code: str) -> str | None:
    """A short phrase naming what is measured.

    After the value and its counted noun when a participation phrase follows
    ("133.439 orang peserta jaminan sosial wajib", "4 millioner mennesker som
    deltar i helsetrygd"); else the words before the value back to a verb or
    clause break ("Jumlah peserta jaminan sosial adalah 155.934 orang").
    """
    ctx = cues(code)
    noun = counted_noun(sentence, end, code)
    pos = noun[2] if noun else end
    after = sentence[pos:pos + 120]
    stops = _folded(code, "SUBJECT_STOPS")
    # participation phrase after the value
    for intro in sorted(ctx.SUBJECT_AFTER_INTRO, key=len, reverse=True):
        m = re.match(r"[ ,]*" + re.escape(intro) + r"\s+", after, re.I)
        if m:
            ws = words(after, m.end())
            phrase = _take_words(after, ws, stops, limit=4)
            if phrase:
                return phrase
    if noun:
        ws = words(sentence, noun[2])
        if ws and fold(ws[0][2]) in _folded(code, "SUBJECT_AFTER_HEADS") and ws[0][0] - noun[2] <= 1:
            return _take_words(sentence, ws, frozenset({"yang", "di", "dan", "dengan", "untuk", "pada"}), limit=5)
    # backwards from the value
    before = _clause_before(sentence, start)
    off = start - len(before)
    ws = words(sentence, off, start)
    picked: list[tuple[int, int, str]] = []
    edge = start
    for w in reversed(ws):
        gap = sentence[w[1]:edge]
        if picked and gap.strip(" -"):
            break  # a number or punctuation ends the phrase
        edge = w[0]
        f = fold(w[2])
        if f in stops or len(f) == 1:
            if picked:
                break
            continue
        picked.append(w)
        if len(picked) >= 4:
            break
    if not picked:
        return None
    picked.reverse()
    s, e = picked[0][0], picked[-1][1]
    phrase = sentence[s:e].strip(" ,")
    if "," in phrase:
        phrase = phrase.rsplit(",", 1)[1].strip()
    return phrase or None


def _take_words(text: str, ws: list[tuple[int, int, str]], stops: frozenset[str], limit: int) -> str | None:
    picked = []
    prev_end = ws[0][0] if ws else 0
    for w in ws:
        if text[prev_end:w[0]].strip():
            break
        if fold(w[2]) in stops:
            break
        picked.append(w)
        prev_end = w[1]
        if len(picked) >= limit:
            break
    if not picked:
        return None
    return text[picked[0][0]:picked[-1][1]]
