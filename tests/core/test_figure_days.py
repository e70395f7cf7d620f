"""The day of a figure on reports the rules were not written on, class by class: an older
incident named by its month or year, the harm "after" which an arrest came, a month and a day
with no year. Sentences written for these tests (a report published on Saturday 28 November
2026)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

SATURDAY = dt.date(2026, 11, 28)
LEAD = "Gunmen killed four people at a market in Marden on Friday, police said. "


def _days(nlp: Language, text: str, figure: str, published: dt.date | None = SATURDAY) -> tuple[
    str | None, str | None
]:
    claims = [c for c in read_claims(nlp, text, published) if c.number_text == figure]
    assert claims, f"no claim {figure!r} in {text!r}"
    c = claims[-1]
    return (
        c.date_start.isoformat() if c.date_start else None,
        c.date_end.isoformat() if c.date_end else None,
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "days"),
    [
        # an older incident named by its year, its month or "last year's"
        ("The 2009 attack that killed 12 people was claimed by the same group.", "12",
         ("2009-01-01", "2009-12-31")),
        ("Last year's blast at the same market killed 40 people.", "40",
         ("2025-01-01", "2025-12-31")),
        ("It was the second attack this month; in a similar attack in March, 12 people were "
         "killed.", "12", ("2026-03-01", "2026-03-31")),
        # the report's own incident keeps its day
        ("The attack on Friday also wounded nine others.", "nine", ("2026-11-27", "2026-11-27")),
        # a charge is no harm of the incident its month names: its own day, not the month
        ("Two men were charged in the March shooting on Thursday.", "Two",
         ("2026-11-26", "2026-11-26")),
    ],
)
def test_an_incident_named_by_its_month_or_year_dates_the_harm_it_counts(
    nlp: Language, sentence: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, LEAD + sentence, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # no stretch written: the same day, as news tells it
        ("Police in Marden arrested a man on Sunday after two people were wounded in a "
         "shooting.", "two", ("2026-11-29", "2026-11-29")),
        ("Police arrested a man on Sunday after a shooting that wounded two people.", "two",
         ("2026-11-29", "2026-11-29")),
        # a counted stretch moves it back
        ("A man was arrested on Sunday, a day after two people were wounded in a shooting.",
         "two", ("2026-11-28", "2026-11-28")),
        ("A week after gunmen killed six people in Marden, police arrested two suspects on "
         "Monday.", "six", ("2026-11-23", "2026-11-23")),
        # "months after": no day to count back
        ("Months after gunmen killed six people in Marden, police arrested two suspects on "
         "Monday.", "six", (None, None)),
    ],
)
def test_a_harm_after_which_an_arrest_came_is_dated_from_the_arrest(
    nlp: Language, text: str, figure: str, days: tuple[str | None, str | None]
) -> None:
    assert _days(nlp, text, figure, dt.date(2026, 11, 30)) == days


def test_a_month_and_a_day_without_a_year_is_no_year() -> None:
    # "Nov 28" with nothing to place its year: unknown, never November 2028
    assert resolve_period("Nov 28", published=None) is None
    assert resolve_period("on Nov 28", published=SATURDAY) is not None
    june = resolve_period("June of 2023", published=None)
    assert june is not None
    assert june.start == dt.date(2023, 6, 1)


def test_a_possessive_date_reads_as_its_date() -> None:
    last_year = resolve_period("Last year's", published=SATURDAY)
    assert last_year is not None
    assert last_year.start == dt.date(2025, 1, 1)
    saturday = resolve_period("Saturday 's", published=SATURDAY)
    assert saturday is not None
    assert saturday.start == SATURDAY


@pytest.mark.parametrize(
    ("sentence", "figure", "days"),
    [
        # an earlier incident takes no day of the report's news
        ("An earlier attack on the market killed 12 people.", "12", (None, None)),
        ("Years ago a bomb killed nine people at the same market.", "nine", (None, None)),
        # its own sentence's time it keeps
        ("Two years ago, 30 people died in a blast there.", "30", ("2024-01-01", "2024-12-31")),
        # the report's own incident, told again, keeps the report's day
        ("The attack also wounded nine others.", "nine", ("2026-11-27", "2026-11-27")),
    ],
)
def test_a_figure_recalling_an_earlier_incident_takes_no_day_of_the_reports_news(
    nlp: Language, sentence: str, figure: str, days: tuple[str | None, str | None]
) -> None:
    assert _days(nlp, LEAD + sentence, figure) == days


@pytest.mark.parametrize(
    ("figure", "days"),
    [
        # the weekday of the story's full date, and the day after it, told by a bare weekday
        ("12", ("2005-11-27", "2005-11-27")),
        ("three", ("2005-11-28", "2005-11-28")),
        # a weekday pointing back ("last Thursday") is read back as written
        ("five", ("2005-11-24", "2005-11-24")),
    ],
)
def test_without_a_publication_date_a_weekday_lies_nearest_the_storys_full_date(
    nlp: Language, figure: str, days: tuple[str, str]
) -> None:
    text = (
        "Quake kills 12 in Marden\n\n"
        "A strong earthquake struck the Marden region on Sunday, killing at least 12 people, "
        "officials said. The quake hit at 10:15 a.m. on Sunday, November 27, 2005. Rescuers "
        "said three more bodies were found on Monday. A smaller tremor injured five people "
        "last Thursday."
    )
    assert _days(nlp, text, figure, published=None) == days


def test_without_any_full_date_a_weekday_stays_unknown(nlp: Language) -> None:
    text = "A strong earthquake struck the Marden region on Sunday, killing at least 12 people."
    assert _days(nlp, text, "at least 12", published=None) == (None, None)
