"""A day read past what the recogniser glued to it, and a background date that dates no
incident (issue #11, time). "on Monday, days after a ceasefire collapsed": the recogniser ran
"Monday, days" into one date that resolved to nothing, so the figure took the publication
day. "The strike came despite a truce that took effect in November 2030. A second strike
wounded three": the truce's month carried to the second strike, a recall of 2030. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)  # a Wednesday
MONDAY = dt.date(2031, 5, 5)
TUESDAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed six people in Quetta on Monday, days after a ceasefire collapsed.",
        "A missile killed six people in Kharkiv on Monday, weeks after a similar strike.",
        "A bomb killed six people in Quetta on Monday, months after a blast at the market.",
        "A bomb killed six people in Quetta on Monday, days before talks were due to resume.",
        # a counted span, read whole as before
        "A bomb killed six people in Quetta on Monday, three days after a blast nearby.",
    ],
)
def test_the_weekday_before_a_bare_span(nlp: Language, text: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert (claim.date_start, claim.date_end) == (MONDAY, MONDAY)


def test_a_things_own_month_carries_to_no_figure(nlp: Language) -> None:
    text = (
        "A drone strike in Tyre killed two people on Tuesday, the ministry said. The strike "
        "came despite a truce that took effect in November 2030. A second strike near Sidon "
        "wounded three people, the agency reported."
    )
    claims = read_claims(nlp, text, DAY)
    wounded = next(c for c in claims if c.measure == "injured")
    assert wounded.date_start != dt.date(2030, 11, 1)
    assert not wounded.recalls


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells the harm: its day goes on
        "A man who was shot on Monday died in hospital. Two others were wounded.",
        "A bomb that went off on Monday in the market killed two people. Five were wounded.",
    ],
)
def test_a_clause_of_a_person_or_a_weapon_still_dates(nlp: Language, text: str) -> None:
    claims = read_claims(nlp, text, DAY)
    assert MONDAY in {c.date_start for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        # the thing's clause tells the incident itself
        "The levee that broke near Tarvo on Monday flooded the valley. More than 40 people "
        "died.",
        "The flood waters that swept through Tarvo on Monday cut the roads. More than 40 "
        "people died.",
    ],
)
def test_a_clause_that_tells_the_incident_still_dates(nlp: Language, text: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.date_start == MONDAY
