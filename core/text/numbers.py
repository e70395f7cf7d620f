"""Numbers in running text: every mention with its span and value, then the figures a claim sees.

``find_numbers`` reads digits ("13,000", "1 234 567", "1.2b", "3/4", "1.3e6") and English number
words ("twenty-six", "two hundred and two thousand", "a dozen", "two thirds", "one over three",
"nine point nought four", "three lakh crore"), alone or mixed ("3 hundred and 21", "2 million").
It is a small grammar over tokens: a compiled regex finds where a number may start, a lazy
tokenizer reads the words and digit groups from there, and ``_parse_value`` keeps the longest
reading. The vocabulary is data (``rules/number_words.json``). Measured against Microsoft
Recognizers-Text's English number suite in ``tests/core/test_numbers.py``.

What it deliberately does not read, as in that suite: digits glued to a unit ("29km", "1m",
"5th"; but "$3m" after a currency sign is three million), ordinals on their own ("the
first"), "one" as a pronoun ("the one you mentioned"), "a" without a count word after it.
Whether a number is a year, a date or an age is the extractor's question, not this module's.

``find_amounts`` turns the mentions into figures as a claim states them: the qualifier phrase
before or after the number ("at least 26", "20 or more"), ranges ("between 20 and 30",
"20-30", "two or three"; "2-3 million" counts both ends in millions; "rose from 20 to 30" is
two figures, not a range), and vague amounts ("dozens", "tens of thousands"), each with its
interval from ``core.text.qualifiers.interval``. A minus before a number at the start of a line
followed by a blank ("- 20 people") is a list bullet there, not a sign. Bare "no", "none"
and "several" are not amounts here: "several" counts only as a modifier of a unit ("several
dozen" reads like "dozens").
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from core.model import Qualifier
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.qualifiers import QualifierTable, interval, qualifier_table


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: ``text == source[start:end]`` (str offsets, end exclusive)."""

    start: int
    end: int
    text: str
    value: float


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure as a claim states it.

    ``start``/``end``/``text`` cover the qualifier phrase and the number(s) ("At least 26",
    "between 20 and 30", "several dozen"); ``number_start``/``number_end`` the bare number(s)
    ("26", "20 and 30", "dozen"). ``value`` is the stated figure, the low end of a range
    (``high_value`` the high end) or the unit of a vague amount ("dozens": 12). ``low``/``high``
    is the interval it asserts (``core.text.qualifiers.interval``; None is an open end).
    """

    start: int
    end: int
    text: str
    value: float
    qualifier: Qualifier
    low: float | None
    high: float | None
    number_start: int
    number_end: int
    high_value: float | None = None
    # Lexical facts for the extractor: written in digits ("26", "13,000", "10k"), not words
    is_digits: bool = False


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Vocab:
    units: dict[str, float]
    teens: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    dozens: dict[str, float]
    articles: frozenset[str]
    signs: frozenset[str]
    zero_words: frozenset[str]
    ordinals: dict[str, float]  # singular form → denominator
    plurals: dict[str, str]  # plural form → singular form
    not_lone: frozenset[str]
    one_determiners: frozenset[str]
    suffixes: dict[str, float]


def _load_vocab() -> _Vocab:
    raw: dict[str, Any] = load_rules("number_words")
    return _Vocab(
        units=raw["units"],
        teens=raw["teens"],
        tens=raw["tens"],
        scales={**raw["scales"]},
        dozens=raw["dozens"],
        articles=frozenset(raw["articles"]),
        signs=frozenset(raw["signs"]),
        zero_words=frozenset(raw["zero_words"]),
        ordinals=raw["ordinals"],
        plurals=raw["ordinal_plurals"],
        not_lone=frozenset(raw["not_lone_denominators"]),
        one_determiners=frozenset(raw["one_determiners"]),
        suffixes=raw["suffixes"],
    )


_V: Final = _load_vocab()
_UNIT_ORDINALS: Final = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
)


def _trie(words: set[str] | list[str]) -> str:
    """A regex alternation shaped as a trie: fails fast on the many words that are no number."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


