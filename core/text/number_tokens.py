"""The number vocabulary (rules/number_words.json) and the token stream a number is parsed
from: digit groups, number words, where a number may start."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Final

from core.rules import load_rules


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
