"""Charge follow-ups written weeks later (issue #11): the day the report sets the attack's
scene by ("had just parked outside their house on Nov. 14 when two masked men attacked
them") is the incident's, and
dates the lead's figures; the day of a find that led up to a shooting or of an arrest is not.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-12-05")  # three weeks after the shooting
LEAD = (
    "Three teenagers have been charged with murder, accused of fatally shooting a 6-year-old "
    "boy in Eastvale. "
)


@pytest.mark.parametrize(
    "scene",
    [
        "Authorities say the boy and his father had just parked outside their house on Nov. 14 "
        "when two masked men attacked them.",
        "Police say the boy was walking home from school on Nov. 14 when he was shot in the back.",
        "Police say the boy was walking home from school on Nov. 14 when a gunman opened fire "
        "from a passing car.",
    ],
)
def test_the_day_of_the_attacks_scene_dates_the_lead(nlp: Language, scene: str) -> None:
    days = casualty_days(nlp, LEAD + scene, PUBLISHED)
    assert days, scene
    assert days[0] == D("2031-11-14"), days


@pytest.mark.parametrize(
    "scene",
    [
        "Police say the boy was visiting relatives on Nov. 14 when he found a gun under a bed.",
        "The teens were arrested on Nov. 28 when police raided a house.",
    ],
)
def test_a_day_of_what_led_up_or_followed_does_not(nlp: Language, scene: str) -> None:
    days = casualty_days(nlp, LEAD + scene, PUBLISHED)
    assert days, scene
    assert days[0] is None, days


def test_a_harm_a_since_clause_tells_is_the_incidents_day(nlp: Language) -> None:
    """A death told a month on: the shooting the coma ran since dates it, not the telling."""
    text = (
        "A 6-year-old boy hit by gunfire at a park has died, his family said Monday. He had "
        "been in a coma since he was shot on Oct. 4."
    )
    assert casualty_days(nlp, text, D("2031-11-04")) == [D("2031-10-04")]


def test_a_since_clause_of_no_harm_does_not(nlp: Language) -> None:
    text = (
        "A 6-year-old boy hit by gunfire at a park has died, his family said Monday. He had "
        "been in a coma since he arrived at the hospital on Oct. 4."
    )
    assert casualty_days(nlp, text, D("2031-11-04")) != [D("2031-10-04")]


RELEASE_LEAD = (
    "Reports released Monday by the sheriff's office detail how a 3-year-old boy found his "
    "uncle's rifle and fatally shot himself. "
)


def test_a_follow_ups_narrative_opens_on_the_incidents_day(nlp: Language) -> None:
    text = RELEASE_LEAD + (
        "On the morning of July 14, the father was building a deck outside the family's home. "
        "The boy's mother heard a loud bang upstairs."
    )
    assert casualty_days(nlp, text, D("2031-09-13")) == [D("2031-07-14")]


@pytest.mark.parametrize(
    "later",
    [
        "On Aug. 2, a grand jury declined to charge the parents.",
        "The father told deputies on July 20 that the gun had been put away.",
    ],
)
def test_a_day_of_what_followed_opens_no_narrative(nlp: Language, later: str) -> None:
    assert casualty_days(nlp, RELEASE_LEAD + later, D("2031-09-13")) == [None]
