"""A half-year or quarterly review compares its figures with "the same period" of an earlier
year: the year that phrase names dates only the figure compared with, and the sentence's own
period ("the six months to June", "the second quarter") keeps the year of publication; "the six
months to June" are January to June. Sentences and outlets we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2033-07-07")
H1_2033 = (D("2033-01-01"), D("2033-06-30"))
H1_2032 = (D("2032-01-01"), D("2032-06-30"))
Q2_2033 = (D("2033-04-01"), D("2033-06-30"))
Q2_2032 = (D("2032-04-01"), D("2032-06-30"))
LEAD = "TARVEN: Road bandits grew bolder across Morvia this year, the Kestrel Group said.\n\n"


def spans(nlp: Language, text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, PUB)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the compared figure's own "same period of YEAR", the parser hanging it on the verb
        (
            "Gangs abducted 214 travellers in the six months to June, against 133 in the "
            "same period of 2032, the group said on Monday.",
            {"214": H1_2033, "133": H1_2032},
        ),
        (
            "Bandits killed 305 people in the first half of the year, compared with 251 in "
            "the same period of 2032.",
            {"305": H1_2033, "251": H1_2032},
        ),
        (
            "Troops killed 97 gang members in the second quarter, against 58 in the same "
            "quarter of 2032.",
            {"97": Q2_2033, "58": Q2_2032},
        ),
        (
            "Police arrested 144 suspects between January and June, up from 120 in the same "
            "period last year.",
            {"144": H1_2033, "120": H1_2032},
        ),
        # "the first six months" with no year: this year's; "a year earlier" after the
        # figure compared, those months a year back (not the whole of last year)
        (
            "Bandit attacks fell in the first six months, to 318 from 402 a year "
            "earlier, the group said.",
            {"318": H1_2033, "402": H1_2032},
        ),
    ],
)
def test_same_period_of_a_named_year(
    nlp: Language, sentence: str, expected: dict[str, tuple[dt.date, dt.date]]
) -> None:
    found = spans(nlp, LEAD + sentence)
    assert {k: found.get(k) for k in expected} == expected


def test_a_later_year_is_no_period_compared_with(nlp: Language) -> None:
    # "the same period of 2034" after a 2033 half-year is a forecast's, not the figure's past
    found = spans(
        nlp,
        LEAD + "Gangs abducted 214 travellers in the six months to June 2033, against 133 in "
        "the first half of 2032.",
    )
    assert found["214"] == H1_2033
    assert found["133"] == H1_2032


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in the six months to June", H1_2033),
        ("in the three months to June", Q2_2033),
        ("in the twelve months to June", (D("2032-07-01"), D("2033-06-30"))),
        ("in the two months to April", (D("2033-03-01"), D("2033-04-30"))),
    ],
)
def test_months_to_a_month_are_whole_months(
    nlp: Language, phrase: str, expected: tuple[dt.date, dt.date]
) -> None:
    found = spans(nlp, LEAD + f"Gangs abducted 214 travellers {phrase}, the group said.")
    assert found["214"] == expected


OCT_2032 = (D("2032-01-01"), D("2032-10-31"))
Q1_2032 = (D("2032-01-01"), D("2032-03-31"))
TEN_MONTHS = (
    "TARVEN: Gangs carried out 803 raids in the first ten months of the year, the Kestrel "
    "Group said on Saturday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # months told with "of last year" after them, the tagger reading the two apart
        ("During the January-October period of last year, 611 raids were recorded.", OCT_2032),
        ("In the first quarter of last year, 240 raids were recorded.", Q1_2032),
        # the review's own stretch in the year named, the tagger taking only the year
        ("During the same period of last year, 611 raids were recorded.", OCT_2032),
        ("In the corresponding period of 2032, 598 people were killed.", OCT_2032),
    ],
)
def test_months_of_an_earlier_year(
    nlp: Language, sentence: str, expected: tuple[dt.date, dt.date]
) -> None:
    found = {
        c.number_text: (c.date_start, c.date_end)
        for c in counted_claims(nlp, TEN_MONTHS + sentence, D("2033-11-01"))
    }
    figure = next(n for n in found if n != "803")
    assert found[figure] == expected
    assert found["803"] == (D("2033-01-01"), D("2033-10-31"))


@pytest.mark.parametrize(
    "sentence",
    [
        # the recogniser tags the year back alone ("last year"), or the figure with it
        "Eastvale has counted 37 homicides so far this year, down from 49 at the same point "
        "last year.",
        "Eastvale has counted 37 homicides so far this year, down from 49 at this point last "
        "year.",
        "Eastvale has counted 37 homicides so far this year, up from 29 at this time last year.",
    ],
)
def test_a_count_set_against_this_point_last_year(nlp: Language, sentence: str) -> None:
    found = spans(nlp, sentence)
    earlier = next(v for k, v in found.items() if k != "37")
    assert found["37"] == (D("2033-01-01"), PUB)
    assert earlier == (D("2032-01-01"), D("2032-07-07"))