# "a"/"an" start a number only before a count word ("a dozen", "a third", "a hundred")
_AFTER_ARTICLE = {
    "hundred",
    *_V.scales,
    *_V.dozens,
    *_V.ordinals,
    *_V.plurals,
    *_V.tens,
} - set(_V.not_lone)
_START_WORDS = {*_V.units, *_V.teens, *_V.tens, *_V.signs, "half", "quarter"}
# Where a number may start, matched in lower-cased text: a digit not glued to a word, or a
# number word
_ANCHOR_SOURCE = (
    r"(?<!\w)(?P<d>\d)|\b(?:"
    + _trie(_START_WORDS)
    + r"|an?(?=[ \t]+(?:"
    + _trie(_AFTER_ARTICLE)
    + r")\b))\b"
)
_ANCHOR: Final = re.compile(_ANCHOR_SOURCE)
_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SUFFIX_ALT = "|".join(sorted(map(re.escape, _V.suffixes), key=len, reverse=True))
_DIGITS: Final = re.compile(
    r"""
    (?:
        (?<!/)(?<!\d-)(?P<mw>\d+)[ \t]+(?P<mn>\d+)/(?P<md>\d+)(?![/\d])
      | (?<!/)(?<!\d-)(?P<fn>\d+)/(?P<fd>\d+)(?![/\d])
      | (?:
            (?P<grp>\d{1,3}(?:,\d{3})+(?!\d)
              | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)
              | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){2,}(?!\d)
              | \d{1,3}[ ]000(?!\d))
            (?P<gdec>\.\d+(?!\d|\.\d))?
          | (?P<int>\d+)(?:(?P<dec>\.\d+(?!\d|\.\d))|,(?P<cdec>\d{1,2})(?!\d|,\d))?
          | (?P<bare>\.\d+(?!\d|\.\d))
        )
        (?:[eE](?P<exp>[+-]?\d+)|\^(?P<caret>[+-]*\d+))?
        (?:(?P<suf>"""
    + _SUFFIX_ALT
    + r""")(?!\w)|[ \t]+(?P<ssuf>[kKMG])(?!\w))?
    )
    """,
    re.VERBOSE,
)
_SEPARATORS: Final = re.compile(r"[,\s\u00a0\u202f\u2009]")
# Between two tokens of one number: blanks with at most one line break
_GAP: Final = re.compile(r"[ \t\u00a0\u202f\u2009]*(?:\r?\n[ \t\u00a0\u202f\u2009]*)?")
_WORD: Final = re.compile(r"[A-Za-z]+")
_HYPHENS: Final = frozenset("-\u2010\u2011")
_MINUS: Final = frozenset("-\u2212")
_CURRENCY: Final = re.compile(r"[$£€¥₹][ \u00a0]?\Z")
_PREV_WORD: Final = re.compile(r"([A-Za-z]+)[\s\u00a0]+\Z")


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    kind: str  # "w" word, "n" digits, "h" hyphen
    word: str = ""  # lower-cased word
    value: float = 0.0
    open: bool = True  # digits that may take a count word after them ("2 million")
    whole: bool = True  # digits without a decimal part
    scale: float = 1.0  # the multiplier written after the digits ("10k": 1000)


