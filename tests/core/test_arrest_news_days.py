"""An arrest a report's news tells without a day is dated by the day of the news, its
publication day (issue #11, time); not in a follow-up whose lead or own sentence tells of a
charge, a trial or a funeral, where the arrest may lie months back. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 14)


def arrest_days(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    claims = read_claims(nlp, text, PUB)
    return [(c.date_start, c.date_end) for c in claims if c.measure == "arrested"]


@pytest.mark.parametrize(
    "text",
    [
        "Police informed that four robbers were arrested from Gulshan Town.",
        "The Counter Terrorism Department arrested three suspected militants and recovered "
        "explosives from their possession in Tarvel.",
        # the recogniser tags the town a date: a date that names no time is none
        "Police arrested five men in Turbat, officials said.",
    ],
)
def test_an_arrest_with_no_day_is_the_days_news(nlp: Language, text: str) -> None:
    assert arrest_days(nlp, text) == [(PUB, PUB)]


@pytest.mark.parametrize(
    "text",
    [
        # a trial in the lead: the arrest it recalls keeps no day
        "A man went on trial on Monday for the killing of a shopkeeper in Tarvel. Two other "
        "suspects were arrested in the case.",
        # a charge in the arrest's own sentence
        "One suspect is being held on a charge of resisting arrest, police said.",
    ],
)
def test_an_arrest_a_follow_up_recalls_keeps_no_day(nlp: Language, text: str) -> None:
    assert all(day == (None, None) for day in arrest_days(nlp, text))


def test_an_arrest_on_a_part_of_a_day(nlp: Language) -> None:
    # "on Tuesday night": the day a compound of its part, still the arrest's own day
    text = "Police arrested 43 demonstrators in Tarvel on Tuesday night, the ministry said."
    assert arrest_days(nlp, text) == [(dt.date(2031, 6, 10), dt.date(2031, 6, 10))]


@pytest.mark.parametrize(
    "text",
    [
        # a protest is the news itself: its day dates the arrests made at it
        "Thousands of protesters gathered in Tarvel on Tuesday. Police fired tear gas and "
        "arrested 56.",
        "About 3,000 demonstrators rallied in Tarvel on Tuesday; police arrested 56 of them.",
    ],
)
def test_an_arrest_at_a_protest_takes_its_day(nlp: Language, text: str) -> None:
    assert arrest_days(nlp, text) == [(dt.date(2031, 6, 10), dt.date(2031, 6, 10))]


def test_mourners_gathering_is_still_an_aftermath(nlp: Language) -> None:
    # near miss: mourners gather after an incident; their day dates no figure of it
    text = (
        "Mourners gathered in Tarvel on Tuesday for the funeral of the 12 miners killed in the "
        "blast."
    )
    claims = read_claims(nlp, text, PUB)
    assert [(c.measure, c.date_start) for c in claims] == [("killed", None)]
