"""A figure told in the present perfect over a running span ("have been killed since clashes
broke out in March 2024", "the ninth attack this year, in which 30 have died") counts over that
span, not the report's day; "earlier this month" in a report of the day's news tells an earlier
incident than the report's own (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
FRI = D("2025-06-13")  # a Friday
LEAD = "Gunmen killed four guards at a border checkpoint on Friday, officials said. "


def periods(nlp: Language, text: str, value: float) -> list[tuple[dt.date, dt.date] | None]:
    return [
        (c.date_start, c.date_end) if c.date_start and c.date_end else None
        for c in read_claims(nlp, text, FRI)
        if c.value == value
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "More than 90 people have been killed and over 5,000 displaced since clashes "
            "broke out in the valley in March 2024.",
            (D("2024-03-01"), FRI),
        ),
        (
            LEAD + "It is the ninth attack on the border reported this year, in which 90 people "
            "have died.",
            (D("2025-01-01"), FRI),
        ),
        (LEAD + "At least 90 soldiers have been killed in the province so far this year.",
         (D("2025-01-01"), FRI)),
        # the past perfect counts from a "since", however the parser roots "January this year"
        (
            LEAD + "The police had arrested 90 suspects in four gangs broken up since January "
            "this year.",
            (D("2025-01-01"), FRI),
        ),
    ],
)
def test_a_perfect_count_runs_over_its_span(
    nlp: Language, text: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert periods(nlp, text, 90) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # told in the past: the day of the report's incident, not a span
        LEAD + "Last year 90 people were killed in the province.",
        # a perfect with no span of its own: the day the report gives
        LEAD + "Officials said 90 people have been wounded in the attack.",
    ],
)
def test_no_running_span_without_perfect_and_span(nlp: Language, text: str) -> None:
    found = periods(nlp, text, 90)
    assert found
    assert all(p is None or p[1] != FRI or p[0] == FRI for p in found)


def test_earlier_this_month_in_the_days_news_tells_an_earlier_incident(nlp: Language) -> None:
    text = LEAD + "Earlier this month, two soldiers were killed in an ambush near the border."
    assert periods(nlp, text, 2) == [(D("2025-06-01"), FRI)]


def test_earlier_this_month_in_a_follow_up_is_its_incident(nlp: Language) -> None:
    # the report tells a charge days later: the day it gives the shooting inside that month
    text = (
        "A man was charged on Thursday with shooting two women outside a bar on June 3. "
        "Earlier this month, the gunman wounded two women, police said."
    )
    assert periods(nlp, text, 2)[-1] == (D("2025-06-03"), D("2025-06-03"))


def test_a_when_clause_after_since_dates_its_point(nlp: Language) -> None:
    # the figure tells what happened in October, not a count since
    text = LEAD + (
        "Tensions have been high since October last year, when clashes along the border "
        "left 90 dead."
    )
    assert periods(nlp, text, 90) == [(D("2024-10-01"), D("2024-10-31"))]


MON = D("2025-06-16")  # the Monday after FRI
WEEKEND_LEAD = "Gunmen killed four guards at a border checkpoint on Saturday, officials said. "


def _on_monday(nlp: Language, text: str, value: float) -> list[tuple[dt.date, dt.date] | None]:
    return [
        (c.date_start, c.date_end) if c.date_start and c.date_end else None
        for c in read_claims(nlp, text, MON)
        if c.value == value
    ]


def test_earlier_this_month_in_a_report_of_the_past_week_tells_an_earlier_incident(
    nlp: Language,
) -> None:
    # Monday's paper names Saturday's attack by its weekday: the month tells another
    text = WEEKEND_LEAD + "Earlier this month, two soldiers were killed in an ambush nearby."
    assert _on_monday(nlp, text, 2) == [(D("2025-06-01"), MON)]


def test_the_next_sentence_is_the_report_s_incident_again(nlp: Language) -> None:
    # carried from the recalled attack to a toll of the report's own: the incident's day
    text = (
        WEEKEND_LEAD
        + "Earlier this month, two soldiers were killed in an ambush nearby. "
        + "The toll from the attack at the checkpoint later rose to five."
    )
    assert _on_monday(nlp, text, 5) == [(D("2025-06-14"), D("2025-06-14"))]


def test_a_figure_said_earlier_this_month_is_of_that_span(nlp: Language) -> None:
    # said some days back: what was said happened by then, not on the report's day
    text = LEAD + "Earlier this month, the army said it had killed 30 militants in air strikes."
    assert periods(nlp, text, 30) == [(D("2025-06-01"), FRI)]


def test_a_figure_said_last_month_is_of_last_month(nlp: Language) -> None:
    text = LEAD + "Last month, the army said it had killed 30 militants in air strikes."
    assert periods(nlp, text, 30) == [(D("2025-05-01"), D("2025-05-31"))]


def test_a_figure_said_on_a_day_keeps_the_incident_s(nlp: Language) -> None:
    # a single day of saying dates no figure: the report's incident
    text = LEAD + "The army said on Thursday it had killed 30 militants in the clash."
    assert periods(nlp, text, 30) == [(FRI, FRI)]