def _read_digits(text: str, pos: int) -> _Tok | None:
    """The digit number at ``pos``, or None when there is none (or it is glued to letters)."""
    m = _DIGITS.match(text, pos)
    if m is None or m.end() == pos:
        return None
    end = m.end()
    g = m.groupdict()
    money_m = False
    if (
        text.startswith("m", end)
        and not (g["suf"] or g["ssuf"] or g["exp"] or g["caret"] or g["fn"] or g["mw"])
        and _CURRENCY.search(text, max(0, pos - 4), pos) is not None
    ):
        # "$3m", "£1.5m": after a currency sign "m" is million, elsewhere a metre ("1m")
        end += 1
        money_m = True
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return None  # "29km", "5th", "1990s", "1m": a unit or an ordinal, not a count
    if pos > 1 and text[pos - 1] in ".," and text[pos - 2].isdigit():
        # "192.168.1.2", "22,24,26,31": a link in a chain of numbers takes no decimal part
        plain = g["int"] or g["grp"]
        if plain is not None and (g["dec"] or g["cdec"] or g["gdec"]):
            end = m.end("int") if g["int"] else m.end("grp")
            value = float(_SEPARATORS.sub("", plain))
            return _Tok(pos, end, "n", value=value, open=False)
    closed = False
    whole = True
    scale = 1.0
    if g["mw"] is not None:
        den = int(g["md"])
        if den == 0:
            return None
        value = int(g["mw"]) + int(g["mn"]) / den
        closed = True
    elif g["fn"] is not None:
        den = int(g["fd"])
        if den == 0:
            return None
        value = int(g["fn"]) / den
        closed = True
    else:
        if g["grp"] is not None:
            digits = _SEPARATORS.sub("", g["grp"]) + (g["gdec"] or "")
        elif g["int"] is not None:
            digits = g["int"] + (g["dec"] or "") + ("." + g["cdec"] if g["cdec"] else "")
        else:
            digits = "0" + g["bare"]
        whole = "." not in digits
        value = float(digits)
        try:
            if g["exp"] is not None:
                value *= 10.0 ** int(g["exp"])
                closed = True
            elif g["caret"] is not None:
                power = g["caret"]
                exponent = int(power.lstrip("+-"))
                value = value ** (-exponent if power.count("-") % 2 else exponent)
                closed = True
        except (OverflowError, ZeroDivisionError):
            return None  # "1e999", "0^-1": not a figure anyone states
        suffix = g["suf"] or g["ssuf"]
        if suffix is not None:
            scale = _V.suffixes[suffix]
        elif money_m:
            scale = 1e6
        if scale != 1:
            value *= scale
            closed = True
    if not math.isfinite(value):
        return None
    return _Tok(pos, end, "n", value=value, open=not closed, whole=whole, scale=scale)


class _Stream:
    """Tokens read lazily from ``text`` after a first token."""

    __slots__ = ("text", "toks")

    def __init__(self, text: str, first: _Tok) -> None:
        self.text = text
        self.toks = [first]

    def get(self, i: int) -> _Tok | None:
        toks = self.toks
        while len(toks) <= i:
            nxt = self._next(toks[-1])
            if nxt is None:
                return None
            toks.append(nxt)
        return toks[i]

    def _next(self, prev: _Tok) -> _Tok | None:
        text = self.text
        gap = _GAP.match(text, prev.end)
        pos = gap.end() if gap else prev.end
        if pos >= len(text):
            return None
        ch = text[pos]
        spaced = pos > prev.end
        if ch in _HYPHENS:
            return _Tok(pos, pos + 1, "h")
        if ch.isascii() and ch.isalpha():
            if prev.kind == "n" and not spaced:
                return None
            m = _WORD.match(text, pos)
            assert m is not None
            return _Tok(pos, m.end(), "w", word=m.group().lower())
        if ch.isdigit() and spaced and prev.kind != "h":
            return _read_digits(text, pos)
        return None


# --------------------------------------------------------------------------- grammar

_START, _UNIT, _TEEN, _TENS, _TENS_UNIT, _DIGIT, _DEC, _ART = range(8)
_HUNDRED, _BIG, _DOZEN, _ZERO = range(8, 12)
_NEW_SUB: Final = frozenset((_HUNDRED, _BIG))
# Digits may continue a number after "hundred" (below 100) or a scale word (below 1000)
_DIGITS_AFTER: Final = {_HUNDRED: 100, _BIG: 1000}
_COUNTABLE: Final = frozenset((_UNIT, _TEEN, _TENS, _TENS_UNIT, _DIGIT, _DEC, _ART))


@dataclass(frozen=True, slots=True)
class _Int:
    end: int  # token index after the last token
    value: float
    last_big: float | None  # the last scale word ≥ thousand
    at_big: bool  # ends on that scale word ("two million")
    digit_led: bool  # starts with digits ("3 hundred")
    article: bool = False  # a bare "a"/"an", only a numerator ("a third")


