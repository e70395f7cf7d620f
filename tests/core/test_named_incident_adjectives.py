"""A date written before an incident noun names that incident across the adjectives between
them ("Monday's twin blasts", "Sunday's coordinated attacks"), as across nouns ("Friday's bus
bombing"): a toll of that incident counts from its day (issue #11, Time). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_words import dates_incident
from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday: Sunday is June 8, Monday June 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll from Monday's twin blasts in Quetta rose to 17 on Wednesday.", D("2025-06-09")),
        (
            "The number of dead in Sunday's coordinated attacks on two churches climbed to 23 "
            "on Tuesday.",
            D("2025-06-08"),
        ),
        # no incident noun after the adjective: the toll keeps the day it moved on
        ("The toll from Monday's heavy rain rose to 17 on Tuesday.", D("2025-06-10")),
    ],
)
def test_a_toll_of_an_incident_named_across_its_adjectives(
    nlp: Language, text: str, expected: dt.date
) -> None:
    assert casualty_days(nlp, text, WED)[0] == expected


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Monday's massive blast shook the market.", "Monday", True),
        # a year's adjective describes what the year held: no name of one incident
        ("The warning system should prevent a repeat of 2019's massive death toll.", "2019", False),
    ],
)
def test_a_day_names_its_incident_across_an_adjective_a_year_does_not(
    nlp: Language, text: str, word: str, named: bool
) -> None:
    doc = nlp(text)
    assert dates_incident(next(t for t in doc if t.text == word)) is named
