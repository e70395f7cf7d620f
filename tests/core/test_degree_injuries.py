"""A harm suffered in "degrees" or "kinds" ("12 others sustained varying degrees of injuries",
as Nigerian copy writes it) completes the idiom as "sustained injuries" does (issue #11,
detection): the figure was read as no casualty, the object "degrees" taken for the victims'
own noun. A degree of something else, or a count of degrees, keeps today's reading. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Three persons died while 12 others sustained varying degrees of injuries in the "
         "crash.", [("Three", "killed", 3.0), ("12", "injured", 12.0)]),
        ("Twelve others sustained various degrees of injury.", [("Twelve", "injured", 12.0)]),
        ("Six persons sustained different degrees of burns in the fire.",
         [("Six", "injured", 6.0)]),
        ("Eight passengers suffered various kinds of injuries.", [("Eight", "injured", 8.0)]),
    ],
)
def test_degrees_of_a_harm_are_the_harm(
    nlp: Language, text: str, figures: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, DAY) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Nine passengers sustained injuries of varying degrees.", [("Nine", "injured", 9.0)]),
        ("Temperatures reached 45 degrees in the city.", []),
        ("The students sustained various degrees of success in 12 exams.",
         [("12", "other", 12.0)]),
        ("Five gunmen took 12 people hostage.",
         [("Five", "other", 5.0), ("12", "kidnapped", 12.0)]),
        ("Police took 23 persons into custody.", [("23", "arrested", 23.0)]),
    ],
)
def test_other_degrees_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, DAY) == figures
