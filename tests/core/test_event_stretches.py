"""A figure told a stretch of days from another dated happening ("two days after Sunday's
bombing", "a day before Saturday's march", "the day after the Monday ambush") takes the day
that stretch gives, not the day named, which dates the other happening; a toll that rose "a
day after Sunday's blast" stays the blast's (issue #11, dates). "Hours after", a stretch not
counted in days, a day whose happening holds a figure of its own, and a day the figure's own
verb takes keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_starts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two days after Sunday's bombing in Quetta, police arrested 11 suspects, officials "
         "said.", [("11", "arrested", "2031-06-03")]),
        ("Troops detained 14 men a day before Saturday's march, a spokesman said.",
         [("14", "arrested", "2031-05-30")]),
        ("The day after the Monday ambush, soldiers killed five militants, the army said.",
         [("five", "killed", "2031-06-03")]),
        ("Police said they arrested nine people a day after Friday's riot.",
         [("nine", "arrested", "2031-05-31")]),
        ("A week after Sunday's attack, gunmen abducted 12 farmers, residents said.",
         [("12", "kidnapped", "2031-06-01")]),
        ("Three days before Tuesday's polls, militants killed four guards, police said.",
         [("four", "killed", "2031-05-31")]),
        ("A day after Sunday's blast, the death toll rose to 19, officials said.",
         [("19", "killed", "2031-06-01")]),
        ("PESHAWAR: A day before last Friday's attack, police arrested 4 suspects, officials "
         "said.", [("4", "arrested", "2031-05-29")]),
        ("KARACHI: Two days after the May 28 blast, police arrested 5 suspects, officials said.",
         [("5", "arrested", "2031-05-30")]),
        ("A day after Friday's bombing in Kano, officials said police arrested 6 men.",
         [("6", "arrested", "2031-05-31")]),
        ("A day after Sunday's blast, police said the death toll had risen to 18.",
         [("18", "killed", "2031-06-01")]),
        # a thing the happening was done to is no figure: the day still moves
        ("A day after Sunday's bombing of a church in Jos, police arrested 6 suspects.",
         [("6", "arrested", "2031-06-02")]),
    ],
)
def test_a_stretch_from_a_dated_happening_moves_the_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hours after Saturday's attack, gunmen killed three villagers, police said.",
         [("three", "killed", "2031-05-31")]),
        ("A day after Sunday's blast that killed 19, police arrested three men.",
         [("19", "killed", "2031-06-01"), ("three", "arrested", "2031-06-01")]),
        ("Police arrested 8 men on Wednesday, a day after the Tuesday attack.",
         [("8", "arrested", "2031-06-04")]),
        ("Sunday's blast killed 19 people, a day after police arrested two men.",
         [("19", "killed", "2031-06-01"), ("two", "arrested", "2031-05-31")]),
        ("Weeks after Sunday's blast, police arrested four suspects.",
         [("four", "arrested", "2031-06-01")]),
        ("Gunmen killed six people after Friday's prayers, police said.",
         [("six", "killed", "2031-05-30")]),
        ("A day after the blast, 19 people died on Sunday, officials said.",
         [("19", "killed", "2031-06-01")]),
        ("Soldiers killed seven rebels on Monday, two days before Wednesday's talks.",
         [("seven", "killed", "2031-06-02")]),
        ("KARACHI: The May 28 blast killed 5 people, a day after police arrested two men.",
         [("5", "killed", "2031-05-28"), ("two", "arrested", "2031-05-27")]),
        ("Two days after the May 28 blast that killed 5, police arrested 3 men.",
         [("5", "killed", "2031-05-28"), ("3", "arrested", "2031-05-28")]),
        ("Two days before Christmas, gunmen killed 3 people, police said.",
         [("3", "killed", "2030-12-23")]),
        ("The day after Thanksgiving, police arrested 6 shoplifters, officials said.",
         [("6", "arrested", "2030-11-29")]),
        # the happening is done to one it names: a figure of its own, the named day's
        ("A day after Monday's shooting of a teenager in Lahore, police arrested four men.",
         [("a teenager", "injured", "2031-06-02"), ("four", "arrested", "2031-06-02")]),
        ("Police arrested 3 men a day after the May 28 killing of a shopkeeper in Kano.",
         [("3", "arrested", "2031-05-28"), ("a shopkeeper", "killed", "2031-05-28")]),
        ("A day after Sunday's murder of a journalist, police detained two suspects.",
         [("a journalist", "killed", "2031-06-01"), ("two", "arrested", "2031-06-01")]),
        # days not counted ("in the days after"), as "days after" and "weeks after"
        ("In the days after Sunday's vote, gunmen killed 5 people, police said.",
         [("5", "killed", "2031-06-01")]),
        # a state told on the later day counts the happening's toll, as a toll that rose
        ("A day after Sunday's blast in Quetta, 45 people were still in hospital.",
         [("45", "injured", "2031-06-01")]),
        ("Two days after Friday's bombing, 40 of the wounded remained in hospital.",
         [("40", "injured", "2031-05-30")]),
        ("A day after Friday's bombing in Kano, officials said 22 people had died.",
         [("22", "killed", "2031-05-30")]),
        ("KATHMANDU: A day after Monday's landslide, 23 people were still missing and 11 were "
         "dead.", [("23", "other", "2031-06-02"), ("11", "killed", "2031-06-02")]),
    ],
)
def test_near_misses_keep_their_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert written_starts(nlp, text, PUBLISHED) == expected
