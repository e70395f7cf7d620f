"""An arrest told with the day of its telling and no day of its own is read the same wherever
the sentence writes that day (issue #11, time): "Police said Monday 40 were arrested", "police
said on Monday they had held 40" and "40 were arrested, police said on Monday" all give
Monday, though the parser hangs the first two days in the clause of what was said. A perfect
of people held over a deed whose own clause has a day ("over a shooting that killed two on
Saturday") runs from that day to the telling, as it does when an earlier sentence gives the
day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-08")  # a Thursday
SATURDAY = D("2031-05-03")
MONDAY = D("2031-05-05")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kelmor said Monday 40 protesters were arrested.",
        "Police in Kelmor said on Monday they had arrested 40 protesters.",
        "Forty protesters were arrested in Kelmor, a police spokesman said on Monday.",
        "Police in Kelmor said on Monday that 40 protesters had been detained.",
    ],
)
def test_an_arrest_told_on_a_day_is_that_days(nlp: Language, text: str) -> None:
    assert dated_counts(nlp, text, PUBLISHED) == [("arrested", 40, MONDAY, MONDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Police have arrested three men over a shooting that killed two people in Kelmor on "
        "Saturday.",
        "Three men have been arrested in connection with a shooting that killed two people "
        "in Kelmor on Saturday, police said.",
        # the same day told by the sentence before
        "Two people were killed in a shooting in Kelmor on Saturday. Police have arrested "
        "three men over the shooting.",
    ],
)
def test_a_perfect_of_arrests_over_a_dated_deed_runs_to_the_telling(
    nlp: Language, text: str
) -> None:
    assert sorted(dated_counts(nlp, text, PUBLISHED)) == [
        ("arrested", 3, SATURDAY, PUBLISHED),
        ("killed", 2, SATURDAY, SATURDAY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest's own day
        (
            "Police arrested three men on Monday over a shooting that killed two people in "
            "Kelmor on Saturday.",
            [("arrested", 3, MONDAY, MONDAY), ("killed", 2, SATURDAY, SATURDAY)],
        ),
        # a past, not a perfect: the deed's day, as the incident's
        (
            "Police arrested three men over a shooting that killed two people in Kelmor on "
            "Saturday.",
            [("arrested", 3, SATURDAY, SATURDAY), ("killed", 2, SATURDAY, SATURDAY)],
        ),
        # a day the arrests were made on, by a verb of their own
        (
            "Police said they had arrested 40 protesters in Kelmor on Monday.",
            [("arrested", 40, MONDAY, MONDAY)],
        ),
    ],
)
def test_an_arrest_with_its_own_day_or_a_past_keeps_it(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert sorted(dated_counts(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday they had arrested 78 people over the violence that broke out "
        "in Kelmor on Saturday.",
        # the arrests a conjunct of another perfect, their "had" shared (tagged a past)
        "Kelmor police on Monday said that they had registered 45 cases and arrested 78 "
        "people in connection with the violence that broke out on Saturday.",
    ],
)
def test_a_told_perfect_of_arrests_runs_from_the_deed_to_the_telling(
    nlp: Language, text: str
) -> None:
    arrests = [c for c in dated_counts(nlp, text, PUBLISHED) if c[0] == "arrested"]
    assert arrests == [("arrested", 78, SATURDAY, MONDAY)]