def _parse_int(s: _Stream, i: int) -> list[_Int]:
    """Every reading of an integer starting at token ``i``: one per accepted prefix."""
    out: list[_Int] = []
    first = s.get(i)
    if first is None:
        return out
    digit_led = first.kind == "n"
    total = hund = sub = 0.0
    phase = _START
    last_big: float | None = None
    pending_and = False
    k = i
    while True:
        t = s.get(k)
        if t is None:
            break
        w = t.word
        nxt = phase
        if t.kind == "n":
            if phase == _START:
                sub = t.value
                nxt = (_DIGIT if t.whole else _DEC) if t.open else _ZERO
            elif t.open and t.whole and t.value < _DIGITS_AFTER.get(phase, 0):
                sub = t.value  # "3 hundred and 21", "4 thousand 3 hundred"
                nxt = _DIGIT
            else:
                break
        elif t.kind == "h":
            after = s.get(k + 1)
            if (
                phase == _TENS
                and after is not None
                and after.word in _V.units
                and after.word not in _V.zero_words
            ):
                sub += _V.units[after.word]
                k += 1
                nxt = _TENS_UNIT
            elif (
                phase in _COUNTABLE
                and phase != _DEC
                and after is not None
                and (after.word == "hundred" or after.word in _V.scales)
            ):
                # "three-hundred", "two-thousand": the hyphen joins the multiplier to its scale.
                k += 1
                continue
            else:
                break
        elif w == "and":
            if phase in _NEW_SUB and not pending_and:
                pending_and = True
                k += 1
                continue
            break
        elif w in _V.units:
            if phase == _START:
                sub = _V.units[w]
                nxt = _ZERO if w in _V.zero_words else _UNIT
            elif w in _V.zero_words:
                break
            elif phase == _TENS and not pending_and:
                sub += _V.units[w]
                nxt = _TENS_UNIT
            elif phase in _NEW_SUB:
                sub = _V.units[w]
                nxt = _UNIT
            else:
                break
        elif w in _V.teens or w in _V.tens:
            if phase == _START or phase in _NEW_SUB:
                sub = _V.teens.get(w) or _V.tens[w]
                nxt = _TEEN if w in _V.teens else _TENS
            else:
                break
        elif w in _V.articles:
            if phase != _START:
                break
            sub = 1.0
            nxt = _ART
        elif w == "hundred":
            if phase in _COUNTABLE and not hund and not pending_and:
                hund = sub * 100
                sub = 0.0
                nxt = _HUNDRED
            else:
                break
        elif w in _V.scales:
            scale = _V.scales[w]
            if pending_and:
                break
            if phase in _COUNTABLE or phase in (_HUNDRED, _DOZEN):
                if last_big is not None and scale >= last_big:
                    break
                total += (hund + sub) * scale
            elif phase == _BIG and last_big is not None and scale > last_big:
                total *= scale  # "three lakh crore"
            else:
                break
            hund = sub = 0.0
            last_big = scale
            nxt = _BIG
        elif w in _V.dozens:
            if phase in _COUNTABLE and phase != _DEC and not pending_and:
                sub *= 12
                nxt = _DOZEN
            else:
                break
        else:
            break
        phase = nxt
        pending_and = False
        k += 1
        if phase not in (_START, _ART):
            out.append(_Int(k, total + hund + sub, last_big, phase == _BIG, digit_led))
        if phase == _ZERO:
            break
    return out


@dataclass(frozen=True, slots=True)
class _Den:
    end: int
    value: float
    plural: bool


def _ordinal(word: str) -> tuple[float, bool] | None:
    if word in _V.ordinals:
        return _V.ordinals[word], False
    single = _V.plurals.get(word)
    if single is not None:
        return _V.ordinals[single], True
    return None


