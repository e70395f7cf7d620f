"""Issue #11, time: "this week's" and "this year's" name their period though the recogniser
leaves "this" out; a toll "from last week's floods" said on Friday is the floods' toll; a
stretch "between 10 p.m. Friday and 4 a.m. Saturday" is read whole; a figure the verb is
gapped before ("and two more on Friday") takes its own day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import measured_days

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 14)  # a Saturday


def _dates(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return measured_days(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll from this week's floods rose.", ["this week"]),
        ("This year's violence has killed 90 people.", ["This year", "90"]),
        ("This morning's raid left three militants dead.", ["This morning", "three"]),
        # "last" the recogniser keeps; a weekday after "this" is no period told from now
        ("Last month's attacks killed 9 people.", ["Last month's", "9"]),
    ],
)
def test_this_goes_with_its_period(nlp: Language, text: str, expected: list[str]) -> None:
    assert [e.text for e in nlp(text).ents] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This year's violence has killed 90 people in the province, the report said.",
         [("killed", 90, "2031-01-01", "2031-06-14")]),
        ("This month's attacks killed 9 people.",
         [("killed", 9, "2031-06-01", "2031-06-14")]),
        # the toll of the incident the sentence names by its time, not of the day it was told
        ("The death toll from last week's floods rose to 52, officials said on Friday.",
         [("killed", 52, "2031-06-02", "2031-06-08")]),
        ("Flash floods swept through villages in the hill district on Tuesday, killing 30"
         " people. The death toll from this week's floods rose to 52, officials said on"
         " Friday.",
         [("killed", 30, "2031-06-10", "2031-06-10"), ("killed", 52, "2031-06-10", "2031-06-10")]),
        # a disaster names its incident as an attack does
        ("The toll from Sunday's fire at a garment factory rose to 31 on Wednesday.",
         [("killed", 31, "2031-06-08", "2031-06-08")]),
        ("Gunmen opened fire on a bus on Tuesday, killing four passengers, police said on"
         " Wednesday.",
         [("killed", 4, "2031-06-10", "2031-06-10")]),
        # a clause joined to the toll's counts its own day
        ("The death toll from Monday's blast rose to 31, and police arrested 4 suspects on"
         " Wednesday.",
         [("killed", 31, "2031-06-09", "2031-06-09"), ("arrested", 4, "2031-06-11", "2031-06-11")]),
        # no incident named: the day it was told is all there is
        ("The death toll rose to 52, officials said on Friday.",
         [("killed", 52, "2031-06-13", "2031-06-13")]),
    ],
)
def test_a_toll_takes_the_time_of_its_incident(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thieves shot two guards between 10 p.m. Friday and 4 a.m. Saturday, police said.",
         [("injured", 2, "2031-06-13", "2031-06-14")]),
        ("Thieves shot two guards between Friday evening and early Saturday, police said.",
         [("injured", 2, "2031-06-13", "2031-06-14")]),
        # one hour and its day: one day
        ("Two men were shot at 10 p.m. Friday, police said.",
         [("injured", 2, "2031-06-13", "2031-06-13")]),
        # an event the recogniser tags beside a day is no stretch, and no error
        ("Police arrested 23 people during the Boston Marathon Monday.",
         [("arrested", 23, "2031-06-09", "2031-06-09")]),
        ("Police arrested 12 people between Monday and Wednesday.",
         [("arrested", 12, "2031-06-09", "2031-06-11")]),
    ],
)
def test_a_stretch_between_hours_of_two_days(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed on Thursday evening and two more on Friday.",
         [("killed", 3, "2031-06-12", "2031-06-12"), ("killed", 2, "2031-06-13", "2031-06-13")]),
        ("Police arrested 40 people in 2030 and 52 in 2031.",
         [("arrested", 40, "2030-01-01", "2030-12-31"),
          ("arrested", 52, "2031-01-01", "2031-06-14")]),
        # a gapped figure with no day of its own keeps the first one's, not the report's day
        ("Two soldiers were killed on Monday and four others wounded, the army said on Tuesday.",
         [("killed", 2, "2031-06-09", "2031-06-09"), ("injured", 4, "2031-06-09", "2031-06-09")]),
    ],
)
def test_a_gapped_figure_takes_its_own_day(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected
