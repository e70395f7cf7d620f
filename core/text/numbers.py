"""Numbers in running text: every mention with its span and value, then the figures a claim sees.

``find_numbers`` reads digits ("13,000", "1 234 567", "1.2b", "3/4", "1.3e6") and English number
words ("twenty-six", "two hundred and two thousand", "a dozen", "two thirds", "one over three",
"nine point nought four", "three lakh crore"), alone or mixed ("3 hundred and 21", "2 million").
It is a small grammar over tokens: a compiled regex finds where a number may start, a lazy
tokenizer reads the words and digit groups from there, and ``parse_value`` keeps the longest
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
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

from core.model import Qualifier
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.number_grammar import parse_value, sign_start
from core.text.number_tokens import (
    ASCII_LOWER,
    MINUS,
    PREV_WORD,
    Token,
    TokenStream,
    number_anchor,
    number_words,
    read_digits,
    trie,
)
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


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: float
    digits: bool  # the number itself is written in digits
    scale: float = 1.0  # its last count word ("six hundred": 100, "3bn": 1e9)


def _last_scale(tok: Token) -> float:
    if tok.kind == "n":
        return tok.scale
    words = number_words()
    if tok.word == "hundred":
        return 100.0
    # "between 2 to 3 dozen": a dozen counts the range's low end too, as a hundred does
    return words.scales.get(tok.word, words.dozens.get(tok.word, 1.0))


def _lower(text: str) -> str:
    """``text`` lower-cased with the same offsets ("İ" grows when lower-cased: ASCII only)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(ASCII_LOWER)


def _scan(text: str, lowered: str) -> list[_Found]:
    """The numbers of ``text``; ``lowered`` is the same text lower-cased, offset for offset."""
    found: list[_Found] = []
    done = 0
    for m in number_anchor().finditer(lowered):
        pos = m.start()
        if pos < done:
            continue
        if m.group("d") is not None:
            number = _digits_at(text, pos)
            if number is not None:
                found.append(number)
                done = number.end
            continue
        word = m.group().lower()
        first = Token(pos, m.end(), "w", word=word)
        s = TokenStream(text, first)
        negative = word in number_words().signs
        parsed = parse_value(s, 1 if negative else 0)
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


def _digits_at(text: str, pos: int) -> _Found | None:
    """The number written in digits from ``pos`` ("1,200", ".08", "-3", "3.5 million")."""
    if _glued_to_a_word(text, pos):
        return None  # "N3.5 million", "Sh200,000": the rest of a number glued to a word
    start = pos
    if pos and text[pos - 1] == "." and (pos == 1 or text[pos - 2].isspace()):
        start = pos - 1  # ".08"
    first = read_digits(text, start)
    if first is None:
        return None
    sign_at = sign_start(text, start)
    s = TokenStream(text, first)
    parsed = parse_value(s, 0)
    if parsed is None:
        return None
    end_tok, value = parsed
    last = s.toks[end_tok - 1]
    if sign_at < start:
        value, start = -value, sign_at
    return _Found(start, last.end, value, True, _last_scale(last))


def _glued_to_a_word(text: str, pos: int) -> bool:
    """The digit at ``pos`` goes on a number whose first digit is glued to a word ("N3.5",
    "Sh200,000", "F-16s" aside): after a point or a comma, the run of digits before it
    starts right after a letter."""
    if pos < 2 or text[pos - 1] not in ".," or not text[pos - 2].isdigit():
        return False
    start = pos - 1
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return start > 0 and text[start - 1].isalpha()


