"""A figure dated "on the eve of" a holiday takes the day before it ("Police arrested 14 people
on the eve of Christmas"): before, it took the holiday itself, or the tagger's "the eve of"
alone gave nothing (issue #11, dates). The holiday's own day, its named eve ("Christmas
Eve"), a stretch of days from it, the eve of a lunar holiday (read by its own calendar) and
the eve of a happening with no date keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 14 people on the eve of Christmas, officials said.",
         [("14", "arrested", "2030-12-24")]),
        ("Gunmen killed 4 people on the eve of Thanksgiving, police said.",
         [("4", "killed", "2030-11-27")]),
        ("Rioters injured 9 officers on the eve of New Year's Day, police said.",
         [("9", "injured", "2030-12-31")]),
        ("On the eve of Easter, a bomb killed 11 worshippers, officials said.",
         [("11", "killed", "2031-04-12")]),
    ],
)
def test_the_eve_of_a_holiday_is_the_day_before(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 4 people on Christmas Eve, police said.",
         [("4", "killed", "2030-12-24")]),
        ("Police arrested 5 men on Christmas, officials said.",
         [("5", "arrested", "2030-12-25")]),
        ("Two days before Christmas, gunmen killed 3 people, police said.",
         [("3", "killed", "2030-12-23")]),
        ("The day after Thanksgiving, police arrested 6 shoplifters, officials said.",
         [("6", "arrested", "2030-11-29")]),
        ("Police arrested 30 people on the eve of the election, officials said.",
         [("30", "arrested", "2031-06-03")]),
    ],
)
def test_near_misses_keep_their_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the eve of a holiday's weekend is the day before the weekend, not a day inside it
        ("Police arrested 3 men on the eve of the Memorial Day weekend, officials said.",
         [("3", "arrested", "2031-05-23")]),
        ("Troopers arrested 12 drivers on the eve of the Labor Day weekend, police said.",
         [("12", "arrested", "2030-08-30")]),
    ],
)
def test_the_eve_of_a_holiday_weekend_is_the_day_before_it(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected
