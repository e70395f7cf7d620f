"""The days of an incident's figures in four constructions news writes often: a follow-up
lead (a charge, an arrest) whose body gives the incident's day in a clause telling it; a past
incident recalled by its month with "a week later"; a stretch run on "until Monday"; people
held "in all" or told as held in a month named. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-06")  # a Tuesday
SATURDAY = D("2031-05-03")
SUNDAY = D("2031-05-04")
MONDAY = D("2031-05-05")


def _spans(nlp: Language, text: str) -> list[tuple[str, float, dt.date | None, dt.date | None]]:
    return dated_counts(nlp, text, PUBLISHED)


FOLLOW_UP = (
    "A 20-year-old has been charged with murder in a shooting at a birthday party in Halvern "
    "that killed three people and wounded four others, police said Tuesday. The suspect was "
    "arrested Monday night at a friend's home. "
)
# what a follow-up tells before it comes back to the incident, past the lead's sentences
MIDDLE = (
    "His name was not released. He faces three counts of first-degree murder. Prosecutors "
    "said they would ask that he stay in jail until trial. A second man is being sought. "
    "The victims were all students at a college nearby. Their families asked for privacy. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body tells the incident in a clause of its own, with its day
        (
            FOLLOW_UP + MIDDLE + "Officers said a quarrel in the driveway turned into a "
            "gunfight shortly after 2 a.m. Sunday.",
            [("killed", 3, SUNDAY, SUNDAY), ("injured", 4, SUNDAY, SUNDAY)],
        ),
        # the body never dates the incident: its figures stay without a day
        (
            FOLLOW_UP + MIDDLE + "Officers said a quarrel in the driveway turned into a "
            "gunfight.",
            [("killed", 3, None, None), ("injured", 4, None, None)],
        ),
    ],
)
def test_a_follow_up_takes_the_day_its_body_tells_the_incident_on(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert [s for s in _spans(nlp, text) if s[0] != "arrested"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a week after a month named: that month, not a week after the report
        (
            "A bomb killed five people at a market in Tolvar on Saturday. In March 2027, a "
            "bomber killed 12 worshippers at a shrine in Tolvar, and a week later a similar "
            "attack in Brennick killed more than 30 people.",
            [
                ("killed", 5, SATURDAY, SATURDAY),
                ("killed", 12, D("2027-03-01"), D("2027-03-31")),
                ("killed", 30, D("2027-03-01"), D("2027-03-31")),
            ],
        ),
        # a day given besides still counts the week from that day
        (
            "A bomber killed 12 worshippers at a shrine in Tolvar on Saturday, and a week "
            "earlier a similar attack in Brennick killed more than 30 people.",
            [("killed", 12, SATURDAY, SATURDAY), ("killed", 30, D("2031-04-26"), D("2031-04-26"))],
        ),
    ],
)
def test_a_week_later_counts_from_the_month_the_sentence_names(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch run on until a day, from the incident's day the report told before
        (
            "A car bomb killed six soldiers in Varnholt on Sunday. The blast was followed by "
            "clashes with gunmen that lasted until Monday evening. Four of the gunmen were "
            "killed in the fighting.",
            [("killed", 6, SUNDAY, SUNDAY), ("killed", 4, SUNDAY, MONDAY)],
        ),
        # a count up to a month stays a count from the year's start
        (
            "Some 40 people have been killed in Varnholt until March.",
            [("killed", 40, D("2031-01-01"), D("2031-03-31"))],
        ),
    ],
)
def test_a_stretch_until_a_day_runs_from_the_story_day(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in all" on a perfect: every arrest from the incident to the telling, the next day
        (
            "Gunmen shot dead two guards at a bank in Orlin on Monday. Police said three men "
            "have been arrested in all.",
            [("killed", 2, MONDAY, MONDAY), ("arrested", 3, MONDAY, PUBLISHED)],
        ),
        # "in all" on a simple past with a day of its own: that day
        (
            "Gunmen shot dead two guards at a bank in Orlin on Sunday. Police arrested three "
            "men in all on Monday.",
            [("killed", 2, SUNDAY, SUNDAY), ("arrested", 3, MONDAY, MONDAY)],
        ),
        # told as held in a month named: by the end of that month, not up to the report
        (
            "The ministry said last month it had arrested 19 suspected smugglers in sweeps "
            "along the coast.",
            [("arrested", 19, D("2031-04-01"), D("2031-04-30"))],
        ),
    ],
)
def test_people_held_in_all_or_told_in_a_month(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected
