"""A day of the month written with "instant" after it ("arrested on the 3rd instant"), as South
Asian police and court copy names a day of the month the report is filed in, is that day: the
ordinal is no rank of the word after it, and an ordinal the recogniser tags apart is labelled
a date. An ordinal that ranks a noun ("the 5th attack", "the 2nd battalion"), "instant" as an
adjective ("an instant raid", "the 3rd instant noodle factory") and a report with no
publication day keep today's reading (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import first_days

PUBLISHED = dt.date(2031, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEW DELHI: 5 persons were killed in a fire at a factory in Mundka on the 2nd "
         "instant.", [("killed", 5.0, "2031-06-02")]),
        ("LAHORE: Police arrested 11 suspects on the 9th instant in a raid on a gambling den.",
         [("arrested", 11.0, "2031-06-09")]),
        ("Two persons were injured in a clash at Gulberg on the 7th instant, police said.",
         [("injured", 2.0, "2031-06-07")]),
        ("The accused, who killed 3 people on the 4th instant, were arrested in Multan.",
         [("killed", 3.0, "2031-06-04")]),
        # the day written without "the", as the abbreviation often is
        ("KARACHI: Police arrested 7 people on 3rd inst., officials said.",
         [("arrested", 7.0, "2031-06-03")]),
        ("PESHAWAR: Police said 4 persons were arrested on 2nd inst in Hayatabad.",
         [("arrested", 4.0, "2031-06-02")]),
    ],
)
def test_a_day_of_this_month_dates_its_figure(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the 5th attack this year killed 4 people on Monday.",
         [("killed", 4.0, "2031-06-09")]),
        ("Police arrested 4 men in an instant raid on Tuesday.",
         [("arrested", 4.0, "2031-06-10")]),
        ("The 3rd instant noodle factory fire this month killed 4 workers.",
         [("killed", 4.0, "2031-06-01")]),
        ("Police said 6 people were killed on the 2nd of this month.",
         [("killed", 6.0, "2031-06-02")]),
        ("Police arrested 4 men on 2nd June in Quetta.",
         [("arrested", 4.0, "2031-06-02")]),
        # a day of this month still to come (a remand's, a hearing's) dates no figure told,
        # and is never read back into the month before
        ("LAHORE: Police arrested 3 men, and the court remanded them in police custody till "
         "the 20th instant.", [("arrested", 3.0, None)]),
        ("KARACHI: Police arrested 6 suspects; the next hearing is on the 18th instant.",
         [("arrested", 6.0, None)]),
        ("LAHORE: Police arrested 5 suspects on the 28th instant, officials said.",
         [("arrested", 5.0, None)]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert first_days(text, PUBLISHED) == expected


def test_no_publication_day_gives_no_month() -> None:
    text = "LAHORE: Police arrested 11 suspects on the 9th instant in a raid."
    assert first_days(text, None) == [("arrested", 11.0, None)]
