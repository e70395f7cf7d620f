"""A part of a counted whole and a statistic's own span (round 33): "Ten of 58 shootings were
gang-related" (both count attacks), "Ten of 58 passengers were killed" (the part is the dead),
"Three of this year’s murders" (the dead of the year so far, with a curly apostrophe too), "Nine
kids ages 3 to 16 died in 2014" (the parser takes "ages" for a verb). Sentences we
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 10)
YEAR_SO_FAR = (dt.date(2031, 1, 1), PUB)
LEAD = "A man was shot dead outside a Fenwick tavern on Sunday, police said. "

Row = tuple[float, str, dt.date | None, dt.date | None]

CASES: list[tuple[str, list[Row]]] = [
    ("Twelve of 64 Fenwick shootings in 2030, fatal and nonfatal, occurred near taverns.",
     [(12, "attacks", dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
      (64, "attacks", dt.date(2030, 1, 1), dt.date(2030, 12, 31))]),
    ("Ten of 58 passengers on the Fenwick bus were killed in the crash in 2030.",
     [(10, "killed", dt.date(2030, 1, 1), dt.date(2030, 12, 31))]),
    (LEAD + "Three of this year’s murders in Fenwick were tavern shootings.",
     [(1, "killed", dt.date(2031, 5, 4), dt.date(2031, 5, 4)), (3, "killed", *YEAR_SO_FAR)]),
    (LEAD + "Three of this year's murders in Fenwick were tavern shootings.",
     [(1, "killed", dt.date(2031, 5, 4), dt.date(2031, 5, 4)), (3, "killed", *YEAR_SO_FAR)]),
    ("Nine kids ages 3 to 16 across Ohio died in gun accidents in 2014, a report said.",
     [(9, "killed", dt.date(2014, 1, 1), dt.date(2014, 12, 31))]),
    ("Eleven teenagers ages 13 to 19 countywide were killed in crashes in 2014.",
     [(11, "killed", dt.date(2014, 1, 1), dt.date(2014, 12, 31))]),
    # round 33 variants: "out of", a past year's possessive the entity holds whole
    ("Five out of 20 miners at the Fenwick pit were killed in the blast in 2030.",
     [(5, "killed", dt.date(2030, 1, 1), dt.date(2030, 12, 31))]),
    ("Six of last year's killings in Fenwick remain unsolved.",
     [(6, "killed", dt.date(2030, 1, 1), dt.date(2030, 12, 31))]),
    # near misses: a day's shooting named by its date; an age range of people unharmed
    ("Two men were hurt in last month's shootings in Fenwick, police said.",
     [(2, "injured", dt.date(2031, 4, 1), dt.date(2031, 4, 30))]),
    ("Eight children ages 6 to 12 visited the Fenwick museum in 2014.", []),
    ("Five out of 20 miners at the Fenwick pit were questioned in 2030.", []),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Row]]:
    claims = core_claims_by_text([t for t, _ in CASES], PUB)
    return {
        t: [(c.value, c.measure, c.date_start, c.date_end) for c in cs
            if c.measure in ("killed", "injured", "attacks")]
        for t, cs in claims.items()
    }


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_parts(found: dict[str, list[Row]], text: str, expected: list[Row]) -> None:
    assert found[text] == expected