def _unit_ordinal(s: _Stream, k: int) -> tuple[int, float, bool] | None:
    """A compound ordinal ending at a unit ordinal: "fifth", "thirty fifths", "twenty-first"."""
    t = s.get(k)
    if t is None:
        return None
    if t.word in _V.tens:
        j = k + 1
        nxt = s.get(j)
        if nxt is not None and nxt.kind == "h":
            j += 1
            nxt = s.get(j)
        if nxt is not None:
            single = _V.plurals.get(nxt.word, nxt.word)
            if single in _UNIT_ORDINALS:
                value, plural = _ordinal(nxt.word) or (0.0, False)
                return j + 1, _V.tens[t.word] + value, plural
    found = _ordinal(t.word)
    if found is None or t.word in ("half", "halves", "quarter", "quarters"):
        return None
    return k + 1, found[0], found[1]


def _parse_den(s: _Stream, j: int) -> list[_Den]:
    """Denominators starting at token ``j``: "thirds", "thirty fifths", "one hundred fifth"."""
    out: list[_Den] = []
    t = s.get(j)
    if t is None:
        return out
    if t.kind == "h":
        j += 1
        t = s.get(j)
        if t is None:
            return out
    found = _ordinal(t.word)
    if found is not None and t.word not in _V.not_lone:
        out.append(_Den(j + 1, found[0], found[1]))
    compound = _unit_ordinal(s, j) if t.word in _V.tens else None
    if compound is not None:
        out.append(_Den(compound[0], compound[1], compound[2]))
    if t.word in ("one", "a", "an"):
        scale_tok = s.get(j + 1)
        if scale_tok is not None:
            scale = 100.0 if scale_tok.word == "hundred" else _V.scales.get(scale_tok.word)
            if scale is not None:
                k = j + 2
                if (a := s.get(k)) is not None and a.word == "and":
                    k += 1
                rest = _unit_ordinal(s, k)
                if rest is not None and rest[1] < scale:
                    out.append(_Den(rest[0], scale + rest[1], rest[2]))
    return out


def _point_decimals(s: _Stream, k: int) -> tuple[int, str] | None:
    """The digits after "point": "zero three", "nought four", "seventy-one", "eleven"."""
    t = s.get(k)
    if t is None:
        return None
    if t.word in _V.units:
        digits = ""
        while t is not None and t.word in _V.units:
            digits += str(int(_V.units[t.word]))
            k += 1
            t = s.get(k)
        return k, digits
    if t.word in _V.teens or t.word in _V.tens:
        for reading in reversed(_parse_int(s, k)):
            if reading.value < 100 and not reading.digit_led:
                return reading.end, str(int(reading.value))
    return None


def _fraction_at(s: _Stream, k: int) -> tuple[int, float] | None:
    """A small fraction after "and": "a half", "one half", "three quarters", "two thirds"."""
    t = s.get(k)
    if t is None:
        return None
    if t.word in _V.articles or t.word == "one":
        num, plural_ok = 1.0, False
    elif t.word in _V.units and t.word not in _V.zero_words:
        num, plural_ok = _V.units[t.word], True
    else:
        return None
    best: tuple[int, float] | None = None
    for den in _parse_den(s, k + 1):
        if den.plural == plural_ok and (best is None or den.end > best[0]):
            best = (den.end, num / den.value)
    return best


def _big_scale(s: _Stream, k: int) -> float | None:
    t = s.get(k)
    if t is None or t.word == "thousand":
        return None
    return _V.scales.get(t.word)


