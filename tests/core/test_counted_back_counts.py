"""Stretches counted back that the reader missed: a count with no number ("a few days back",
"several weeks ago": the span between the least and the most units it stands for), nights
("two nights ago": the night two days back), and a count the parser hung elsewhere than on
"back" ("a fortnight back" with "back" on "fortnight", "a couple of weeks back" with "weeks"
the object of "of", "killed 3 men a fortnight back" with "fortnight" on "men"). They took the
report's day. "back" of a return, a later time ("a few days later"), a stay ("held for two
nights") and a report with no date of its own keep their readings (issue #11, relative
times). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 4)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb killed 3 people a fortnight back in the market, police said.",
         [("3", "2031-02-17", "2031-02-23")]),
        ("Gunmen killed 3 policemen a fortnight back in Dorven, police said.",
         [("3", "2031-02-17", "2031-02-23")]),
        ("A couple of weeks back, militants killed 6 soldiers in an ambush, the army said.",
         [("6", "2031-02-17", "2031-02-23")]),
        ("Gunmen abducted 4 traders a few days back near the highway, police said.",
         [("4", "2031-02-26", "2031-03-02")]),
        ("Bandits killed 4 farmers several weeks ago in the valley, residents said.",
         [("4", "2031-01-13", "2031-02-16")]),
        ("Two nights ago, bandits kidnapped 11 villagers in Arlo district, police said.",
         [("11", "2031-03-02", "2031-03-02")]),
        ("Two nights back, gunmen shot dead 3 guards at the depot, police said.",
         [("3", "2031-03-02", "2031-03-02")]),
    ],
)
def test_the_stretch_back_dates_the_figure(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later time, then the figure's own day
        ("He came back a few days later; police arrested 3 men on Monday, officials said.",
         [("3", "2031-03-03", "2031-03-03")]),
        # back at a post: how long since a return
        ("The officer, two weeks back at his post, said 7 people were killed on Sunday.",
         [("7", "2031-03-02", "2031-03-02")]),
        ("A few weeks back in the squad, the striker was among 3 players hurt in a crash.",
         [("3", "2031-03-04", "2031-03-04")]),
        # the recogniser's DATE closed on the "back" of the return: the stretch alone
        ("A few weeks back in office, the minister sacked 30 police officers.",
         [("30", None, None)]),
        ("A few months back at work, the nurse was among 5 staff injured in the blast.",
         [("5", "2031-03-04", "2031-03-04")]),
        # a stay of nights, no time back
        ("The men were held for two nights before 6 of them were shot on Monday, police said.",
         [("6", "2031-03-03", "2031-03-03")]),
        # a number of the recogniser's own, as before
        ("Police arrested 5 suspects a couple of days ago, officials said.",
         [("5", "2031-03-02", "2031-03-02")]),
        ("Police arrested 5 suspects two weeks ago, officials said.",
         [("5", "2031-02-17", "2031-02-23")]),
        # a way back, no time
        ("A few days back from leave, the guard was one of 4 people shot at the gate.",
         [("4", "2031-03-04", "2031-03-04")]),
        # "few" of people, not of days
        ("A few villagers came back and found 9 bodies, police said.",
         [("9", "2031-03-04", "2031-03-04")]),
    ],
)
def test_other_readings_stay(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed 3 people a fortnight back in the market, police said.",
        "Gunmen abducted 4 traders a few days back near the highway, police said.",
        "Two nights ago, bandits kidnapped 11 villagers in Arlo district, police said.",
    ],
)
def test_without_the_report_date_no_day(nlp: Language, text: str) -> None:
    assert all(start is None for _, start, _ in written_spans(nlp, text, None))
