"""The number vocabulary (rules/number_words.json) and the token stream a number is parsed
from: digit groups, number words, where a number may start."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any, Final

from core.rules import load_rules


@dataclass(frozen=True, slots=True)
class NumberWords:
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
    relative_prepositions: frozenset[str]
    clause_verbs: frozenset[str]  # "added that one ...": "that" opens the clause
    clause_joins: frozenset[str]  # "..., and that one ...": a second reported clause
    suffixes: dict[str, float]


@functools.cache
def number_words() -> NumberWords:
    """The number vocabulary, read on first use."""
    raw: dict[str, Any] = load_rules("number_words")
    return NumberWords(
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
        relative_prepositions=frozenset(raw["relative_prepositions"]),
        clause_verbs=frozenset(raw["clause_verbs"]),
        clause_joins=frozenset(raw["clause_joins"]),
        suffixes=raw["suffixes"],
    )


UNIT_ORDINALS: Final = frozenset(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
)


def trie(words: set[str] | list[str]) -> str:
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


@functools.cache
def number_anchor() -> re.Pattern[str]:
    """Where a number may start, matched in lower-cased text: a digit not glued to a word, or
    a number word; "a"/"an" only before a count word ("a dozen", "a third", "a hundred")."""
    v = number_words()
    after_article = {
        "hundred", *v.scales, *v.dozens, *v.ordinals, *v.plurals, *v.tens
    } - set(v.not_lone)
    start_words = {*v.units, *v.teens, *v.tens, *v.signs, "half", "quarter"}
    return re.compile(
        r"(?<!\w)(?P<d>\d)|\b(?:"
        + trie(start_words)
        + r"|an?(?=[ \t]+(?:"
        + trie(after_article)
        + r")\b))\b"
    )


ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@functools.cache
def _digits_pattern() -> re.Pattern[str]:
    """A number in digits: groups, decimals, fractions, exponents and a scale suffix."""
    suffixes = "|".join(sorted(map(re.escape, number_words().suffixes), key=len, reverse=True))
    return re.compile(
        r"""
        (?:
            (?<!/)(?<!\d-)(?P<mw>\d+)[ \t]+(?P<mn>\d+)/(?P<md>\d+)(?![/\d])
          | (?<!/)(?<!\d-)(?P<fn>\d+)/(?P<fd>\d+)(?![/\d])
          | (?:
                (?P<grp>\d{1,2}(?:,\d{2})+,\d{3}(?!\d)  # South Asian lakhs: "1,68,491"
                  | \d{1,3}(?:,\d{3})+(?!\d)
                  | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)
                  | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){2,}(?!\d)
                  | \d{1,3}[ ]000(?!\d))
                (?P<gdec>\.\d+(?!\d|\.\d))?
              | (?P<int>\d+)(?:(?P<dec>\.\d+(?!\d|\.\d))|,(?P<cdec>\d{1,2})(?!\d|,\d))?
              | (?P<bare>\.\d+(?!\d|\.\d))
            )
            (?:[eE](?P<exp>[+-]?\d+)|\^(?P<caret>[+-]*\d+))?
            (?:(?P<suf>"""
        + suffixes
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


MINUS: Final = frozenset("-\u2212")


_CURRENCY: Final = re.compile(r"[$£€¥₹][ \u00a0]?\Z")


PREV_WORD: Final = re.compile(r"([A-Za-z]+)[\s\u00a0]+\Z")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    kind: str  # "w" word, "n" digits, "h" hyphen
    word: str = ""  # lower-cased word
    value: float = 0.0
    open: bool = True  # digits that may take a count word after them ("2 million")
    whole: bool = True  # digits without a decimal part
    scale: float = 1.0  # the multiplier written after the digits ("10k": 1000)


def read_digits(text: str, pos: int) -> Token | None:
    """The digit number at ``pos``, or None when there is none (or it is glued to letters)."""
    m = _digits_pattern().match(text, pos)
    if m is None or m.end() == pos:
        return None
    end = m.end()
    g = m.groupdict()
    money_m = _money_m(text, pos, end, g)
    if money_m:
        end += 1
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return None  # "29km", "5th", "1990s", "1m": a unit or an ordinal, not a count
    if pos > 1 and text[pos - 1] in ".," and text[pos - 2].isdigit():
        # "192.168.1.2", "22,24,26,31": a link in a chain of numbers takes no decimal part
        plain = g["int"] or g["grp"]
        if plain is not None and (g["dec"] or g["cdec"] or g["gdec"]):
            end = m.end("int") if g["int"] else m.end("grp")
            value = float(_SEPARATORS.sub("", plain))
            return Token(pos, end, "n", value=value, open=False)
    if g["mw"] is not None or g["fn"] is not None:
        fraction = _fraction(g)
        if fraction is None or not math.isfinite(fraction):
            return None
        return Token(pos, end, "n", value=fraction, open=False, whole=True, scale=1.0)
    read = _decimal(g, money_m)
    if read is None:
        return None
    value, whole, scale, closed = read
    return Token(pos, end, "n", value=value, open=not closed, whole=whole, scale=scale)


def _money_m(text: str, pos: int, end: int, g: dict[str, str | None]) -> bool:
    """ "$3m", "£1.5m": after a currency sign "m" is million, elsewhere a metre ("1m")."""
    return (
        text.startswith("m", end)
        and not (g["suf"] or g["ssuf"] or g["exp"] or g["caret"] or g["fn"] or g["mw"])
        and _CURRENCY.search(text, max(0, pos - 4), pos) is not None
    )


def _fraction(g: dict[str, str | None]) -> float | None:
    """ "2 3/4", "3/4" (None for a zero denominator)."""
    if g["mw"] is not None:
        den = int(g["md"] or 0)
        return None if den == 0 else int(g["mw"]) + int(g["mn"] or 0) / den
    den = int(g["fd"] or 0)
    return None if den == 0 else int(g["fn"] or 0) / den


def _decimal(
    g: dict[str, str | None], money_m: bool
) -> tuple[float, bool, float, bool] | None:
    """(value, whole, scale, closed) of a grouped, plain or bare decimal number with its
    exponent and scale suffix; None when it is not a figure anyone states ("1e999")."""
    if g["grp"] is not None:
        digits = _SEPARATORS.sub("", g["grp"]) + (g["gdec"] or "")
    elif g["int"] is not None:
        digits = g["int"] + (g["dec"] or "") + ("." + g["cdec"] if g["cdec"] else "")
    else:
        digits = "0" + (g["bare"] or "")
    whole = "." not in digits
    value = float(digits)
    closed = False
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
    scale = 1.0
    suffix = g["suf"] or g["ssuf"]
    if suffix is not None:
        scale = number_words().suffixes[suffix]
    elif money_m:
        scale = 1e6
    if scale != 1:
        value *= scale
        closed = True
    if not math.isfinite(value):
        return None
    return value, whole, scale, closed


class TokenStream:
    """Tokens read lazily from ``text`` after a first token."""

    __slots__ = ("text", "toks")

    def __init__(self, text: str, first: Token) -> None:
        self.text = text
        self.toks = [first]

    def get(self, i: int) -> Token | None:
        toks = self.toks
        while len(toks) <= i:
            nxt = self._next(toks[-1])
            if nxt is None:
                return None
            toks.append(nxt)
        return toks[i]

    def _next(self, prev: Token) -> Token | None:
        text = self.text
        gap = _GAP.match(text, prev.end)
        pos = gap.end() if gap else prev.end
        if pos >= len(text):
            return None
        ch = text[pos]
        spaced = pos > prev.end
        if ch in _HYPHENS:
            return Token(pos, pos + 1, "h")
        if ch.isascii() and ch.isalpha():
            if prev.kind == "n" and not spaced:
                return None
            m = _WORD.match(text, pos)
            assert m is not None
            return Token(pos, m.end(), "w", word=m.group().lower())
        if ch.isdigit() and spaced and prev.kind != "h":
            return read_digits(text, pos)
        return None
