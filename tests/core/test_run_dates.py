"""A count the tagger runs into the time told after it ("Targeted killings numbered 87 last
year", "up from 634 last year") is a count, dated by that time; a duration or a day of the
month is none. Sentences we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 1, 6)
LAST_YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))

CASES: list[tuple[str, list[tuple[float, str]]]] = [
    ("Targeted killings in Kessa numbered 87 last year.", [(87, "killed")]),
    ("The death toll from militant violence stood at 1,204 last year.", [(1204, "killed")]),
    (
        "Rebels carried out 812 attacks in Kessa this year, up from 634 last year.",
        [(812, "attacks"), (634, "attacks")],
    ),
    # a duration, a day of the month, a time ago: no count of anything
    ("The gunman spent 20 years in jail before the raid.", []),
    ("Three people were killed on 4 May last year.", [(3, "killed")]),
    ("Five people died in the floods 20 years ago.", [(5, "killed")]),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str]]]:
    claims = core_claims_by_text([t for t, _ in CASES], PUB)
    return {t: [(c.value, c.measure) for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts_run_into_a_date(
    found: dict[str, list[tuple[float, str]]], text: str, expected: list[tuple[float, str]]
) -> None:
    assert found[text] == expected


def test_a_count_run_into_a_date_takes_the_date() -> None:
    text = "Targeted killings in Kessa numbered 87 last year."
    (claim,) = core_claims_by_text([text], PUB)[text]
    assert (claim.date_start, claim.date_end) == LAST_YEAR
