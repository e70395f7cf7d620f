"""A toll whose own subject names the incident by a span ("the number of people killed in last
week's earthquake ... has risen to 312, the agency said on Saturday") counts that span, or the
day the report gives within it, not the day it was told (issue #11); a date elsewhere in the
sentence ("the deadliest since the 2014 school massacre") is no time of the toll. A toll whose
subject names the report's incident by its noun ("the death toll from the fire") counts that
incident, dated by a later sentence ("The fire broke out on June 9"). A toll that
moved on a day with no incident in its sentence keeps that day (a toll that kept rising over
days, an arrest tally, another incident's "Separately, ..." would all be misdated by the
report's incident), and a figure that is no toll keeps its own day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figure_days

if TYPE_CHECKING:
    from spacy.language import Language

SAT = dt.date(2031, 6, 14)  # a Saturday, the day of the paper


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # no incident told: the day the toll gives is all there is
        ("The death toll in the Corran floods rose to 31 on Friday.", "31", "2031-06-13"),
        # the toll's own words name its incident by a span: the span, not the day told
        (
            "The number of people killed in last week's earthquake in the Corran valley has "
            "risen to 312, the disaster agency said on Saturday.",
            "312",
            ("2031-06-02", "2031-06-08"),
        ),
        (
            "The toll from last week's floods in the Corran valley rose to 52 on Friday, "
            "officials said.",
            "52",
            ("2031-06-02", "2031-06-08"),
        ),
        # the span in a relative clause on what the count counts
        (
            "The number of people who died in the heatwave in Corran between April 1 and May 31"
            " reached 1,830, the health ministry said.",
            "1,830",
            ("2031-04-01", "2031-05-31"),
        ),
        # near miss: a clause on the incident tells when it began, not the count's day
        (
            "The toll from the floods in the Corran valley, which began on June 1, reached 200"
            " on Friday.",
            "200",
            "2031-06-13",
        ),
        # the report's day of that week, when it tells it
        (
            "The number of people killed in last week's earthquake in the Corran valley has "
            "risen to 312, the disaster agency said on Saturday. The quake struck on June 3.",
            "312",
            "2031-06-03",
        ),
        # the toll's subject names the incident by its noun, dated in a later sentence
        (
            "The death toll from the fire at a textile mill in Corran rose to 14 on Friday "
            "after two more workers died in hospital. The fire broke out on June 9.",
            "14",
            "2031-06-09",
        ),
        (
            "The death toll from the blast at a fireworks depot in Larvik rose to nine on "
            "Thursday. The blast ripped through the depot on June 8, officials said.",
            "nine",
            "2031-06-08",
        ),
        # a date outside the toll's subject names another incident
        (
            "A suicide bomber struck a mosque in Larvik on Friday. The toll has risen to 40, "
            "the deadliest attack since the 2014 school massacre, officials said.",
            "40",
            "2031-06-13",
        ),
        # no toll: a figure of that later day keeps it
        (
            "A ferry capsized on the Corran river on Wednesday evening. Two rescuers drowned "
            "on Friday as divers searched the wreck.",
            "Two",
            "2031-06-13",
        ),
    ],
)
def test_a_toll_updated_later_counts_its_incident(
    nlp: Language, text: str, figure: str, expected: str | tuple[str, str]
) -> None:
    span = expected if isinstance(expected, tuple) else (expected, expected)
    assert figure_days(nlp, text, SAT, figure) == span
