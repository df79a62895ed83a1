"""Read a value expression ("1.876 miliar VND", "2,299 millioner", "12 مليونا و450 ألف")
into a `Quantity(value, unit, kind, warnings)`.

Language-neutral: everything a language contributes comes from the tables in
metricner.lang.<code>.numbers. The rule throughout: never a wrong number.
Where the tables or the language's conventions give no single reading, the
value is None and `warnings` says why.

    >>> parse_quantity("1.876 miliar VND", "id")
    Quantity(value=1876000000000, unit='VND', kind='money', warnings=())
    >>> parse_quantity("4,6 billioner dong", "nb").value
    4600000000000
    >>> parse_quantity("1.5", "nb").value is None     # "." groups thousands in nb
    True
    >>> parse_quantity("1.5", "nb", decimal_mark=".").value
    1.5
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from metricner import lang as _lang
from metricner.numbers.iso4217 import ISO_4217
from metricner.schema import Quantity
from metricner.textnorm import normalize

__all__ = ["parse_quantity", "read_numeral"]

# Arabic short vowels, tanween, shadda, sukun and the superscript alef are
# spelling aids; numbers read the same without them.
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_CENT = Decimal("0.01")


def _fold(s: str) -> str:
    return _HARAKAT.sub("", s).lower()


@dataclass(frozen=True)
class _Lexicon:
    code: str
    decimal_mark: str
    group_marks: tuple[str, ...]
    phrases: dict[tuple[str, ...], dict[str, Any]]
    max_words: int
    token_re: re.Pattern[str]
    plural_scales: frozenset[str]
    dual_scales: dict[str, int]
    self_counting: frozenset[str]
    ambiguous: dict[str, str]
    clitics: tuple[str, ...]


_SYMBOLS = r"(?i:us\$)|[%$€£/()\-+–—]"


def _token_re(group_marks: tuple[str, ...]) -> re.Pattern[str]:
    # A numeral: digits joined by marks; a space joins only when a group of
    # three digits follows (and only where the language groups with spaces).
    space = r"|[ ](?=\d{3}(?!\d))" if " " in group_marks else ""
    literal = rf"\d+(?:(?:[.,'’_]{space})\d+)*"
    word = r"[^\W\d_]+\.?"
    return re.compile(rf"(?P<num>{literal})|(?P<sym>{_SYMBOLS})|(?P<word>{word})|(?P<space>\s+)|(?P<other>.)")


_KEY_TOKENS = _token_re(())


def _add(phrases: dict, key: str, category: str, payload: Any) -> None:
    # a table key is cut into tokens as text is ("ر.ع" -> "ر.", "ع"; "kr." stays one)
    words = tuple(m.group() for m in _KEY_TOKENS.finditer(_fold(key)) if m.lastgroup != "space")
    phrases.setdefault(words, {})[category] = payload


@lru_cache(maxsize=None)
def _lexicon(code: str) -> _Lexicon:
    t = _lang.get(code).numbers
    phrases: dict[tuple[str, ...], dict[str, Any]] = {}
    for table, cat in (
        (t.NUMBER_WORDS, "num"), (t.MULTIPLIER_WORDS, "mult"), (t.SCALE_WORDS, "scale"),
        (t.CURRENCIES, "currency"), (t.UNRESOLVED_CURRENCIES, "unresolved"),
        (t.PERCENT_WORDS, "percent"), (t.MULTIPLE_WORDS, "multiple"),
        (t.FRACTION_WORDS, "fraction"),
    ):
        for key, value in table.items():
            _add(phrases, key, cat, value)
    for key in t.VAGUE_WORDS:
        _add(phrases, key, "vague", key)
    for key in t.CONJUNCTIONS:
        _add(phrases, key, "conj", key)
    for key in t.RATIO_CONNECTORS:
        _add(phrases, key, "ratio", key)
    return _Lexicon(
        code=code,
        decimal_mark=t.DECIMAL_MARK,
        group_marks=tuple(t.GROUP_MARKS),
        phrases=phrases,
        max_words=max(len(k) for k in phrases),
        token_re=_token_re(tuple(t.GROUP_MARKS)),
        plural_scales=frozenset(_fold(w) for w in t.PLURAL_SCALE_WORDS),
        dual_scales={_fold(w): n for w, n in t.DUAL_SCALE_WORDS.items()},
        self_counting=frozenset(_fold(w) for w in t.SELF_COUNTING_SCALES),
        ambiguous={_fold(w): msg for w, msg in t.AMBIGUOUS_ABBREVIATIONS.items()},
        clitics=tuple(_fold(c) for c in t.PREFIX_CLITICS),
    )


class _Unreadable(Exception):
    """The expression has no single safe reading; the message says why."""


def read_numeral(s: str, decimal_mark: str, group_marks: tuple[str, ...], lang: str = "") -> Decimal:
    """Digits with grouping and decimal marks -> Decimal, or _Unreadable.

    The decimal mark may occur once, after every grouping mark; one kind of
    grouping mark per numeral; groups after the first have three digits.
    """
    marks = [(i, ch) for i, ch in enumerate(s) if not ch.isdigit()]
    if not marks:
        return Decimal(s)
    where = f" in {lang}" if lang else ""
    for _, ch in marks:
        if ch != decimal_mark and ch not in group_marks:
            raise _Unreadable(
                f"{s!r}: {ch!r} is neither a grouping mark ({' or '.join(map(repr, group_marks))}) "
                f"nor the decimal mark ({decimal_mark!r}){where}"
            )
    decimals = [i for i, ch in marks if ch == decimal_mark]
    if len(decimals) > 1:
        raise _Unreadable(f"{s!r}: the decimal mark {decimal_mark!r}{where} occurs more than once")
    if decimals and decimals[0] != marks[-1][0]:
        raise _Unreadable(f"{s!r}: conflicting marks, a grouping mark follows the decimal mark {decimal_mark!r}{where}")
    int_part, frac = (s[: decimals[0]], s[decimals[0] + 1:]) if decimals else (s, "")
    used = {ch for _, ch in marks if ch != decimal_mark}
    if len(used) > 1:
        raise _Unreadable(f"{s!r}: mixes grouping marks {' and '.join(map(repr, sorted(used)))}")
    if used:
        mark = used.pop()
        groups = int_part.split(mark)
        if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
            raise _Unreadable(
                f"{s!r}: {mark!r} groups thousands{where}, but the digit groups "
                f"{'/'.join(groups)} are not groups of three"
            )
        int_part = "".join(groups)
    return Decimal(f"{int_part}.{frac}" if frac else int_part)


@dataclass
class _Tok:
    kind: str  # num, word, sym, other
    text: str  # folded
    raw: str  # as written (after textnorm)


def _tokenize(lex: _Lexicon, text: str) -> list[_Tok]:
    toks = []
    for m in lex.token_re.finditer(text):
        kind = m.lastgroup
        if kind == "space":
            continue
        raw = m.group()
        toks.append(_Tok(kind, _fold(raw), raw))
    return toks


@dataclass
class _Item:
    cats: dict[str, Any]
    surface: str
    value: Decimal | None = None  # numerals


def _lookup(lex: _Lexicon, words: tuple[str, ...]) -> dict[str, Any] | None:
    hit = lex.phrases.get(words)
    if hit is None and words[-1].endswith(".") and len(words[-1]) > 1:
        hit = lex.phrases.get(words[:-1] + (words[-1][:-1],))
    return hit


def _items(lex: _Lexicon, toks: list[_Tok], decimal_mark: str, group_marks: tuple[str, ...]) -> list[_Item]:
    out: list[_Item] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "num":
            out.append(_Item({"numeral": True}, tok.raw, read_numeral(tok.text, decimal_mark, group_marks, lex.code)))
            i += 1
            continue
        if tok.kind == "other":
            raise _Unreadable(f"unexpected character {tok.raw!r}")
        # longest phrase of words/symbols starting here
        for n in range(min(lex.max_words, len(toks) - i), 0, -1):
            span = toks[i:i + n]
            if any(t.kind == "num" for t in span):
                continue
            hit = _lookup(lex, tuple(t.text for t in span))
            if hit is not None:
                out.append(_Item(hit, " ".join(t.raw for t in span)))
                i += n
                break
        else:
            if tok.kind == "sym":
                out.append(_Item({"sym": tok.text}, tok.raw))
            else:
                out.extend(_word_item(lex, tok))
            i += 1
    return out


def _word_item(lex: _Lexicon, tok: _Tok) -> list[_Item]:
    # a conjunction glued to a word ("ونصف", "وعشرون")
    for c in lex.clitics:
        if tok.text.startswith(c) and len(tok.text) > len(c):
            rest = _lookup(lex, (tok.text[len(c):],))
            if rest is not None:
                return [_Item({"conj": c}, c), _Item(rest, tok.raw[len(c):])]
    if len(tok.raw) == 3 and tok.raw.isascii() and tok.raw.isupper():
        code = tok.raw
        return [_Item({"currency": code if code in ISO_4217 else None, "code": code}, tok.raw)]
    return [_Item({"unknown": tok.raw}, tok.raw)]


def _place(d: Decimal) -> Decimal:
    """Largest power of ten dividing a whole number (20 -> 10, 100 -> 100)."""
    if d != d.to_integral_value() or d == 0:
        return Decimal(1)
    n, p = int(d), 1
    while n % 10 == 0:
        n //= 10
        p *= 10
    return Decimal(p)


@dataclass
class _State:
    total: Decimal = Decimal(0)
    acc: Decimal = Decimal(0)
    pending: Decimal | None = None
    pending_numeral: bool = False  # pending came from digits
    last_scale: int | None = None
    numeric: bool = False
    fraction_only: Decimal | None = None
    conj_before: bool = False
    warnings: list[str] = field(default_factory=list)


def _evaluate(lex: _Lexicon, items: list[_Item]) -> tuple[Decimal | None, _State]:
    """Sum of number words, numerals, fractions and scale words."""
    st = _State()
    for it in items:
        c = it.cats
        conj = st.conj_before
        st.conj_before = False
        if "numeral" in c or ("num" in c and not ("mult" in c and st.pending is not None)):
            new = it.value if "numeral" in c else Decimal(c["num"])
            is_numeral = "numeral" in c
            if st.pending is None:
                st.pending, st.pending_numeral = new, is_numeral
            elif is_numeral or st.pending_numeral:
                raise _Unreadable(f"two numbers side by side ({st.pending} and {it.surface!r})")
            elif conj and st.pending < 10 and new % 10 == 0 and 20 <= new < 100:
                st.pending += new  # Arabic "خمسة وعشرون" = 5 + 20
            elif new < _place(st.pending):
                st.acc += st.pending
                st.pending = new
            else:
                raise _Unreadable(f"number words out of order near {it.surface!r}")
            st.numeric = True
        elif "mult" in c:
            if st.pending is None:
                st.pending = Decimal(c["mult"])
            elif st.pending < 10:
                st.pending *= c["mult"]
            else:
                raise _Unreadable(f"{it.surface!r} cannot multiply {st.pending}")
            st.numeric = True
        elif "fraction" in c:
            frac = Decimal(c["fraction"])
            if conj and st.pending is None and not st.acc and st.last_scale is not None:
                st.total += frac * st.last_scale  # "سبعة ملايين ونصف" = 7.5 million
                st.fraction_only = None
                continue
            st.pending = (st.pending or Decimal(0)) + frac
            st.numeric = True
            st.fraction_only = frac if st.fraction_only is None and not st.total and not st.acc else None
            continue
        elif "scale" in c:
            scale = int(c["scale"])
            word = _fold(it.surface)
            if st.pending is None and not st.acc:
                if word in lex.plural_scales:
                    raise _Unreadable(f"{it.surface!r} without a number names no value (vague quantity)")
                n = Decimal(lex.dual_scales.get(word, 1))
            else:
                n = st.acc + (st.pending or 0)
            if st.last_scale is not None and scale >= st.last_scale:
                raise _Unreadable(f"scale words out of order near {it.surface!r}")
            if word in lex.ambiguous:
                st.warnings.append(lex.ambiguous[word])
            st.total += n * scale
            st.acc, st.pending, st.pending_numeral, st.last_scale = Decimal(0), None, False, scale
            st.numeric = True
        elif "conj" in c:
            st.conj_before = True
            continue
        else:
            continue
        st.fraction_only = None
    if not st.numeric:
        return None, st
    return st.total + st.acc + (st.pending or 0), st


def _number(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _round_percent(d: Decimal, warnings: list[str], what: str) -> Decimal:
    if d == d.quantize(_CENT):
        return d
    r = d.quantize(_CENT)
    warnings.append(f"{what} is {d.normalize():.6f}...; rounded to {r}")
    return r


def _fail(kind: str, unit: str | None, *why: str) -> Quantity:
    return Quantity(None, unit, kind, tuple(why))


def parse_quantity(
    text: str,
    lang: str,
    *,
    decimal_mark: str | None = None,
    kind: str | None = None,
) -> Quantity:
    """Parse one value expression in `lang` ("id", "nb" or "ar").

    decimal_mark: "." or "," when the document settles the convention (for
    example a Norwegian text that writes "1.5 %" throughout); it overrides the
    language's decimal mark, and the other of "." and "," (plus a space where
    the language groups with spaces) becomes the grouping mark.
    kind: the kind the caller expects ("count", "rate", "money"), used only
    to read an unknown word next to the number as an unknown currency.
    """
    if not isinstance(lang, str) or lang not in _lang.SUPPORTED:
        raise _lang.UnsupportedLanguage(lang)
    lex = _lexicon(lang)
    dec, groups = lex.decimal_mark, lex.group_marks
    if decimal_mark is not None:
        if decimal_mark not in (".", ","):
            raise ValueError(f"decimal_mark must be '.' or ',', not {decimal_mark!r}")
        dec = decimal_mark
        groups = tuple(g for g in ("." if dec == "," else ",", " ") if g != " " or " " in lex.group_marks)
    norm = _HARAKAT.sub("", normalize(text).text).strip()
    guess_kind = kind or "count"
    if not norm:
        return _fail(guess_kind, None, "empty expression")
    try:
        toks = _tokenize(lex, norm)
        toks = _strip_brackets(toks)
        items = _items(lex, toks, dec, groups)
        return _interpret(lex, items, kind)
    except _Unreadable as e:
        return _fail(_kind_of(norm, lex, kind), None, str(e))


def _kind_of(norm: str, lex: _Lexicon, kind: str | None) -> str:
    """Best kind for an unreadable expression, from its currency/percent words."""
    if kind:
        return kind
    cats: set[str] = set()
    for tok in _tokenize(lex, norm):
        cats.update(_lookup(lex, (tok.text,)) or ())
    if "currency" in cats or "unresolved" in cats:
        return "money"
    if "percent" in cats or "fraction" in cats:
        return "rate"
    return "count"


def _strip_brackets(toks: list[_Tok]) -> list[_Tok]:
    texts = [t.text for t in toks]
    if len(toks) >= 2 and texts[0] == "(" and texts[-1] == ")" and texts.count("(") == 1 and texts.count(")") == 1:
        return toks[1:-1]  # "(64%)": the whole expression in brackets
    out = []
    i = 0
    while i < len(toks):
        # "(5) مليارات ريال": only the numeral in brackets
        if texts[i] == "(" and i + 2 < len(toks) and toks[i + 1].kind == "num" and texts[i + 2] == ")":
            out.append(toks[i + 1])
            i += 3
            continue
        if texts[i] in ("(", ")"):
            raise _Unreadable("unbalanced or nested brackets")
        out.append(toks[i])
        i += 1
    return out


def _interpret(lex: _Lexicon, items: list[_Item], kind_hint: str | None) -> Quantity:
    warnings: list[str] = []
    sign = 1
    # leading sign
    if items and items[0].cats.get("sym") in ("-", "+"):
        sign = -1 if items[0].cats["sym"] == "-" else 1
        items = items[1:]
    for it in items:
        if "vague" in it.cats and len(it.cats) == 1:
            raise _Unreadable(f"{it.surface!r} is a vague quantity, not a value")
        if it.cats.get("sym") in ("–", "—", "-"):
            raise _Unreadable("a range holds two values; parse each end separately")
    # "180/180": the numerator, the denominator named in a warning
    syms = [i for i, it in enumerate(items) if it.cats.get("sym") == "/"]
    if syms:
        i = syms[0]
        if (len(syms) == 1 and 0 < i < len(items) - 1 and "numeral" in items[i - 1].cats
                and "numeral" in items[i + 1].cats):
            num, den = items[i - 1].value, items[i + 1].value
            warnings.append(f"'{items[i - 1].surface}/{items[i + 1].surface}': read the numerator {num}; the denominator is {den}")
            items = items[:i] + items[i + 2:]
        else:
            raise _Unreadable("'/' is not between two numerals")
    # "ett av fem" = 20 %
    ratios = [i for i, it in enumerate(items) if "ratio" in it.cats and len(it.cats) == 1]
    if ratios:
        i = ratios[0]
        left, _ = _evaluate(lex, items[:i])
        right, _ = _evaluate(lex, items[i + 1:])
        if left is None or right is None or right == 0 or any(
            not ({"numeral", "num", "mult", "conj"} & set(it.cats)) for it in items[:i] + items[i + 1:]
        ):
            raise _Unreadable(f"{items[i].surface!r} joins no two numbers")
        pct = _round_percent(left / right * 100, warnings, f"{left} {items[i].surface} {right}")
        return Quantity(_number(sign * pct), "%", "rate", tuple(warnings))

    currency: str | None = None
    currency_seen = False
    unit: str | None = None
    multiple: int | None = None
    unknown: list[str] = []
    numeric_items: list[_Item] = []
    for it in items:
        c = it.cats
        if "currency" in c and not ({"num", "numeral", "scale", "fraction"} & set(c)):
            code = c["currency"]
            if code is None:
                warnings.append(f"{c['code']!r} is not an ISO 4217 currency this parser knows; unit left empty")
            elif currency_seen and currency not in (None, code):
                raise _Unreadable(f"two currencies ({currency} and {code})")
            currency = code if code is not None else currency
            currency_seen = True
        elif "unresolved" in c:
            warnings.append(c["unresolved"])
            currency_seen = True
        elif "percent" in c and not ({"num", "numeral", "scale"} & set(c)):
            u = c["percent"]
            if unit not in (None, u):
                raise _Unreadable(f"conflicting percent units ({unit} and {u})")
            unit = u
        elif "multiple" in c and not ({"num", "numeral", "scale"} & set(c)):
            multiple = int(c["multiple"])
            unit = unit or "times"
        elif "unknown" in c:
            unknown.append(c["unknown"])
        elif "sym" in c:
            raise _Unreadable(f"unexpected {c['sym']!r}")
        else:
            numeric_items.append(it)
    value, st = _evaluate(lex, numeric_items)
    warnings = st.warnings + warnings
    if unknown:
        if kind_hint == "money" and not currency_seen:
            warnings.append(f"unknown currency {' '.join(unknown)!r}; unit left empty")
            currency_seen = True
        else:
            raise _Unreadable(f"unrecognised word(s) {', '.join(map(repr, unknown))}")
    if currency_seen and unit is not None:
        raise _Unreadable(f"both a currency and a percent form ({unit})")
    if value is None:
        if multiple is not None:
            value = Decimal(multiple)
        else:
            raise _Unreadable("no number in the expression")
    elif multiple is not None and unit == "times":
        pass  # "1.5 ضعف": the word is the unit
    if st.fraction_only is not None and unit is None and not currency_seen:
        pct = _round_percent(st.fraction_only * 100, warnings, "the fraction in percent")
        return Quantity(_number(sign * pct), "%", "rate", tuple(warnings))
    value = sign * value
    if currency_seen:
        return Quantity(_number(value), currency, "money", tuple(warnings))
    if unit is not None:
        return Quantity(_number(value), unit, "rate", tuple(warnings))
    return Quantity(_number(value), None, kind_hint if kind_hint == "count" else "count", tuple(warnings))
