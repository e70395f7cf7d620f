"""The number grammar over the token stream: integers word by word (parser states),
ordinals and fractions, decimals, scales and signs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Final

from core.text.number_tokens import (
    _MINUS,
    _UNIT_ORDINALS,
    _V,
    _Stream,
)


class _Phase(Enum):
    """The integer parser's state: what the number read so far ends with."""

    START = auto()  # nothing yet
    UNIT = auto()  # "three"
    TEEN = auto()  # "thirteen"
    TENS = auto()  # "thirty"
    TENS_UNIT = auto()  # "thirty three", "thirty-three"
    DIGIT = auto()  # "33"
    DEC = auto()  # "3.5"
    ART = auto()  # "a" of "a hundred"
    HUNDRED = auto()  # "three hundred"
    BIG = auto()  # "three thousand", "three million"
    DOZEN = auto()  # "three dozen"
    ZERO = auto()  # "zero", "nought"


_NEW_SUB: Final = frozenset((_Phase.HUNDRED, _Phase.BIG))


# Digits may continue a number after "hundred" (below 100) or a scale word (below 1000)
_DIGITS_AFTER: Final = {_Phase.HUNDRED: 100, _Phase.BIG: 1000}


_COUNTABLE: Final = frozenset(
    (_Phase.UNIT, _Phase.TEEN, _Phase.TENS, _Phase.TENS_UNIT, _Phase.DIGIT, _Phase.DEC, _Phase.ART)
)


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
    phase = _Phase.START
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
            if phase == _Phase.START:
                sub = t.value
                nxt = (_Phase.DIGIT if t.whole else _Phase.DEC) if t.open else _Phase.ZERO
            elif t.open and t.whole and t.value < _DIGITS_AFTER.get(phase, 0):
                sub = t.value  # "3 hundred and 21", "4 thousand 3 hundred"
                nxt = _Phase.DIGIT
            else:
                break
        elif t.kind == "h":
            after = s.get(k + 1)
            if (
                phase == _Phase.TENS
                and after is not None
                and after.word in _V.units
                and after.word not in _V.zero_words
            ):
                sub += _V.units[after.word]
                k += 1
                nxt = _Phase.TENS_UNIT
            elif (
                phase in _COUNTABLE
                and phase != _Phase.DEC
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
            if phase == _Phase.START:
                sub = _V.units[w]
                nxt = _Phase.ZERO if w in _V.zero_words else _Phase.UNIT
            elif w in _V.zero_words:
                break
            elif phase == _Phase.TENS and not pending_and:
                sub += _V.units[w]
                nxt = _Phase.TENS_UNIT
            elif phase in _NEW_SUB:
                sub = _V.units[w]
                nxt = _Phase.UNIT
            else:
                break
        elif w in _V.teens or w in _V.tens:
            if phase == _Phase.START or phase in _NEW_SUB:
                sub = _V.teens.get(w) or _V.tens[w]
                nxt = _Phase.TEEN if w in _V.teens else _Phase.TENS
            else:
                break
        elif w in _V.articles:
            if phase != _Phase.START:
                break
            sub = 1.0
            nxt = _Phase.ART
        elif w == "hundred":
            if phase in _COUNTABLE and not hund and not pending_and:
                hund = sub * 100
                sub = 0.0
                nxt = _Phase.HUNDRED
            else:
                break
        elif w in _V.scales:
            scale = _V.scales[w]
            if pending_and:
                break
            if phase in _COUNTABLE or phase in (_Phase.HUNDRED, _Phase.DOZEN):
                if last_big is not None and scale >= last_big:
                    break
                total += (hund + sub) * scale
            elif phase == _Phase.BIG and last_big is not None and scale > last_big:
                total *= scale  # "three lakh crore"
            else:
                break
            hund = sub = 0.0
            last_big = scale
            nxt = _Phase.BIG
        elif w in _V.dozens:
            if phase in _COUNTABLE and phase != _Phase.DEC and not pending_and:
                sub *= 12
                nxt = _Phase.DOZEN
            else:
                break
        else:
            break
        phase = nxt
        pending_and = False
        k += 1
        if phase not in (_Phase.START, _Phase.ART):
            out.append(_Int(k, total + hund + sub, last_big, phase == _Phase.BIG, digit_led))
        if phase == _Phase.ZERO:
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
