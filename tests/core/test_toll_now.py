"""A toll told as it stands when told ("the death toll has risen to 12", a headline's "toll
rises to 12", "the toll now stands at 12") counts every death from its incident up to the
day it is told: the day the sentence says it was said, else the publication day. A toll that
rose on a day of its own ("rose to 12 on Wednesday") keeps the day the report gives it. A
communiqué read on a day dates its saying. Places and sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-09")  # a Friday
MONDAY = D("2031-05-05")
THURSDAY = D("2031-05-08")
LEAD = "A boiler exploded at a mill in Kelmor on Monday, killing nine workers. "


def _spans(nlp: Language, text: str) -> list[tuple[float, dt.date | None, dt.date | None]]:
    return [(c.value, c.date_start, c.date_end) for c in counted_claims(nlp, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The toll has risen to 12, officials said on Thursday.",
            [(9, MONDAY, MONDAY), (12, MONDAY, THURSDAY)],
        ),
        (
            LEAD + "The death toll has climbed to 12.",
            [(9, MONDAY, MONDAY), (12, MONDAY, PUBLISHED)],
        ),
        (
            LEAD + "The toll now stands at 12.",
            [(9, MONDAY, MONDAY), (12, MONDAY, PUBLISHED)],
        ),
        (
            "The death toll from Monday's boiler explosion at a mill in Kelmor has risen to "
            "12, officials said.",
            [(12, MONDAY, PUBLISHED)],
        ),
    ],
)
def test_a_toll_told_as_it_stands_runs_to_the_telling(
    nlp: Language, text: str, expected: list[tuple[float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a day of its own: the toll the report dates
            "The death toll from Monday's boiler explosion at a mill in Kelmor rose to 12 on "
            "Wednesday, officials said.",
            [(12, MONDAY, MONDAY)],
        ),
        (  # a count of the day, no toll
            LEAD + "Twelve workers are in hospital.",
            [(9, MONDAY, MONDAY)],
        ),
    ],
)
def test_a_toll_of_its_own_day_stays(
    nlp: Language, text: str, expected: list[tuple[float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text)[: len(expected)] == expected


def test_a_communique_read_on_a_day_dates_the_telling(nlp: Language) -> None:
    text = (
        "The toll of Monday's attack on the Kelmor border post has risen to 12 dead, the "
        "minister said in a communiqué read on state television on Thursday evening."
    )
    assert _spans(nlp, text) == [(12, MONDAY, THURSDAY)]
