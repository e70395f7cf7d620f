"""Seasons and Islamic holidays as news dates incidents by (issue #11): "last summer" and
"during Ramadan" are months, "on Eid-ul-Azha" a day, each chosen against the publication date
or the year written; a figure dated by one never takes the day its source spoke on.
Expressions and sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.periods import resolve_period
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2026-06-10")  # a Wednesday, early in the summer, after both Eids of the year


@pytest.mark.parametrize(
    ("expr", "start", "end"),
    [
        # the latest season over before publication; the current one while it lasts
        ("last summer", "2025-06-01", "2025-08-31"),
        ("last winter", "2025-12-01", "2026-02-28"),
        ("in the spring", "2026-03-01", "2026-05-31"),
        ("this summer", "2026-06-01", "2026-08-31"),
        ("next winter", "2026-12-01", "2027-02-28"),
        # a part of a season is one of its months
        ("late autumn", "2025-11-01", "2025-11-30"),
        ("early summer", "2026-06-01", "2026-06-30"),
        # the year written wins; a winter of a year holds its January
        ("the summer of 2019", "2019-06-01", "2019-08-31"),
        ("the fall of 2018", "2018-09-01", "2018-11-30"),
        ("the winter of 2021", "2020-12-01", "2021-02-28"),
        ("the summer of last year", "2025-06-01", "2025-08-31"),
    ],
)
def test_a_season_is_its_months(expr: str, start: str, end: str) -> None:
    period = resolve_period(expr, published=PUBLISHED)
    assert period is not None
    assert (period.start, period.end) == (D(start), D(end))


def test_a_season_said_in_march_as_this_one_is_the_coming_summer() -> None:
    period = resolve_period("this summer", published=D("2026-03-15"))
    assert period is not None
    assert period.start == D("2026-06-01")


@pytest.mark.parametrize(
    "expr",
    [
        "the fall",  # "after the fall": no season without a year or last/this/next
        "in Spring",  # a town written after a lower-case word
        "the Arab Spring",
    ],
)
def test_no_season_in_names_and_bare_falls(expr: str) -> None:
    assert resolve_period(expr, published=PUBLISHED) is None


def test_a_headline_capitalises_its_season() -> None:
    period = resolve_period("Last Summer", published=PUBLISHED)
    assert period is not None
    assert period.start == D("2025-06-01")


def test_without_a_publication_date_or_a_year_a_season_stays_unknown() -> None:
    assert resolve_period("last summer", published=None) is None


@pytest.mark.parametrize(
    ("expr", "start", "end"),
    [
        # Umm al-Qura days: Eid al-Fitr 1447 fell on 20 March 2026, Eid al-Adha on 27 May
        ("on Eid-ul-Fitr", "2026-03-20", "2026-03-20"),
        ("Eid al-Adha", "2026-05-27", "2026-05-27"),
        ("Eid ul Azha", "2026-05-27", "2026-05-27"),
        ("on Bakrid", "2026-05-27", "2026-05-27"),
        # "Eid" alone: the later of the two before publication
        ("on Eid day", "2026-05-27", "2026-05-27"),
        ("the second day of Eid", "2026-05-28", "2026-05-28"),
        ("the day after Eid", "2026-05-28", "2026-05-28"),
        ("the Eid holidays", "2026-05-27", "2026-05-29"),
        # the eve of a holiday is the day before
        ("on the eve of Eid al-Fitr", "2026-03-19", "2026-03-19"),
        ("on Chand Raat", "2026-03-19", "2026-03-19"),
        # a month is the whole Hijri month, a day of it that day
        ("during Ramadan", "2026-02-18", "2026-03-19"),
        ("the holy month of Ramazan", "2026-02-18", "2026-03-19"),
        ("on 10th Muharram", "2025-07-05", "2025-07-05"),
        ("Youm-e-Ashur", "2025-07-05", "2025-07-05"),
        # a Gregorian year written picks that year's; a Hijri year its own
        ("Eid al-Adha 2019", "2019-08-11", "2019-08-11"),
        ("Ramadan 2019", "2019-05-06", "2019-06-03"),
        ("Muharram 1446", "2024-07-07", "2024-08-04"),
    ],
)
def test_an_islamic_holiday_is_its_latest_day_before_publication(
    expr: str, start: str, end: str
) -> None:
    period = resolve_period(expr, published=PUBLISHED)
    assert period is not None
    assert (period.start, period.end) == (D(start), D(end))


@pytest.mark.parametrize("expr", ["Eid Street", "10 Eid", "Eid 1600", "Eid al-Fitr 1890"])
def test_no_islamic_holiday_in_other_words_or_outside_the_calendar(expr: str) -> None:
    assert resolve_period(expr, published=PUBLISHED) is None


def test_an_eid_in_a_year_with_two_stays_unknown_without_a_publication_date() -> None:
    # 2000 had two Eid al-Fitrs (January and December)
    assert resolve_period("Eid al-Fitr 2000", published=None) is not None
    assert resolve_period("on Eid", published=None) is None


def days(nlp: Language, text: str) -> list[tuple[object, object]]:
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, PUBLISHED)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Last winter a bomber killed 14 people at a bus stop in Quetta, officials said on "
            "Tuesday.",
            "2025-12-01",
            "2026-02-28",
        ),
        (
            "A car bomb killed nine people outside a mosque in Kirkuk during Ramadan, the "
            "governor said on Monday.",
            "2026-02-18",
            "2026-03-19",
        ),
        (
            "Gunmen killed four worshippers on the eve of Eid al-Fitr in Hangu, police told "
            "reporters on Sunday.",
            "2026-03-19",
            "2026-03-19",
        ),
    ],
)
def test_a_figure_dated_by_a_season_or_holiday_keeps_it_over_the_speakers_day(
    nlp: Language, text: str, start: str, end: str
) -> None:
    assert days(nlp, text) == [(D(start), D(end))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the recogniser tags no date in these: the calendar's words still make one
        (
            "Gunmen killed four worshippers in Hangu on 10th Muharram, police said on Monday.",
            "2025-07-05",
            "2025-07-05",
        ),
        (
            "A blast on Chand Raat killed two people in Mardan, police said on Monday.",
            "2026-03-19",
            "2026-03-19",
        ),
    ],
)
def test_an_untagged_islamic_date_still_dates_the_figure(
    nlp: Language, text: str, start: str, end: str
) -> None:
    assert days(nlp, text) == [(D(start), D(end))]


def test_a_month_the_recogniser_takes_for_a_town_is_no_place(nlp: Language) -> None:
    claims = read_claims(
        nlp, "Three people were killed in a blast during Ramzan, police said.", PUBLISHED
    )
    assert [(c.location, c.date_start) for c in claims] == [(None, D("2026-02-18"))]


def test_a_month_before_a_noun_names_a_kind_and_the_holiday_after_dates_it(
    nlp: Language,
) -> None:
    text = (
        "Two policemen were killed in an attack on a Muharram procession in Dera Ismail Khan "
        "on Ashura, officials said."
    )
    assert days(nlp, text) == [(D("2025-07-05"), D("2025-07-05"))]


@pytest.mark.parametrize(
    "text",
    [
        # a holiday's or a month's word that opens a person's or a building's name; with no
        # day of its own the report's figure is of its publication day
        "Chechen leader Ramzan Kadyrov said 12 fighters were killed in a clash.",
        "Eid Mohammad, a shopkeeper, and his son were killed in Quetta, police said.",
        "Ashura Khan, 40, and two guards were killed in the blast, police said.",
        "Four people were killed in an attack on the Eid Gah mosque in Mardan.",
        # a month's word standing where a person does
        "Shaban and two others were shot dead in Sibi, police said.",
        "The shopkeeper, Ramzan, and two others were killed in Sibi, police said.",
    ],
)
def test_a_name_that_opens_with_a_holiday_is_no_date(nlp: Language, text: str) -> None:
    assert {start for start, _ in days(nlp, text)} == {PUBLISHED}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a season before a noun names a kind of thing, even an incident's kind
        ("Four fans were injured at spring training in Fort Myers on Sunday.", "2026-06-07"),
        ("Six children were injured at a summer camp in Asheville on Monday.", "2026-06-08"),
        ("The winter storm killed 11 people in Buffalo on Saturday, officials said.",
         "2026-06-06"),
        # the days counted to a holiday the recogniser leaves untagged
        ("Two days after Eid, six people drowned in the Swat river, rescue officials said.",
         "2026-05-29"),
        ("A day before Eid-ul-Azha, gunmen killed three people in Bannu, police said.",
         "2026-05-26"),
        # "ahead of" a holiday is some day before it, no day of it: the report's own day
        ("Ahead of Eid, gunmen killed three people in Bannu, police said.", "2026-06-10"),
        # a headline sentence-cased "Ramzan Ali" to "Ramzan ali": still a name
        ("Ramzan Ali Among 3 Killed In Quetta Blast\nThree people, including a shopkeeper, "
         "were killed in a blast in Quetta, police said.", "2026-06-10"),
    ],
)
def test_the_day_beside_a_season_or_holiday_word(nlp: Language, text: str, day: str) -> None:
    assert {start for start, _ in days(nlp, text)} == {D(day)}


@pytest.mark.parametrize(
    ("expr", "published", "start", "end"),
    [
        # "this" season: the nearer of the one just over and the one to come
        ("this winter", "2025-11-20", "2025-12-01", "2026-02-28"),
        ("this spring", "2026-01-10", "2026-03-01", "2026-05-31"),
        ("this summer", "2026-10-15", "2026-06-01", "2026-08-31"),
        # South Asian copy capitalises a season it gives a year
        ("in Spring 2025", "2026-01-10", "2025-03-01", "2025-05-31"),
        ("the Spring of 2025", "2026-01-10", "2025-03-01", "2025-05-31"),
    ],
)
def test_this_season_and_a_capitalised_season_with_its_year(
    expr: str, published: str, start: str, end: str
) -> None:
    period = resolve_period(expr, published=D(published))
    assert period is not None
    assert (period.start, period.end) == (D(start), D(end))
