"""The day of a figure on reports the rules were not written on, class by class: an older
incident named by its month or year, the harm "after" which an arrest came, a month and a day
with no year. Sentences written for these tests (a report published on Saturday 28 November
2026)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import figure_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

SATURDAY = dt.date(2026, 11, 28)
LEAD = "Gunmen killed four people at a market in Marden on Friday, police said. "


def _days(
    nlp: Language, text: str, figure: str, published: dt.date | None = SATURDAY
) -> tuple[str | None, str | None]:
    return figure_days(nlp, text, published, figure)


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


@pytest.mark.parametrize(
    ("expression", "days"),
    [
        # South Asian and British copy
        ("on the intervening night of Thursday and Friday", ("2026-11-26", "2026-11-27")),
        ("on the night between Friday and Saturday", ("2026-11-27", "2026-11-28")),
        ("in the wee hours of Saturday", ("2026-11-28", "2026-11-28")),
        ("in the ongoing year", ("2026-01-01", "2026-11-28")),
        ("this calendar year", ("2026-01-01", "2026-11-28")),
        ("on Friday last", ("2026-11-27", "2026-11-27")),
        # "Saturday last" in a Saturday paper is the Saturday before, as "last Saturday" is
        ("on Saturday last", ("2026-11-21", "2026-11-21")),
    ],
)
def test_the_time_words_of_south_asian_and_british_copy(
    expression: str, days: tuple[str, str]
) -> None:
    period = resolve_period(expression, published=SATURDAY)
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == days


@pytest.mark.parametrize("expression", ["the intervening night", "every Saturday last"])
def test_no_day_is_read_where_the_words_name_none(expression: str) -> None:
    assert resolve_period(expression, published=SATURDAY) is None


def test_a_weekday_ending_a_time_the_grammar_reads_no_further_dates_the_incident(
    nlp: Language,
) -> None:
    text = (
        "Officers said two workers were killed and one more hurt in a shooting at a sawmill "
        "in Marden. The gunfire began shortly after 9:15pm Thursday night inside the loading "
        "bay, officers said."
    )
    assert _days(nlp, text, "two") == ("2026-11-26", "2026-11-26")


def test_a_date_line_the_tagger_reads_as_a_year_dates_the_report_by_its_day(
    nlp: Language,
) -> None:
    text = (
        "Quake strikes Marden province\n"
        "Fri Nov 27, 2026 1:28PM GMT\n"
        "A powerful earthquake strikes the Marden province, killing at least three people."
    )
    # the day of the line, never the whole of 2026
    assert _days(nlp, text, "at least three") == ("2026-11-27", "2026-11-27")


def test_a_short_sentence_with_a_verb_is_no_date_line(nlp: Language) -> None:
    assert _days(nlp, LEAD + "Friday was the third attack.", "four") == (
        "2026-11-27", "2026-11-27"
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "days"),
    [
        # the time between an incident noun and the "that" / "which" of the harm it counts
        ("The group had claimed a similar attack on a mosque in the same province in 2021 "
         "that killed more than 50 worshippers.", "more than 50", ("2021-01-01", "2021-12-31")),
        # a relative clause of the report's own incident keeps its day
        ("The attack, which killed four people, was claimed by no group.", "four",
         ("2026-11-27", "2026-11-27")),
    ],
)
def test_the_time_before_the_relative_of_a_harm_dates_the_incident_it_counts(
    nlp: Language, sentence: str, figure: str, days: tuple[str, str]
) -> None:
    assert _days(nlp, LEAD + sentence, figure) == days


def test_a_figure_dated_long_before_the_reports_incident_recalls_an_earlier_one(
    nlp: Language,
) -> None:
    text = LEAD + (
        "A similar attack on the market in 2021 killed more than 50 people. Nine others were "
        "wounded in the attack on Friday."
    )
    claims = {c.number_text: c for c in read_claims(nlp, text, SATURDAY)}
    assert claims["more than 50"].recalls
    assert not claims["four"].recalls
    # the similar attack's year is not the report's incident named coarsely
    assert claims["Nine"].date_start == dt.date(2026, 11, 27)


def test_an_arrest_day_dates_the_arrests_it_governs_not_the_harm(nlp: Language) -> None:
    text = (
        "The agency on Tuesday arrested three more men in the market bombing case, officials "
        "said. Two people were wounded in the bombing, and police arrested a man on Friday."
    )
    tuesday = dt.date(2026, 11, 24)
    assert _days(nlp, text, "three", tuesday) == ("2026-11-24", "2026-11-24")
    # the arrest's day is not the wounding's
    assert _days(nlp, text, "Two", tuesday) != ("2026-11-20", "2026-11-20")


def test_a_clock_written_with_a_dot_says_nothing_of_the_day() -> None:
    period = resolve_period("around 8.30 p.m. last night", published=SATURDAY)
    assert period is not None
    assert period.start == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police on Tuesday identified a 17-year-old in the shooting of four men at the market.",
        "The teen pleaded not guilty on Tuesday in the deaths of four men at the market.",
    ],
)
def test_the_day_of_what_followed_does_not_date_the_harm_it_names(
    nlp: Language, sentence: str
) -> None:
    text = "Four men were shot at a market in Marden early Sunday. " + sentence
    tuesday = dt.date(2026, 11, 24)
    assert _days(nlp, text, "four", tuesday) == ("2026-11-22", "2026-11-22")


RECALL_LEAD = "A bomb killed four people at a bus station in Marden on Friday, police said. "


def test_the_participle_of_a_suffered_incident_takes_its_month(nlp: Language) -> None:
    # the harm of the incident the clause names by its month, not the report's Friday
    text = RECALL_LEAD + (
        "The country last suffered a major attack in May 2025, when gunmen stormed a "
        "depot near the capital, killing seven people."
    )
    assert _days(nlp, text, "seven") == ("2025-05-01", "2025-05-31")


def test_a_participle_of_another_verb_keeps_the_carried_day(nlp: Language) -> None:
    # the month names the incident the wall recalls; the harm is of the report's day
    text = RECALL_LEAD + (
        "Police blamed the group behind an attack in May 2025, saying the bombers wounded "
        "seven people in the blast."
    )
    assert _days(nlp, text, "seven") != ("2025-05-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days of one month: both days, and the second day is no count
        # (the recogniser tags the first day a date, the second a count)
        ("Soldiers killed 12 insurgents in South Mardan on June 1 and 2, the military said.",
         [("killed", 12.0, "2026-06-01", "2026-06-02")]),
        ("Troops killed nine rebels in Upper Dunmore on the night of May 1 and 2.",
         [("killed", 9.0, "2026-05-01", "2026-05-02")]),
        # near miss: a number with its noun after the day counts people
        ("Police said six people were killed on November 3 and 2 others were hurt on "
         "Friday.",
         [("killed", 6.0, "2026-11-03", "2026-11-03"),
          ("injured", 2.0, "2026-11-27", "2026-11-27")]),
    ],
)
def test_two_days_of_one_month_are_both_days_and_no_count(
    nlp: Language, text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    claims = read_claims(nlp, text, SATURDAY)
    got = [(c.measure, c.value, str(c.date_start), str(c.date_end)) for c in claims]
    assert got == expected
