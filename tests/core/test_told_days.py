"""The day of a figure as wire and South Asian copy writes it (session 18): a fronted "a day
after" clause the parser joins to the main one, "this week" for one happening whose day the
report gives, and "since <month>, when ..." that tells what happened in that month. Sentences
written for these tests (a report published on Saturday 28 November 2026)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figure_days

if TYPE_CHECKING:
    from spacy.language import Language

SATURDAY = dt.date(2026, 11, 28)


def _days(nlp: Language, text: str, figure: str) -> tuple[str | None, str | None]:
    return figure_days(nlp, text, SATURDAY, figure)


FRONTED = (
    "Sukma: A day after seven Naxalites were held in a raid on Tondapal village, two more "
    "cadres of the Kistaram area committee surrendered before police in Sukma on Friday, "
    "officials said."
)


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # the fronted clause counts back from the day of what followed it, also when the
        # parser takes it for the main clause and joins the main verb to it
        (FRONTED, "seven", ("2026-11-26", "2026-11-26")),
        ("A day after six suspects were arrested in a raid on Pindi village, three more men "
         "surrendered at the police station in Malakand on Friday, police said.", "six",
         ("2026-11-26", "2026-11-26")),
        # the main clause keeps its own day
        (FRONTED, "two", ("2026-11-27", "2026-11-27")),
    ],
)
def test_a_fronted_after_clause_counts_back_from_the_main_clause(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


WEEK_LEAD = (
    "NAIROBI, Nov 28 (Reuters) - At least eight people were killed when a bomb planted in a "
    "cart exploded at a cattle market in the Kenyan town of Mandera this week, a rescue service "
    "said on Saturday. "
)


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # one happening this week, its day given: that day
        (WEEK_LEAD + "Police said five people died in Wednesday's blast.", "At least eight",
         ("2026-11-25", "2026-11-25")),
        # a count run over the week, told in the perfect, keeps the week
        ("Gunmen have killed 40 people in the region this week, officials said on Saturday. "
         "On Wednesday, five farmers were shot dead in Kebbi.", "40",
         ("2026-11-23", "2026-11-28")),
        # no day given: the week
        ("At least eight people were killed when a bomb went off at a livestock fair this "
         "week, a rescue service said on Saturday.", "At least eight",
         ("2026-11-23", "2026-11-28")),
    ],
)
def test_this_week_gives_way_to_the_day_of_one_happening(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # "since August, when ...": what happened in August
        ("The operation is the largest in the district since August, when soldiers said they "
         "had killed 17 insurgents near the river.", "17", ("2026-08-01", "2026-08-31")),
        # a count since August runs to the telling
        ("Violence has killed 40 people in the district since August, officials said.", "40",
         ("2026-08-01", "2026-11-28")),
    ],
)
def test_since_a_month_when_tells_that_month(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # the figure compared with keeps its own closed year, though the clause runs to now
        ("Kelmor County has recorded nine domestic-violence homicides so far this year, "
         "according to the group, up from five in 2025.", "five", ("2025-01-01", "2025-12-31")),
        # the running count itself runs to the telling
        ("Kelmor County has recorded nine domestic-violence homicides so far this year, "
         "according to the group, up from five in 2025.", "nine", ("2026-01-01", "2026-11-28")),
    ],
)
def test_a_year_compared_with_stays_closed(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # a present perfect beside the time something began counts from it to the telling
        ("More than 300 people have been killed in the ethnic violence that broke out in "
         "Kelmor in May 2024.", "More than 300", ("2024-05-01", "2026-11-28")),
        ("The war in Velmar began in 2015, when rebels seized the capital, and has killed "
         "more than 90,000 people.", "more than 90,000", ("2015-01-01", "2026-11-28")),
        # a simple past keeps the time it names
        ("The war began in 2015 and killed 20 people in its first week.", "20",
         ("2015-01-01", "2015-12-31")),
    ],
)
def test_a_perfect_since_a_beginning_runs_to_the_telling(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


BROUGHT_SINCE = (
    "Khost: Troops killed four insurgents in a raid in Tani district on Thursday, officials "
    "said. The raid brings to more than 70 the number of insurgents killed in the province "
    "since March, according to police figures."
)
BROUGHT_DAY = (
    "Khost: Four insurgents were killed in a raid in Tani district on Thursday. A wounded "
    "villager died on Friday, bringing the toll to five."
)


def test_a_toll_brought_up_over_a_running_span_counts_the_span(nlp: Language) -> None:
    # the running tally is no figure of Thursday's raid: it counts from March to the telling
    assert _days(nlp, BROUGHT_SINCE, "more than 70") == ("2026-03-01", "2026-11-28")
    assert _days(nlp, BROUGHT_SINCE, "four") == ("2026-11-26", "2026-11-26")


def test_a_toll_brought_up_with_no_span_keeps_its_days(nlp: Language) -> None:
    # no "since" in the sentence: the toll spans the incident's day to the death's
    assert _days(nlp, BROUGHT_DAY, "five") == ("2026-11-26", "2026-11-27")
