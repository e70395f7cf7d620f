"""A weekday written with its day and month and no year ("on Tuesday (6 January)") names the
day in the year, next to the reference's, in which that day falls on that weekday; the
tagger's two entities read as one (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("expr", "reference", "expected"),
    [
        # the default year makes it a Sunday: the next year makes it the Tuesday written
        ("on Tuesday (6 January)", D("2008-11-04"), D("2009-01-06")),
        ("on Tuesday, Jan. 6", D("2009-01-07"), D("2009-01-06")),
        # the weekday already agrees: nothing moves
        ("on Sunday, 6 January", D("2008-11-04"), D("2008-01-06")),
        # a weekday alone, or with a year, is read as before
        ("on Tuesday", D("2008-11-06"), D("2008-11-04")),
        ("on Friday, 6 January 2009", D("2009-03-01"), D("2009-01-06")),
    ],
)
def test_the_weekday_picks_the_year(
    expr: str, reference: dt.date, expected: dt.date
) -> None:
    period = resolve_period(expr, published=reference)
    assert period is not None
    assert period.start == period.end == expected


def days(nlp: Language, text: str, published: dt.date | None) -> list[dt.date | None]:
    return [c.date_start for c in read_claims(nlp, text, published) if c.value == 40]


def test_a_weekday_and_its_day_in_brackets_name_one_day(nlp: Language) -> None:
    # no publication date: the latest full date is background, months before the story
    text = (
        "Troops on Tuesday (6 January) killed 40 people during a raid on a camp. "
        "A truce signed on 19 June 2008 broke down on 4 November 2008."
    )
    assert days(nlp, text, None) == [D("2009-01-06")]


def test_a_weekday_and_its_day_after_a_comma_in_a_dated_report(nlp: Language) -> None:
    text = "Gunmen killed 40 people on Tuesday, 6 January, in a raid on a camp."
    assert days(nlp, text, D("2026-01-08")) == [D("2026-01-06")]
