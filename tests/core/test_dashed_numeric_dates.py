"""A date written as three dashed numbers, day or month first and a four-digit year ("killed
11 on 01-03-2031", "the 08-10-2031 raid"), is a date: its first two numbers are no range of
people ("01-03 killed") and its first no count ("05 arrested"), as the slashed and dotted
forms already were not (issue #11, dates in South Asian and African copy). A range of people
("10-12 villagers", "between 20-25"), a range of days before a month's name ("10-12
December"), a duration ("a 2-3-hour battle") and a telephone number keep their readings.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 6)

Counts = list[tuple[str, str, float]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed 11 villagers in Maru on 01-03-2031, police said.",
         [("11", "killed", 11.0)]),
        ("Police arrested 4 suspects on 05-03-2031 in Kano.", [("4", "arrested", 4.0)]),
        ("The 08-10-2031 raid left 4 officers injured, police said.",
         [("4", "injured", 4.0)]),
        ("Police arrested 8-10 suspects in Kano on 03-03-2031.",
         [("8-10", "arrested", 8.0)]),
    ],
)
def test_a_dashed_date_is_no_figure(nlp: Language, text: str, expected: Counts) -> None:
    assert written_counts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 10-12 villagers in Maru on Sunday, police said.",
         [("10-12", "killed", 10.0)]),
        ("Police said 3-4 suspects were arrested in Kano on 04/03/2031.",
         [("3-4", "arrested", 3.0)]),
        ("Between 20-25 people were killed in Jos, police said.",
         [("Between 20-25", "killed", 20.0)]),
        ("Troops killed 15 insurgents on 10-12 December in Borno, the army said.",
         [("15", "killed", 15.0)]),
        ("Fighters killed 5 soldiers in a 2-3-hour gun battle in Borno, the army said.",
         [("5", "killed", 5.0)]),
        ("Police arrested 8 suspects in Kano, call 0803-123-4567 for help.",
         [("8", "arrested", 8.0)]),
        ("Police arrested 7 suspects on 4.3.2031 in Gombe.", [("7", "arrested", 7.0)]),
        ("Gunmen abducted 6 travellers near Lokoja on 02-04-2031, police said.",
         [("6", "kidnapped", 6.0)]),
    ],
)
def test_counts_beside_dates_keep_their_reading(
    nlp: Language, text: str, expected: Counts
) -> None:
    assert written_counts(nlp, text, PUBLISHED) == expected
