"""Spans measured from the report's incident (issue #11): a total "by Tuesday noon" a few days
after an escape counts from the escape, not from New Year; an earlier incident's "since May"
ends the day before the report's own. A span that names its year, or that holds the report's
incident, keeps its days. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import days_by_value

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-14")  # a Wednesday
SATURDAY = D("2031-05-10")
SUNDAY = D("2031-05-11")
TUESDAY = D("2031-05-13")


def _days(nlp: Language, text: str) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    return days_by_value(nlp, text, PUBLISHED)


ESCAPE = (
    "Twelve inmates escaped from the district jail in Tarvin late on Sunday after overpowering "
    "two guards, police said.\n\n"
)


def test_a_total_by_a_day_after_the_incident_counts_from_it(nlp: Language) -> None:
    text = ESCAPE + "By Tuesday noon police had rearrested five of the runaways, the officer said."
    assert _days(nlp, text)[5] == (SUNDAY, TUESDAY)


def test_a_total_by_a_day_of_a_named_year_keeps_its_span(nlp: Language) -> None:
    text = ESCAPE + "By the end of April 2031, police had rearrested 40 escapees from the state."
    assert _days(nlp, text)[40][0] != SUNDAY


WEDDING = "Gunmen killed six people at a wedding in Orlet on Saturday, police said. "


def test_an_earlier_incident_since_a_month_ends_before_the_report_s(nlp: Language) -> None:
    text = WEDDING + (
        "It was the town's second mass killing since March; nine people died in the earlier one."
    )
    assert _days(nlp, text)[9] == (D("2031-03-01"), D("2031-05-09"))


def test_a_count_since_a_month_that_holds_the_incident_runs_on(nlp: Language) -> None:
    text = WEDDING + "Fifteen people have been killed in the town since March."
    assert _days(nlp, text)[15][1] != D("2031-05-09")


def test_a_month_s_count_that_holds_the_incident_keeps_it(nlp: Language) -> None:
    text = WEDDING + "Police said they had carried out 30 raids in the district in May alone."
    assert _days(nlp, text)[30][1] != D("2031-05-09")