def _pronoun_one(text: str, pos: int, s: TokenStream) -> bool:
    """ "the one you mentioned", "that one", "one another": "one" is not a count there."""
    nxt = s.get(1)
    if nxt is not None and nxt.word == "another":
        return True
    prev = PREV_WORD.search(text, max(0, pos - 24), pos)
    if prev is None or prev.group(1).lower() not in number_words().one_determiners:
        return False
    if prev.group(1).lower() == "that" and nxt is not None and nxt.word == "of":
        return False  # "said that one of the wounded died": "that" opens the clause
    # "a blast in which one person died": a relative clause's "one" counts; so does a
    # reported clause's ("adding that one constable had been injured", "..., and that one
    # guard had been killed")
    before = PREV_WORD.search(text, max(0, prev.start() - 24), prev.start())
    opener = before.group(1).lower() if before is not None else ""
    words = number_words()
    clause = opener in words.clause_verbs or opener in words.clause_joins
    return not (
        (prev.group(1).lower() == "which" and opener in words.relative_prepositions)
        or (prev.group(1).lower() == "that" and clause)
    )


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
        # "20 or more", "forty odd", "fifty-odd"
        suffix=re.compile(
            r"(?:[\s\u00a0]+|-)(?P<q>" + _alternation(suffixes) + r")\b", re.IGNORECASE
        ),
        range_gap=re.compile(r"\s*[-–—]\s*|\s+(?:to|and|or)\s+", re.IGNORECASE),
        vague=re.compile(r"\b(?:" + trie(list(units)) + r")\b"),
        vague_modifier=re.compile(
            r"(?<!\w)(?:" + _alternation(table.vague_modifiers) + r")\s+\Z", re.IGNORECASE
        ),
        vague_of=re.compile(r"\s+of\s+(?P<unit2>" + unit_alt + r")\b", re.IGNORECASE),
        vague_units=units,
    )


_WINDOW: Final = 40


def find_amounts(text: str, *, settings: Settings = DEFAULT_SETTINGS) -> list[Amount]:
    """Every figure in ``text`` with its qualifier and interval (see ``core.qualifiers``)."""
    lowered = _lower(text)
    src = _Source(text, lowered, _rules(), qualifier_table(), settings)
    found = [_unbullet(text, f) for f in _scan(text, lowered)]
    amounts: list[Amount] = []
    i = 0
    while i < len(found):
        f = found[i]
        before = src.rules.prefix.search(lowered, max(0, f.start - _WINDOW), f.start)
        phrase = " ".join(before.group("q").split()) if before else None
        start = before.start() if before else f.start
        ranged = (
            _range_amount(src, f, found[i + 1], phrase=phrase, start=start)
            if i + 1 < len(found)
            else None
        )
        if ranged is not None:
            amounts.append(ranged)
            i += 2
            continue
        amounts.append(_single_amount(src, f, phrase=phrase, start=start))
        i += 1
    amounts.extend(_vague(text, lowered, src.rules, found, settings))
    amounts.sort(key=lambda a: (a.start, a.end))
    return _with_as_many(text, amounts)


