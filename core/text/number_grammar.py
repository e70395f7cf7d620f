"""The number grammar over the token stream: integers word by word (parser states),
ordinals and fractions, decimals, scales and signs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Final

from core.text.number_tokens import MINUS, UNIT_ORDINALS, Token, TokenStream, number_words


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


class _Skip(Enum):
    """A joiner the integer parser passes over: "and" after a scale, a hyphen before one."""

    SKIP = auto()


@dataclass(slots=True)
class _Sums:
    """The integer parser's running state: the total of the finished scale groups, the
    hundreds and the part below a hundred of the current group, and the phase."""

    total: float = 0.0
    hund: float = 0.0
    sub: float = 0.0
    phase: _Phase = _Phase.START
    last_big: float | None = None  # the last scale word ≥ thousand
    pending_and: bool = False  # an "and" was passed over: only a smaller part may follow


def _parse_int(s: TokenStream, i: int) -> list[_Int]:
    """Every reading of an integer starting at token ``i``: one per accepted prefix."""
    out: list[_Int] = []
    first = s.get(i)
    if first is None:
        return out
    digit_led = first.kind == "n"
    r = _Sums()
    k = i
    while (t := s.get(k)) is not None:
        step, k = _int_step(r, s, k, t)
        if step is None:
            break
        if step is _Skip.SKIP:
            k += 1
            continue
        r.phase = step
        r.pending_and = False
        k += 1
        if step not in (_Phase.START, _Phase.ART):
            value = r.total + r.hund + r.sub
            out.append(_Int(k, value, r.last_big, step == _Phase.BIG, digit_led))
        if step == _Phase.ZERO:
            break
    return out


def _int_step(
    r: _Sums, s: TokenStream, k: int, t: Token
) -> tuple[_Phase | _Skip | None, int]:
    """The phase after token ``t`` at ``k`` (None: the integer ends before it), and the index
    of the last token it took (a hyphenated "thirty-three" takes two)."""
    if t.kind == "n":
        return _digits_step(r, t.value, whole=t.whole, open_=t.open), k
    if t.kind == "h":
        return _hyphen_step(r, s, k)
    if t.word == "and":
        if r.phase in _NEW_SUB and not r.pending_and:
            r.pending_and = True
            return _Skip.SKIP, k
        return None, k
    return _word_step(r, t.word), k


def _digits_step(r: _Sums, value: float, *, whole: bool, open_: bool) -> _Phase | None:
    if r.phase == _Phase.START:
        r.sub = value
        return (_Phase.DIGIT if whole else _Phase.DEC) if open_ else _Phase.ZERO
    if open_ and whole and value < _DIGITS_AFTER.get(r.phase, 0):
        r.sub = value  # "3 hundred and 21", "4 thousand 3 hundred"
        return _Phase.DIGIT
    return None


def _hyphen_step(r: _Sums, s: TokenStream, k: int) -> tuple[_Phase | _Skip | None, int]:
    v = number_words()
    after = s.get(k + 1)
    if (
        r.phase == _Phase.TENS
        and after is not None
        and after.word in v.units
        and after.word not in v.zero_words
    ):
        r.sub += v.units[after.word]
        return _Phase.TENS_UNIT, k + 1
    if (
        r.phase in _COUNTABLE
        and r.phase != _Phase.DEC
        and after is not None
        and (after.word == "hundred" or after.word in v.scales)
    ):
        # "three-hundred", "two-thousand": the hyphen joins the multiplier to its scale.
        return _Skip.SKIP, k
    return None, k


def _word_step(r: _Sums, w: str) -> _Phase | None:
    v = number_words()
    if w in v.units:
        return _unit_step(r, w)
    if w in v.teens or w in v.tens:
        if r.phase == _Phase.START or r.phase in _NEW_SUB:
            r.sub = v.teens.get(w) or v.tens[w]
            return _Phase.TEEN if w in v.teens else _Phase.TENS
        return None
    if w in v.articles:
        if r.phase != _Phase.START:
            return None
        r.sub = 1.0
        return _Phase.ART
    if w == "hundred":
        if r.phase in _COUNTABLE and not r.hund and not r.pending_and:
            r.hund = r.sub * 100
            r.sub = 0.0
            return _Phase.HUNDRED
        return None
    if w in v.scales:
        return _scale_step(r, v.scales[w])
    if w in v.dozens and r.phase in _COUNTABLE and r.phase != _Phase.DEC and not r.pending_and:
        r.sub *= 12
        return _Phase.DOZEN
    return None


def _unit_step(r: _Sums, w: str) -> _Phase | None:
    v = number_words()
    if r.phase == _Phase.START:
        r.sub = v.units[w]
        return _Phase.ZERO if w in v.zero_words else _Phase.UNIT
    if w in v.zero_words:
        return None
    if r.phase == _Phase.TENS and not r.pending_and:
        r.sub += v.units[w]
        return _Phase.TENS_UNIT
    if r.phase in _NEW_SUB:
        r.sub = v.units[w]
        return _Phase.UNIT
    return None


def _scale_step(r: _Sums, scale: float) -> _Phase | None:
    if r.pending_and:
        return None
    if r.phase in _COUNTABLE or r.phase in (_Phase.HUNDRED, _Phase.DOZEN):
        if r.last_big is not None and scale >= r.last_big:
            return None
        r.total += (r.hund + r.sub) * scale
    elif r.phase == _Phase.BIG and r.last_big is not None and scale > r.last_big:
        r.total *= scale  # "three lakh crore"
    else:
        return None
    r.hund = r.sub = 0.0
    r.last_big = scale
    return _Phase.BIG


@dataclass(frozen=True, slots=True)
class _Den:
    end: int
    value: float
    plural: bool


def _ordinal(word: str) -> tuple[float, bool] | None:
    v = number_words()
    if word in v.ordinals:
        return v.ordinals[word], False
    single = v.plurals.get(word)
    if single is not None:
        return v.ordinals[single], True
    return None


def _unit_ordinal(s: TokenStream, k: int) -> tuple[int, float, bool] | None:
    """A compound ordinal ending at a unit ordinal: "fifth", "thirty fifths", "twenty-first"."""
    v = number_words()
    t = s.get(k)
    if t is None:
        return None
    if t.word in v.tens:
        j = k + 1
        nxt = s.get(j)
        if nxt is not None and nxt.kind == "h":
            j += 1
            nxt = s.get(j)
        if nxt is not None:
            single = v.plurals.get(nxt.word, nxt.word)
            if single in UNIT_ORDINALS:
                value, plural = _ordinal(nxt.word) or (0.0, False)
                return j + 1, v.tens[t.word] + value, plural
    found = _ordinal(t.word)
    if found is None or t.word in ("half", "halves", "quarter", "quarters"):
        return None
    return k + 1, found[0], found[1]


def _parse_den(s: TokenStream, j: int) -> list[_Den]:
    """Denominators starting at token ``j``: "thirds", "thirty fifths", "one hundred fifth"."""
    v = number_words()
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
    if found is not None and t.word not in v.not_lone:
        out.append(_Den(j + 1, found[0], found[1]))
    compound = _unit_ordinal(s, j) if t.word in v.tens else None
    if compound is not None:
        out.append(_Den(compound[0], compound[1], compound[2]))
    if t.word in ("one", "a", "an"):
        scaled = _scaled_ordinal(s, j + 1)
        if scaled is not None:
            out.append(scaled)
    return out


def _scaled_ordinal(s: TokenStream, j: int) -> _Den | None:
    """After "one"/"a": "hundred fifth", "thousand and first"."""
    scale_tok = s.get(j)
    if scale_tok is None:
        return None
    scale = 100.0 if scale_tok.word == "hundred" else number_words().scales.get(scale_tok.word)
    if scale is None:
        return None
    k = j + 1
    if (a := s.get(k)) is not None and a.word == "and":
        k += 1
    rest = _unit_ordinal(s, k)
    if rest is not None and rest[1] < scale:
        return _Den(rest[0], scale + rest[1], rest[2])
    return None


def _point_decimals(s: TokenStream, k: int) -> tuple[int, str] | None:
    """The digits after "point": "zero three", "nought four", "seventy-one", "eleven"."""
    v = number_words()
    t = s.get(k)
    if t is None:
        return None
    if t.word in v.units:
        digits = ""
        while t is not None and t.word in v.units:
            digits += str(int(v.units[t.word]))
            k += 1
            t = s.get(k)
        return k, digits
    if t.word in v.teens or t.word in v.tens:
        for reading in reversed(_parse_int(s, k)):
            if reading.value < 100 and not reading.digit_led:
                return reading.end, str(int(reading.value))
    return None


def _fraction_at(s: TokenStream, k: int) -> tuple[int, float] | None:
    """A small fraction after "and": "a half", "one half", "three quarters", "two thirds"."""
    v = number_words()
    t = s.get(k)
    if t is None:
        return None
    if t.word in v.articles or t.word == "one":
        num, plural_ok = 1.0, False
    elif t.word in v.units and t.word not in v.zero_words:
        num, plural_ok = v.units[t.word], True
    else:
        return None
    best: tuple[int, float] | None = None
    for den in _parse_den(s, k + 1):
        if den.plural == plural_ok and (best is None or den.end > best[0]):
            best = (den.end, num / den.value)
    return best


def _big_scale(s: TokenStream, k: int) -> float | None:
    v = number_words()
    t = s.get(k)
    if t is None or t.word == "thousand":
        return None
    return v.scales.get(t.word)


def parse_value(s: TokenStream, i: int) -> tuple[int, float] | None:
    """The longest number starting at token ``i`` as (end token index, value)."""
    t = s.get(i)
    if t is None:
        return None
    if t.word in ("half", "quarter"):
        return _half_or_quarter(s, i, t.word)
    best = _Best()
    prefixes = _parse_int(s, i)
    if t.word in number_words().articles:
        prefixes = [_Int(i + 1, 1.0, None, False, False, article=True), *prefixes]
    for p in prefixes:
        if not p.article:
            best.offer(p.end, 0, p.value)
        nxt = s.get(p.end)
        if nxt is None:
            continue
        if not p.digit_led:
            _offer_fractions(s, p, single=p.article or (p.end == i + 1 and t.word == "one"),
                             best=best)
        if not p.article:
            _offer_continuation(s, p, nxt.word, best)
    return best.found()


class _Best:
    """Candidates as (end, rank, value): the longest wins, then the highest rank."""

    __slots__ = ("best",)

    def __init__(self) -> None:
        self.best: tuple[int, int, float] | None = None

    def offer(self, end: int, rank: int, value: float) -> None:
        best = self.best
        if best is None or (end, rank) > (best[0], best[1]):
            self.best = (end, rank, value)

    def found(self) -> tuple[int, float] | None:
        return None if self.best is None else (self.best[0], self.best[2])


def _half_or_quarter(s: TokenStream, i: int, word: str) -> tuple[int, float] | None:
    """ "half a dozen", "half a million", "half", "quarter million"."""
    if word == "quarter":
        scale = _big_scale(s, i + 1)
        return (i + 2, scale / 4) if scale is not None else None
    nxt = s.get(i + 1)
    if nxt is not None and nxt.word in number_words().articles:
        after = s.get(i + 2)
        if after is not None and after.word == "dozen":
            return i + 3, 6.0
        scale = _big_scale(s, i + 2)
        if scale is not None:
            return i + 3, scale / 2
    scale = _big_scale(s, i + 1)
    return (i + 2, scale / 2) if scale is not None else (i + 1, 0.5)


def _offer_fractions(s: TokenStream, p: _Int, *, single: bool, best: _Best) -> None:
    """ "two thirds", "one hundred thirty fifths" (the longer denominator wins), "a half",
    "two thirds of a million"."""
    for den in _parse_den(s, p.end):
        if den.plural or single:
            value, end = p.value / den.value, den.end
            of, art = s.get(end), s.get(end + 1)
            if of is not None and of.word == "of" and art is not None:
                articles = number_words().articles
                scale = _big_scale(s, end + 2) if art.word in articles else None
                if scale is not None:
                    value, end = value * scale, end + 3
            best.offer(end, 10 + den.end - p.end, value)


def _offer_continuation(s: TokenStream, p: _Int, word: str, best: _Best) -> None:
    """What may follow an integer: "and a half", "point four", "one over three", "one out
    of three"."""
    if word == "and":
        frac = _fraction_at(s, p.end + 1)
        if frac is not None:
            end, part = frac
            scale = _big_scale(s, end)
            if scale is not None:  # "one billion and a half million"
                best.offer(end + 1, 100, p.value + part * scale)
            elif p.at_big and p.last_big is not None and p.last_big >= 1e6:
                best.offer(end, 100, p.value + part * p.last_big)  # "3 million and a half"
            else:
                best.offer(end, 100, p.value + part)
    elif word == "point":
        decimals = _point_decimals(s, p.end + 1)
        if decimals is not None:
            best.offer(decimals[0], 0, p.value + float("0." + decimals[1]))
    elif word in ("over", "out"):
        _offer_ratio(s, p, word, best)


def _offer_ratio(s: TokenStream, p: _Int, word: str, best: _Best) -> None:
    k = p.end + 1
    if word == "out":
        of = s.get(k)
        if of is None or of.word != "of":
            return
        k += 1
    dens = [d for d in _parse_int(s, k) if d.value]
    if dens:
        d = dens[-1]
        after = s.get(d.end)
        # "$2000 over 3 years" is a time span, not a fraction
        if after is None or after.kind != "w":
            best.offer(d.end, 0, p.value / d.value)


def sign_start(text: str, pos: int) -> int:
    """Where a number starting at ``pos`` really starts, taking a minus sign before it."""
    if pos and text[pos - 1] in MINUS:
        q = pos - 1
        if q == 0 or not (text[q - 1].isalnum() or text[q - 1] in "-_.+/\u2212"):
            return q
        return pos
    # "- 10 k": a detached minus only at the start of a line
    q = pos
    while q and text[q - 1] in " \t":
        q -= 1
    if q < pos and q and text[q - 1] in MINUS:
        r = q - 1
        while r and text[r - 1] in " \t":
            r -= 1
        if r == 0 or text[r - 1] == "\n":
            return q - 1
    return pos
