"""A running total told in the pluperfect "before" a day ("Before Friday night, 40 people
had been injured") is bounded at that day, in the report's year when the day has none, as
one told "by" or "until" it is: from the start of the year to the day (a report's incident
cuts the start), not the day of publication (issue #11, dates). Before a longer period
("before 2020", "the week before Christmas") the word tells of other times, and a day's part
("shortly before dawn on Friday") or a stretch counted back ("two days before Friday's
vote") keep today's reading; so do a single incident before a day ("died in hospital before
Thursday morning") and a clause that counts on past it ("and 5 more since"). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday; Friday is 30 May

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before Friday night, 40 people had been injured, police said.",
         [("40", "2031-01-01", "2031-05-30")]),
        ("Before Friday, police had arrested 40 people, a spokesman said.",
         [("40", "2031-01-01", "2031-05-30")]),
        ("Some 40 people had been injured before Friday night, police said.",
         [("Some 40", "2031-01-01", "2031-05-30")]),
        ("Before Monday, 17 people had been abducted in the district, police said.",
         [("17", "2031-01-01", "2031-06-02")]),
        ("Before 12 May, 30 people had been arrested in the state, police said.",
         [("30", "2031-01-01", "2031-05-12")]),
        # a day without its year is in the report's year, never the year before
        ("Before 6 June, 14 people had been arrested in Quetta, police said.",
         [("14", "2031-01-01", "2031-06-04")]),
        ("Police had arrested 25 people before Sunday evening, a spokesman said.",
         [("25", "2031-01-01", "2031-06-01")]),
    ],
)
def test_a_figure_before_a_day_is_bounded_by_it(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 5 people shortly before dawn on Friday in Kano, police said.",
         [("5", "2031-05-30", "2031-05-30")]),
        ("Gunmen killed 5 people just before midnight on Friday in Kano, police said.",
         [("5", "2031-05-30", "2031-05-30")]),
        # the stretch counts back from Friday, not from the report's day (event_stretches)
        ("Two days before Friday's vote, gunmen killed 5 people in Kano, police said.",
         [("5", "2031-05-28", "2031-05-28")]),
        ("Gunmen killed 5 people in Kano before 2020, police said.",
         [("5", "2031-06-04", "2031-06-04")]),
        ("Gunmen killed 5 people in Kano in the week before Christmas, police said.",
         [("5", "2031-06-04", "2031-06-04")]),
        ("The 5 men were killed before sunrise on Tuesday, police said.",
         [("5", "2031-06-03", "2031-06-03")]),
        # a single incident before a day is no tally up to it
        ("Seven people died in hospital before Thursday morning, a doctor said.",
         [("Seven", "2031-06-04", "2031-06-04")]),
        ("Eight people were hurt in a crash before Friday, police said.",
         [("Eight", "2031-06-04", "2031-06-04")]),
        ("Activists said 9 were detained before 8 June in Quetta.", [("9", None, None)]),
        # a clause that counts on past the day bounds none of its figures
        ("Police said 16 people had been injured before Monday and 5 more since.",
         [("16", "2031-06-04", "2031-06-04"), ("5", "2031-06-04", "2031-06-04")]),
        ("Police said 11 people had died in the floods before Sunday and 3 more since then.",
         [("11", "2031-06-04", "2031-06-04"), ("3", "2031-06-04", "2031-06-04")]),
    ],
)
def test_a_part_of_a_day_or_a_longer_period_keeps_its_reading(
    nlp: Language, text: str, expected: list[Row]
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected
