"""Which day a figure takes (issue #11), one class per test: a year that names an old
incident before its remembrance ("the 2019 ... anniversary") dates neither the remembrance nor
a figure told on its day; a month that bounds the rank of an incident in a series ("the third
such attack in March") leaves the weekday the figure's; a definite "the year" in a report of
the first weeks of January is the year just ended; a headline's vague count run into its
period ("hundreds in first quarter") keeps that period; a toll that moved "by" a later day
counts the incident its sentence names, whatever noun the toll is ("the number of dead in
Friday's bus bombing"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2031-12-17")  # a Wednesday: Monday the 15th, Tuesday the 16th, Sunday the 14th
FRI = D("2031-03-14")  # a Friday in March: Thursday the 13th
THU = D("2031-03-13")
SUN = D("2031-12-14")  # a Sunday: Friday the 12th, Saturday the 13th
NEW_YEAR = D("2032-01-04")  # the first Sunday of a new year


def _days(
    nlp: Language, text: str, published: dt.date
) -> list[tuple[str, float, dt.date | None, dt.date | None]]:
    return dated_counts(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2019 Marrowby market bombing anniversary was observed on Tuesday; four people "
            "were hurt when a stage collapsed.",
            [("injured", 4, D("2031-12-16"), D("2031-12-16"))],
        ),
        (
            "As the city marked the 2018 Orrin siege anniversary on Tuesday, gunmen killed "
            "three guards at a checkpoint.",
            [("killed", 3, D("2031-12-16"), D("2031-12-16"))],
        ),
        (
            "Mourners gathered for the 2020 Tarnby mosque fire commemoration on Sunday, where "
            "two people were killed in a stampede.",
            [("killed", 2, D("2031-12-14"), D("2031-12-14"))],
        ),
        (
            "On the 2024 Hallam bridge collapse anniversary on Monday, police arrested seven "
            "protesters outside the town hall.",
            [("arrested", 7, D("2031-12-15"), D("2031-12-15"))],
        ),
        # near misses: the old incident's own figure keeps its year
        (
            "The 2019 Marrowby market bombing, which killed 23 people, was carried out by a "
            "splinter group.",
            [("killed", 23, D("2019-01-01"), D("2019-12-31"))],
        ),
        (
            "In 2019, four people were hurt when a stage collapsed at the Marrowby fair.",
            [("injured", 4, D("2019-01-01"), D("2019-12-31"))],
        ),
        # an old incident dated after its noun is still the time of its own toll
        (
            "Hundreds of tremors have shaken the islands since a huge quake in 2009 set off a "
            "wave that left more than 90,000 people dead.",
            [("killed", 90000, D("2009-01-01"), D("2009-12-31"))],
        ),
    ],
)
def test_a_year_naming_an_old_incident_before_its_anniversary_dates_no_new_figure(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _days(nlp, text, WED) == expected


THU = D("2031-03-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen shot dead two constables in Varsk on Thursday, the third such ambush in "
            "March.",
            [("killed", 2, THU, THU)],
        ),
        (
            "A roadside bomb wounded six soldiers near Tullow on Wednesday, the fourth such "
            "blast in the district in March.",
            [("injured", 6, D("2031-03-12"), D("2031-03-12"))],
        ),
        (
            "Police arrested nine suspects in a raid on Tuesday, the second such raid in March.",
            [("arrested", 9, D("2031-03-11"), D("2031-03-11"))],
        ),
        (
            "Militants killed four farmers in Kolvar on Monday, the latest in a string of "
            "attacks in February and March.",
            [("killed", 4, D("2031-03-10"), D("2031-03-10"))],
        ),
        # near misses: the month is the figure's own time
        (
            "Two constables were shot dead in March; on Thursday police arrested a suspect.",
            # the arrest is Thursday's, whatever month the deaths it follows fell in
            [("killed", 2, D("2031-03-01"), FRI), ("arrested", 1, THU, THU)],
        ),
        (
            "Militants killed 12 people in February, officials said on Thursday.",
            [("killed", 12, D("2031-02-01"), D("2031-02-28"))],
        ),
    ],
)
def test_a_month_bounding_a_series_rank_leaves_the_weekday_the_figures(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _days(nlp, text, FRI) == expected


YEAR_ENDED = (D("2031-01-01"), D("2031-12-31"))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Kestria's police chief reviewed the year at a press conference on Saturday. During "
            "the year, police arrested 1,400 suspects, he said.",
            NEW_YEAR,
            [("arrested", 1400, *YEAR_ENDED)],
        ),
        (
            "In 2031, militants carried out 289 attacks across the province. During the year, "
            "security forces arrested 1,400 suspects.",
            D("2032-01-05"),
            [("attacks", 289, *YEAR_ENDED), ("arrested", 1400, *YEAR_ENDED)],
        ),
        (
            "Throughout the year, 64 policemen were killed in the line of duty, the annual "
            "police report said.",
            D("2032-01-09"),
            [("killed", 64, *YEAR_ENDED)],
        ),
        (
            "The rights group's annual report for 2031 said 312 people were killed in "
            "sectarian violence. In the year, 57 policemen were also killed.",
            D("2032-01-03"),
            [("killed", 312, *YEAR_ENDED), ("killed", 57, *YEAR_ENDED)],
        ),
        # near misses: in midsummer "the year" is this one so far; "this year" in January too
        (
            "During the year, police arrested 300 suspects in the province, the report said.",
            D("2031-07-10"),
            [("arrested", 300, D("2031-01-01"), D("2031-07-10"))],
        ),
        (
            "So far this year, police have arrested 14 suspects in the province.",
            NEW_YEAR,
            [("arrested", 14, D("2032-01-01"), NEW_YEAR)],
        ),
    ],
)
def test_the_year_of_a_report_in_early_january_is_the_year_just_ended(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[object, ...]]
) -> None:
    assert _days(nlp, text, published) == expected


APRIL = D("2031-04-07")
FIRST_QUARTER = (D("2031-01-01"), D("2031-03-31"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CTD arrests hundreds in first quarter", [("arrested", 100, *FIRST_QUARTER)]),
        ("Police arrest dozens of gangsters in first quarter", [("arrested", 12, *FIRST_QUARTER)]),
        ("Police detain hundreds in first quarter", [("arrested", 100, *FIRST_QUARTER)]),
        ("CTD arrests 600 suspects in first quarter", [("arrested", 600, *FIRST_QUARTER)]),
        # near miss: a raid, no period: the day of the report
        ("CTD arrests 60 suspects in first raid of the month", [("arrested", 60, APRIL, APRIL)]),
    ],
)
def test_a_headline_count_run_into_its_period_keeps_the_period(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _days(nlp, text, APRIL) == expected


FRIDAY = D("2031-12-12")
SATURDAY = D("2031-12-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of dead in Friday's bus bombing rose to 14 by Saturday evening, "
            "officials said.",
            [("killed", 14, FRIDAY, FRIDAY)],
        ),
        (
            "The number of injured in Friday's blast climbed to 40 by Saturday night.",
            [("injured", 40, FRIDAY, FRIDAY)],
        ),
        (
            "The death toll in Friday's market blast climbed to 31 by Saturday night.",
            [("killed", 31, FRIDAY, FRIDAY)],
        ),
        (
            "The number of people injured in Friday's blast climbed to 40 by Saturday.",
            [("injured", 40, FRIDAY, FRIDAY)],
        ),
        # near misses: a deed of the later day keeps it; a toll naming no incident by its day
        # keeps the day it stood
        (
            "A second blast on Saturday evening killed three people in Pell.",
            [("killed", 3, SATURDAY, SATURDAY)],
        ),
        (
            "The death toll rose to 14 on Saturday, officials said.",
            [("killed", 14, SATURDAY, SATURDAY)],
        ),
    ],
)
def test_a_toll_moved_by_a_later_day_counts_the_incident_its_sentence_names(
    nlp: Language, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _days(nlp, text, SUN) == expected