def _parse_value(s: _Stream, i: int) -> tuple[int, float] | None:
    """The longest number starting at token ``i`` as (end token index, value)."""
    t = s.get(i)
    if t is None:
        return None
    if t.word == "half":
        nxt = s.get(i + 1)
        if nxt is not None and nxt.word in _V.articles:
            after = s.get(i + 2)
            if after is not None and after.word == "dozen":
                return i + 3, 6.0
            scale = _big_scale(s, i + 2)
            if scale is not None:
                return i + 3, scale / 2
        scale = _big_scale(s, i + 1)
        return (i + 2, scale / 2) if scale is not None else (i + 1, 0.5)
    if t.word == "quarter":
        scale = _big_scale(s, i + 1)
        return (i + 2, scale / 4) if scale is not None else None

    # Candidates as (end, rank, value): the longest wins, then the highest rank
    best: tuple[int, int, float] | None = None

    def offer(end: int, rank: int, value: float) -> None:
        nonlocal best
        if best is None or (end, rank) > (best[0], best[1]):
            best = (end, rank, value)

    prefixes = _parse_int(s, i)
    if t.word in _V.articles:
        prefixes = [_Int(i + 1, 1.0, None, False, False, article=True), *prefixes]
    for p in prefixes:
        if not p.article:
            offer(p.end, 0, p.value)
        nxt = s.get(p.end)
        if nxt is None:
            continue
        # "two thirds", "one hundred thirty fifths" (the longer denominator wins), "a half"
        if not p.digit_led:
            single = p.article or (p.end == i + 1 and t.word == "one")
            for den in _parse_den(s, p.end):
                if den.plural or single:
                    value, end = p.value / den.value, den.end
                    of, art = s.get(end), s.get(end + 1)
                    if of is not None and of.word == "of" and art is not None:
                        scale = _big_scale(s, end + 2) if art.word in _V.articles else None
                        if scale is not None:
                            value, end = value * scale, end + 3
                    offer(end, 10 + den.end - p.end, value)
        if p.article:
            continue
        if nxt.word == "and":
            frac = _fraction_at(s, p.end + 1)
            if frac is not None:
                end, part = frac
                scale = _big_scale(s, end)
                if scale is not None:  # "one billion and a half million"
                    offer(end + 1, 100, p.value + part * scale)
                elif p.at_big and p.last_big is not None and p.last_big >= 1e6:
                    offer(end, 100, p.value + part * p.last_big)  # "3 million and a half"
                else:
                    offer(end, 100, p.value + part)
        elif nxt.word == "point":
            decimals = _point_decimals(s, p.end + 1)
            if decimals is not None:
                offer(decimals[0], 0, p.value + float("0." + decimals[1]))
        elif nxt.word in ("over", "out"):
            k = p.end + 1
            if nxt.word == "out":
                of = s.get(k)
                if of is None or of.word != "of":
                    continue
                k += 1
            dens = [d for d in _parse_int(s, k) if d.value]
            if dens:
                d = dens[-1]
                after = s.get(d.end)
                # "$2000 over 3 years" is a time span, not a fraction
                if after is None or after.kind != "w":
                    offer(d.end, 0, p.value / d.value)
    return None if best is None else (best[0], best[2])


def _sign_start(text: str, pos: int) -> int:
    """Where a number starting at ``pos`` really starts, taking a minus sign before it."""
    if pos and text[pos - 1] in _MINUS:
        q = pos - 1
        if q == 0 or not (text[q - 1].isalnum() or text[q - 1] in "-_.+/\u2212"):
            return q
        return pos
    # "- 10 k": a detached minus only at the start of a line
    q = pos
    while q and text[q - 1] in " \t":
        q -= 1
    if q < pos and q and text[q - 1] in _MINUS:
        r = q - 1
        while r and text[r - 1] in " \t":
            r -= 1
        if r == 0 or text[r - 1] == "\n":
            return q - 1
    return pos


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: float
    digits: bool  # the number itself is written in digits
    scale: float = 1.0  # its last count word ("six hundred": 100, "3bn": 1e9)


def _last_scale(tok: _Tok) -> float:
    if tok.kind == "n":
        return tok.scale
    return 100.0 if tok.word == "hundred" else _V.scales.get(tok.word, 1.0)


