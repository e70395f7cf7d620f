"""Figures counted over something that lasted days ("during a five-day operation", "in four
days of clashes", "during the curfew, which was imposed on Tuesday") span its days up to the
day they are told; a figure with a day of its own, a stretch of hours, or what did not last
keeps its day. Sentences written for these tests (a report published on Saturday 28 November
2026)."""

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


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # a length ends on the day the figure is told
        ("DERA BUGTI: Troops killed 23 insurgents during a five-day operation in the Sui hills, "
         "the army said on Thursday.", "23", ("2026-11-22", "2026-11-26")),
        ("MAKURDI - At least 18 villagers were killed in four days of clashes between two "
         "communities in Agatu, police said on Friday.", "At least 18",
         ("2026-11-24", "2026-11-27")),
        ("MAIDUGURI - Troops killed 36 fighters in a week-long offensive near Lake Chad.", "36",
         ("2026-11-22", "2026-11-28")),
        ("TAMENGLONG: During the two-day raid, 9 gunmen were killed and 16 arrested, police "
         "said on Friday.", "16", ("2026-11-26", "2026-11-27")),
        # ... or on the day a clause says it ended; from the day a clause says it began
        ("UKHRUL: Security forces killed 14 militants in a three-day gunbattle that ended on "
         "Wednesday.", "14", ("2026-11-23", "2026-11-25")),
        ("KOHAT: Troops killed 11 rebels in a three-day operation that began on Monday.", "11",
         ("2026-11-23", "2026-11-25")),
        # what lasts, from the day it began to the day told
        ("MEERUT: Police detained 87 people during the curfew, which was imposed on Tuesday "
         "after stone-pelting in the old town.", "87", ("2026-11-24", "2026-11-28")),
        ("BANNU: Two policemen were martyred in the offensive, which began on Sunday, officials "
         "said.", "Two", ("2026-11-22", "2026-11-28")),
    ],
)
def test_a_figure_of_what_lasted_days_spans_them(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # a day of its own within what lasted
        ("KOHAT: Police arrested five men on Monday during a three-day search of the district.",
         "five", ("2026-11-23", "2026-11-23")),
        # hours stay within their day
        ("KOHAT: Eight people were killed in a two-hour gunfight on Wednesday.", "Eight",
         ("2026-11-25", "2026-11-25")),
        # what did not last keeps the day it began
        ("KOHAT: Three people were killed in the attack, which began at dawn on Tuesday.",
         "Three", ("2026-11-24", "2026-11-24")),
        # a span the sentence names itself
        ("KOHAT: In June-July last year, troops killed 40 rebels during a 12-day operation in "
         "the hills.", "40", ("2025-06-01", "2025-07-31")),
        # a single day's toll told days later, and a recalled incident, keep their days
        ("KOHAT: The toll from Monday's bombing at a bus stand rose to 19 on Thursday.", "19",
         ("2026-11-23", "2026-11-23")),
        ("KOHAT: Police have arrested four suspects since the bombing that killed 14 in March "
         "last year.", "14", ("2025-03-01", "2025-03-31")),
    ],
)
def test_a_figure_of_a_day_or_a_named_span_keeps_it(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # a year and the bound it runs until, written as two times
        ("KOHAT: The district recorded 64 attacks in 2025 till October 31, officials said.",
         "64", ("2025-01-01", "2025-10-31")),
        ("KOHAT: Police arrested 40 people from Monday until Wednesday in raids across the city.",
         "40", ("2026-11-23", "2026-11-25")),
        # a year alone is the whole year
        ("KOHAT: The district recorded 64 attacks in 2025, officials said.", "64",
         ("2025-01-01", "2025-12-31")),
    ],
)
def test_a_time_and_its_bound_read_as_one_stretch(
    nlp: Language, text: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, text, figure) == days