# "three jawans were killed and as many injured": "as many" restates the figure before it in
# its sentence (Indian and Pakistani copy); "as many as 12" is a qualifier, not this
_AS_MANY = re.compile(r"\b(?:and|while|with|,)\s+(as many)\b(?!\s+as\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _with_as_many(text: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts with each "as many" that restates a figure before it in the sentence."""
    out = list(amounts)
    for m in _AS_MANY.finditer(text):
        before = [a for a in amounts if a.end <= m.start(1)]
        if not before or _SENTENCE_END.search(text, before[-1].end, m.start(1)):
            continue
        prev = before[-1]
        out.append(
            replace(prev, start=m.start(1), end=m.end(1), text=m.group(1),
                    number_start=m.start(1), number_end=m.end(1), is_digits=False)
        )
    out.sort(key=lambda a: (a.start, a.end))
    return out


@dataclass(frozen=True, slots=True)
class _Source:
    """The text amounts are read from, with the rules that read them."""

    text: str
    lowered: str
    rules: _QualifierRules
    table: QualifierTable
    settings: Settings


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def _range_amount(
    src: _Source, f: _Found, g: _Found, *, phrase: str | None, start: int
) -> Amount | None:
    """Ranges: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30", "two or three"."""
    text = src.text
    gap = src.rules.range_gap.fullmatch(text, f.end, g.start)
    if gap is None or g.value <= f.value:
        return None
    joiner = gap.group().strip().lower()
    if phrase == "between":
        ok = joiner != "or"  # "between 20 to 25", as South Asian copy writes it
    elif phrase == "from":
        # "the toll rose from 20 to 30" is a change of figure, not a range
        ok = joiner == "to" and not _after_change_verb(text, start, src.table)
    else:
        # "the toll rose by 5 to 40": the change, then the new figure
        # "rose by nearly half to 1,166": the same with a qualifier before the change
        ok = joiner != "and" and not (
            joiner == "to"
            and (
                _BY_BEFORE.search(text, 0, f.start)
                or _changed_by(text, start, src.table)  # "rose by nearly half to 1,166"
            )
            and not _PERCENT_AFTER.match(text, g.end)  # "rose by 5 to 10 percent": a range
        )
    if not ok:
        return None
    if phrase not in ("between", "from"):
        start = f.start
    value = f.value
    if f.scale == 1 and g.scale > 1 and 0 < f.value < g.value / g.scale:
        value *= g.scale  # "five to six hundred", "2-3 million": one unit
    low, high = interval(value, "range", high_value=g.value, settings=src.settings)
    return Amount(
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


def _single_amount(src: _Source, f: _Found, *, phrase: str | None, start: int) -> Amount:
    """One figure with the qualifier phrase before it ("at least 26") or after it ("20 or
    more")."""
    table = src.table
    qualifier: Qualifier = "exact"
    end = f.end
    if phrase == "up to" and _after_change_verb(src.text, start, table):
        phrase = None  # "the toll has gone up to 33": where it went, not a bound
    if phrase is not None and table.prefixes.get(phrase, "range") != "range":
        qualifier = table.prefixes[phrase]
    else:
        start = f.start
        after = src.rules.suffix.match(src.text, f.end)
        if after is not None:
            qualifier = table.suffixes[" ".join(after.group("q").lower().split())]
            end = after.end()
    low, high = interval(f.value, qualifier, settings=src.settings)
    return Amount(
        start=start,
        end=end,
        text=src.text[start:end],
        value=f.value,
        qualifier=qualifier,
        low=low,
        high=high,
        number_start=f.start,
        number_end=f.end,
        is_digits=f.digits,
    )


def _changed_by(text: str, start: int, table: QualifierTable) -> bool:
    """ "rose by nearly half": "by" and a change verb before the qualified figure; "overrun
    by about 200 to 300 militants" is a range."""
    by = _BY_BEFORE.search(text, 0, start)
    return by is not None and _after_change_verb(text, by.start(), table)


def _after_change_verb(text: str, pos: int, table: QualifierTable) -> bool:
    prev = PREV_WORD.search(text, max(0, pos - 24), pos)
    return prev is not None and prev.group(1).lower() in table.change_verbs


def _unbullet(text: str, f: _Found) -> _Found:
    """ "- 20 people" at the start of a line is a list item, not minus twenty."""
    if f.value < 0 and text[f.start] in MINUS and text[f.start + 1 : f.start + 2].isspace():
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
        if unit in ("tens", "scores") and of is None and not _followed_by_of(text, end) and not (
            unit == "scores" and _counts_people(text, m.start(), end)
        ):
            continue  # "test scores", "tens" alone: not a count ("wounding scores more" is)
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


# After "scores", words that make it a count of people: "wounding scores more", "scores hurt"
_SCORES_COUNT = re.compile(r"\s+(?:more|others|injured|wounded|hurt|dead|killed)\b", re.I)
# ... and at a sentence's start: "Scores were hurt"
_SCORES_SUBJECT = re.compile(r"\s+(?:were|have|had)\b")
# ... or the object of a harm verb before it: "killing 20 and wounding scores"
_SCORES_OBJECT = re.compile(r"\b(?:injur|wound|hurt|kill)(?:ed|ing)?\s+$", re.I)
_OBJECT_REACH = 16  # characters before "scores" that may hold its verb


def _counts_people(text: str, start: int, end: int) -> bool:
    return (
        bool(_SCORES_COUNT.match(text, end))
        or (text[start].isupper() and bool(_SCORES_SUBJECT.match(text, end)))
        or bool(_SCORES_OBJECT.search(text[max(0, start - _OBJECT_REACH) : start]))
    )


def _followed_by_of(text: str, pos: int) -> bool:
    return re.match(r"\s+of\b", text[pos : pos + 8], re.IGNORECASE) is not None