def _lower(text: str) -> str:
    """``text`` lower-cased with the same offsets ("İ" grows when lower-cased: ASCII only)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _scan(text: str, lowered: str) -> list[_Found]:
    """The numbers of ``text``; ``lowered`` is the same text lower-cased, offset for offset."""
    found: list[_Found] = []
    done = 0
    for m in _ANCHOR.finditer(lowered):
        pos = m.start()
        if pos < done:
            continue
        if m.group("d") is not None:
            start = pos
            if pos and text[pos - 1] == "." and (pos == 1 or text[pos - 2].isspace()):
                start = pos - 1  # ".08"
            first = _read_digits(text, start)
            if first is None:
                continue
            sign_at = _sign_start(text, start)
            s = _Stream(text, first)
            parsed = _parse_value(s, 0)
            if parsed is None:
                continue
            end_tok, value = parsed
            last = s.toks[end_tok - 1]
            if sign_at < start:
                value, start = -value, sign_at
            found.append(_Found(start, last.end, value, True, _last_scale(last)))
            done = last.end
            continue
        word = m.group().lower()
        first = _Tok(pos, m.end(), "w", word=word)
        s = _Stream(text, first)
        negative = word in _V.signs
        parsed = _parse_value(s, 1 if negative else 0)
        if parsed is None:
            continue
        end_tok, value = parsed
        last = s.toks[end_tok - 1]
        if end_tok == 1 and word == "one" and _pronoun_one(text, pos, s):
            continue
        digit_number = s.toks[1].kind == "n" if negative else False
        value = -value if negative else value
        found.append(_Found(pos, last.end, value, digit_number, _last_scale(last)))
        done = last.end
    return found


def _pronoun_one(text: str, pos: int, s: _Stream) -> bool:
    """ "the one you mentioned", "that one", "one another": "one" is not a count there."""
    nxt = s.get(1)
    if nxt is not None and nxt.word == "another":
        return True
    prev = _PREV_WORD.search(text, max(0, pos - 24), pos)
    return prev is not None and prev.group(1).lower() in _V.one_determiners


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, left to right, with str offsets (end exclusive)."""
    found = _scan(text, _lower(text))
    return [NumberMention(f.start, f.end, text[f.start : f.end], f.value) for f in found]


# --------------------------------------------------------------------------- amounts


@dataclass(frozen=True, slots=True)
class _QualifierRules:
    prefix: re.Pattern[str]  # a qualifier phrase right before a number, in lower-cased text
    suffix: re.Pattern[str]  # "or more" right after it
    range_gap: re.Pattern[str]  # what may stand between the two ends of a range
    vague: re.Pattern[str]  # a vague unit ("dozens"), in lower-cased text
    vague_modifier: re.Pattern[str]  # "several" before it
    vague_of: re.Pattern[str]  # "of thousands" after it
    vague_units: dict[str, float]


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@cache
def _rules() -> _QualifierRules:
    table = qualifier_table()
    prefixes = [p for p, _ in table.prefixes.items()]
    suffixes = list(table.suffixes)
    units = table.vague_units
    unit_alt = _alternation(list(units))
    return _QualifierRules(
        prefix=re.compile(r"(?<![\w-])(?P<q>" + _alternation(prefixes) + r")[\s\u00a0]+\Z"),
        suffix=re.compile(r"[\s\u00a0]+(?P<q>" + _alternation(suffixes) + r")\b", re.IGNORECASE),
        range_gap=re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+", re.IGNORECASE),
        vague=re.compile(r"\b(?:" + _trie(list(units)) + r")\b"),
        vague_modifier=re.compile(
            r"(?<!\w)(?:" + _alternation(table.vague_modifiers) + r")\s+\Z", re.IGNORECASE
        ),
        vague_of=re.compile(r"\s+of\s+(?P<unit2>" + unit_alt + r")\b", re.IGNORECASE),
        vague_units=units,
    )


_WINDOW: Final = 40


