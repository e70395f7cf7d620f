"""Stretches written in ways the recogniser splits or misses (issue #11, time): "from July 1,
2029, to May 31, 2030" (the comma closing the first date), "since the coup of February 1,
2029", "since the February 1 coup" and "since the start of the operation in March" (an
event's date the count runs on from), "over the past fortnight". Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import measured_days

PUBLISHED = dt.date(2031, 9, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From July 1, 2027, to May 31, 2029, police killed 3,100 people in raids, the "
         "commission said.", [("killed", 3100, "2027-07-01", "2029-05-31")]),
        ("Between July 1, 2027, and May 31, 2029, police killed 3,100 people in raids.",
         [("killed", 3100, "2027-07-01", "2029-05-31")]),
        # a full date and its bound with no comma read as they always were
        ("From July 2027 to May 2029, police killed 3,100 people in raids.",
         [("killed", 3100, "2027-07-01", "2029-05-31")]),
    ],
)
def test_a_comma_closing_a_date_keeps_the_stretch(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert measured_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers have killed 1,500 protesters since the coup of February 1, 2029, the "
         "rights group said.", [("killed", 1500, "2029-02-01", "2031-09-17")]),
        ("Since the March 3 uprising, 800 people have been arrested, lawyers said.",
         [("arrested", 800, "2031-03-03", "2031-09-17")]),
        # the event's own count is the day's
        ("The coup of February 1, 2029 left 12 people dead.",
         [("killed", 12, "2029-02-01", "2029-02-01")]),
        # the date the start of an operation took place on (#11): the count runs on from it
        ("Since the start of Operation Clean Sweep in March, more than 900 illegal miners "
         "have been arrested, police said.", [("arrested", 900, "2031-03-01", "2031-09-17")]),
        ("Since the launch of the crackdown on March 3, police have arrested 900 people.",
         [("arrested", 900, "2031-03-03", "2031-09-17")]),
    ],
)
def test_a_count_runs_on_from_an_events_date(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert measured_days(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the past fortnight, 23 people were killed in clashes in Tarvel.",
         [("killed", 23, "2031-09-03", "2031-09-17")]),
        ("In the last fortnight, police arrested 40 people in Tarvel.",
         [("arrested", 40, "2031-09-03", "2031-09-17")]),
    ],
)
def test_a_fortnight_back_is_a_stretch(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert measured_days(text, PUBLISHED) == expected


def test_the_events_own_count_is_no_count_since_it() -> None:
    # the slaying's victim counts on the slaying's day, whatever has happened since
    text = ("Target shooting in the hills has come under scrutiny since the July slaying of "
            "a hiker, who was hit by a stray bullet near Tarvel.")
    assert measured_days(text, PUBLISHED) == [("killed", 1, "2031-07-01", "2031-07-31")]
