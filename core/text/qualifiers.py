"""Qualifiers: which phrase makes which qualifier, and what interval each one asserts.

The phrase table is data (``rules/qualifiers.json``): "at least" → ``at_least``, "some" →
``approx``, "or more" (after the number) → ``at_least``, and the units of vague amounts.
``qualifier_for`` looks a phrase up in it, so the extractor can read qualifiers it finds in the
parse ("the deaths of at least 127") with the same table ``core.text.numbers.find_amounts`` uses.

``interval`` is the one reading of a qualified figure as the interval it claims. Counts are
whole numbers, so for a whole ``v`` the open qualifiers move by one and tolerances round
outward; a fractional ``v`` ("about 1.5") keeps exact bounds. ``t`` is
``settings.approx_tolerance`` and ``n`` is ``settings.nearly_tolerance`` (both 0.10 by default).

============  =====================  =========================  ==========================
qualifier     phrases (examples)     interval                   "30" reads as
============  =====================  =========================  ==========================
exact         (none)                 [v, v]                     [30, 30]
at_least      at least, or more      [v, open]                  [30, open]
more_than     more than, over        [v + 1, open]              [31, open]
nearly        nearly, almost         [ceil(v·(1 − n)), v − 1]   [27, 29]
approx        about, some, around    [floor(v·(1 − t)),         [27, 33]
                                      ceil(v·(1 + t))]
up_to         up to, as many as      [0, v]                     [0, 30]
less_than     fewer than, under      [0, v − 1]                 [0, 29]
range         between 20 and 30      [v, high_value]            "20-30": [20, 30]
vague         dozens, thousands      [2·v, open]                "dozens" (v = 12): [24, open]
============  =====================  =========================  ==========================

Vague amounts carry the unit they count in, as conflict-event coders (ACLED) record them:
"tens" 10, "scores" 20, "dozens" 12, "hundreds" 100, "thousands" 1000, "tens of thousands"
10000, "hundreds of thousands" 100000, "millions" 1e6, "billions" 1e9. The plural means at
least two of the unit, so "dozens" is at least 24 and "scores" at least 40, with no upper
bound. A modifier does not change that reading: "several dozen" and "a few hundred" read
like "dozens" and "hundreds" (at least two units), the cautious end of "several".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from core.errors import Errors
from core.model import QUALIFIERS, Qualifier
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS, Settings

# Float products such as 30 * 1.1 = 33.000000000000004 must not round outward to 34
_DIGITS = 9


@dataclass(frozen=True, slots=True)
class QualifierTable:
    prefixes: dict[str, Qualifier]  # phrase before the number → qualifier
    suffixes: dict[str, Qualifier]  # phrase after the number ("or more") → qualifier
    vague_units: dict[str, float]  # "dozens" → 12
    vague_modifiers: list[str]  # "several" in "several dozen"
    change_verbs: frozenset[str]  # "rose" in "rose from 20 to 30": a change, not a range
    vague_reading: str  # why a vague figure's value is its unit and its interval twice that


@cache
def qualifier_table() -> QualifierTable:
    """The phrase table in ``rules/qualifiers.json``, checked once."""
    raw: dict[str, Any] = load_rules("qualifiers")
    for phrase, qualifier in [*raw["prefixes"].items(), *raw["suffixes"].items()]:
        if qualifier not in QUALIFIERS:
            raise ValueError(Errors.E050.format(phrase=phrase, qualifier=qualifier))
    return QualifierTable(
        prefixes={_normal(k): cast(Qualifier, v) for k, v in raw["prefixes"].items()},
        suffixes={_normal(k): cast(Qualifier, v) for k, v in raw["suffixes"].items()},
        vague_units={_normal(k): float(v) for k, v in raw["vague_units"].items()},
        vague_modifiers=[_normal(m) for m in raw["vague_modifiers"]],
        change_verbs=frozenset(_normal(v) for v in raw["change_verbs"]),
        vague_reading=str(raw["vague_reading"]),
    )


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def qualifier_for(phrase: str) -> Qualifier | None:
    """The qualifier a phrase such as "At  least" or "or more" sets; None when it sets none."""
    table = qualifier_table()
    key = _normal(phrase)
    if key in table.prefixes:
        return table.prefixes[key]
    if key in table.suffixes:
        return table.suffixes[key]
    if key in table.vague_units:
        return "vague"
    return None


def explain_vague(value: float, *, settings: Settings = DEFAULT_SETTINGS) -> str:
    """Why "hundreds" shows 100 beside "200 or more": the value is the unit the amount counts
    in, the interval what the plural asserts. Shown with the claim's reading."""
    low, _high = interval(value, "vague", settings=settings)
    return qualifier_table().vague_reading.format(unit=f"{value:,.0f}", low=f"{low:,.0f}")


def interval(
    value: float,
    qualifier: Qualifier,
    *,
    high_value: float | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[float | None, float | None]:
    """The interval (low, high) a figure asserts; None is an open end. See the module table."""
    whole = math.isfinite(value) and value == int(value)
    step = 1.0 if whole else 0.0
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + step, None
    if qualifier == "nearly":
        return _nearly(value, whole=whole, settings=settings)
    if qualifier == "approx":
        return _approx(value, whole=whole, settings=settings)
    if qualifier == "up_to":
        return 0.0, value
    if qualifier == "less_than":
        return 0.0, max(0.0, value - step)
    if qualifier == "range":
        return _range(value, high_value)
    if qualifier == "vague":
        return 2 * value, None
    raise ValueError(Errors.E050.format(phrase=qualifier, qualifier=qualifier))


def _range(value: float, high_value: float | None) -> tuple[float, float]:
    if high_value is None:
        raise ValueError(Errors.E051.format(value=value))
    return value, high_value


def _nearly(value: float, *, whole: bool, settings: Settings) -> tuple[float, float]:
    """ "nearly 30": below the figure, by at most the tolerance (whole counts: 27 to 29)."""
    step = 1.0 if whole else 0.0
    low = value * (1 - settings.nearly_tolerance)
    high = value - step
    if whole:
        low = float(math.ceil(round(low, _DIGITS)))
    return min(low, high), high


def _approx(value: float, *, whole: bool, settings: Settings) -> tuple[float, float]:
    """ "about 30": either side of the figure by the tolerance (widened to whole counts)."""
    t = settings.approx_tolerance
    low, high = value * (1 - t), value * (1 + t)
    if whole:
        low = float(math.floor(round(low, _DIGITS)))
        high = float(math.ceil(round(high, _DIGITS)))
    return low, high