def find_amounts(text: str, *, settings: Settings = DEFAULT_SETTINGS) -> list[Amount]:
    """Every figure in ``text`` with its qualifier and interval (see ``core.qualifiers``)."""
    rules = _rules()
    table = qualifier_table()
    lowered = _lower(text)
    found = [_unbullet(text, f) for f in _scan(text, lowered)]
    amounts: list[Amount] = []
    i = 0
    while i < len(found):
        f = found[i]
        before = rules.prefix.search(lowered, max(0, f.start - _WINDOW), f.start)
        phrase = " ".join(before.group("q").split()) if before else None
        start = before.start() if before else f.start
        # Ranges: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30", "two or three"
        if i + 1 < len(found):
            g = found[i + 1]
            gap = rules.range_gap.fullmatch(text, f.end, g.start)
            if gap is not None and g.value > f.value:
                joiner = gap.group().strip().lower()
                if phrase == "between":
                    ok = joiner not in ("to", "or")
                elif phrase == "from":
                    # "the toll rose from 20 to 30" is a change of figure, not a range
                    ok = joiner == "to" and not _after_change_verb(text, start, table)
                else:
                    ok = joiner != "and"
                if ok:
                    if phrase not in ("between", "from"):
                        start = f.start
                    value = f.value
                    if f.scale == 1 and g.scale > 1 and 0 < f.value < g.value / g.scale:
                        value *= g.scale  # "five to six hundred", "2-3 million": one unit
                    low, high = interval(value, "range", high_value=g.value, settings=settings)
                    amounts.append(
                        Amount(
                            start=start,
                            end=g.end,
                            text=text[start : g.end],
                            value=value,
                            qualifier="range",
                            low=low,
                            high=high,
                            number_start=f.start,
                            number_end=g.end,
                            high_value=g.value,
                            is_digits=f.digits,
                        )
                    )
                    i += 2
                    continue
        qualifier: Qualifier = "exact"
        end = f.end
        if phrase is not None and table.prefixes.get(phrase, "range") != "range":
            qualifier = table.prefixes[phrase]
        else:
            start = f.start
            after = rules.suffix.match(text, f.end)
            if after is not None:
                qualifier = table.suffixes[" ".join(after.group("q").lower().split())]
                end = after.end()
        low, high = interval(f.value, qualifier, settings=settings)
        amounts.append(
            Amount(
                start=start,
                end=end,
                text=text[start:end],
                value=f.value,
                qualifier=qualifier,
                low=low,
                high=high,
                number_start=f.start,
                number_end=f.end,
                is_digits=f.digits,
            )
        )
        i += 1
    amounts.extend(_vague(text, lowered, rules, found, settings))
    amounts.sort(key=lambda a: (a.start, a.end))
    return amounts


def _after_change_verb(text: str, pos: int, table: QualifierTable) -> bool:
    prev = _PREV_WORD.search(text, max(0, pos - 24), pos)
    return prev is not None and prev.group(1).lower() in table.change_verbs


def _unbullet(text: str, f: _Found) -> _Found:
    """ "- 20 people" at the start of a line is a list item, not minus twenty."""
    if f.value < 0 and text[f.start] in _MINUS and text[f.start + 1 : f.start + 2].isspace():
        start = f.start + 1
        while text[start].isspace():
            start += 1
        return _Found(start, f.end, -f.value, f.digits, f.scale)
    return f


def _vague(
    text: str,
    lowered: str,
    rules: _QualifierRules,
    found: list[_Found],
    settings: Settings,
) -> list[Amount]:
    out: list[Amount] = []
    # Mentions are sorted and disjoint: the one that could overlap [start, end) is the last
    # that starts before ``end``
    starts = [f.start for f in found]
    last_end = 0
    for m in rules.vague.finditer(lowered):
        unit = m.group().lower()
        mod = rules.vague_modifier.search(text, max(0, m.start() - 12), m.start())
        start = mod.start() if mod else m.start()
        of = rules.vague_of.match(text, m.end())
        end = of.end() if of else m.end()
        k = bisect.bisect_left(starts, end) - 1
        if start < last_end or (k >= 0 and found[k].end > start):
            continue
        if not unit.endswith("s") and mod is None:
            continue  # "the Hundred Years' War": a bare singular unit is not an amount
        if unit in ("tens", "scores") and of is None and not _followed_by_of(text, end):
            continue  # "test scores", "tens" alone: not a count
        value = rules.vague_units[unit]
        if of is not None:
            value *= rules.vague_units[of.group("unit2").lower()]
        low, high = interval(value, "vague", settings=settings)
        out.append(
            Amount(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                qualifier="vague",
                low=low,
                high=high,
                number_start=m.start(),
                number_end=end,
            )
        )
        last_end = end
    return out


def _followed_by_of(text: str, pos: int) -> bool:
    return re.match(r"\s+of\b", text[pos : pos + 8], re.IGNORECASE) is not None
