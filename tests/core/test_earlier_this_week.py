"""A figure "earlier this week" in its own sentence, beside an incident the report dated on a
weekday of that week, is another, earlier incident: the days of the week before the
incident's, not the incident's day (issue #11, time). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import figure_days

if TYPE_CHECKING:
    from spacy.language import Language

SAT = dt.date(2031, 6, 14)


def test_earlier_this_week_is_before_the_incident(nlp: Language) -> None:
    text = (
        "Shelling killed two people in Tarvel on Thursday, officials said. Earlier this "
        "week, 7 bodies were found in a forest near the city."
    )
    assert figure_days(nlp, text, SAT, "7") == ("2031-06-09", "2031-06-11")
    assert figure_days(nlp, text, SAT, "two") == ("2031-06-12", "2031-06-12")


def test_the_incidents_own_week_in_its_lead(nlp: Language) -> None:
    # the lead telling its incident "earlier this week": that incident, its week
    text = "Earlier this week, gunmen killed six villagers in Tarvel, officials said."
    start, end = figure_days(nlp, text, SAT, "six")
    assert start is not None
    assert end is not None
    assert start <= "2031-06-09"
    assert end >= "2031-06-11"
