"""A follow-up's lead may date a death weeks after the harm it names ("a man wounded in a
shooting last month died Tuesday"): the sentences after it that tell of that harm ("the
shooting also killed a woman") take the harm's time, not the death's (issue #11). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_days import report_incident_day
from core.extract.nlp import Chunk
from core.model import Document
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
THU = D("2031-04-10")  # a Thursday
TUESDAY = (D("2031-04-08"), D("2031-04-08"))
MARCH = (D("2031-03-01"), D("2031-03-31"))


def spans(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, THU)
        if c.measure in ("killed", "injured")
    ]


def test_the_next_sentence_takes_the_time_of_the_harm(nlp: Language) -> None:
    text = (
        "A man wounded in a shooting last month died Tuesday, police said. "
        "The shooting also killed one woman and wounded two other people."
    )
    assert spans(nlp, text)[1:] == [MARCH, MARCH]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no harm told before the death: its day goes on
        (
            "A man died Tuesday after a crash on the highway, police said. "
            "The crash also injured two other people.",
            [TUESDAY, TUESDAY],
        ),
        # a harm told after the death's day, not before it
        (
            "A man died Tuesday, police said. The shooting also wounded two other people.",
            [TUESDAY, TUESDAY],
        ),
    ],
)
def test_otherwise_the_day_of_the_figure_goes_on(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wound told in a stretch before the death: the figure is of that stretch
        (
            "A 15-year-old boy who was shot last month died Tuesday, police said.",
            [MARCH],
        ),
        (
            "A girl who shot herself with her uncle's pistol last month died Tuesday.",
            [MARCH],
        ),
        # the body gives the day within that stretch: the incident's day
        (
            "A boy who was shot last month died Tuesday, police said. "
            "Tobias Reed was shot March 14 outside a store on Birch Road.",
            [(D("2031-03-14"), D("2031-03-14"))],
        ),
    ],
)
def test_a_death_after_a_wound_told_in_a_stretch_before_it(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no wound told before the death: its day goes on
        ("A 15-year-old boy died Tuesday at a hospital, police said.", [TUESDAY]),
        # a count over a year long past is no wound of this death
        (
            "Last year 30 children were shot in the county. A boy died Tuesday at a hospital.",
            [TUESDAY],
        ),
        # another group's harm of an earlier year: no wound of these dead
        (
            "In 2030, 12 people died and 9 were fatally wounded in 2029.",
            [(D("2030-01-01"), D("2030-12-31")), (D("2029-01-01"), D("2029-12-31"))],
        ),
        # the wound told after the death's day is no earlier stretch
        ("A man shot Tuesday died at a hospital this week.", [TUESDAY]),
    ],
)
def test_a_death_without_an_earlier_wound_keeps_its_day(
    nlp: Language, text: str, expected: list[tuple[dt.date, dt.date]]
) -> None:
    assert spans(nlp, text) == expected


def lead_day(nlp: Language, text: str) -> dt.date | None:
    document = Document(id="d", text=text, published=THU)
    day = report_incident_day([Chunk(0, nlp(text))], document, THU)
    return day.start if day is not None and day.start == day.end else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead tells the wound a stretch back, the next sentence the death's day
        ("A teenager who was wounded in a shooting last month has died. The 16-year-old "
         "died Tuesday at a hospital, police said.", None),
        # ... and the body the wound's day within that stretch
        ("A girl who was shot last month died Tuesday. Mia Ortiz was shot on March 20 "
         "while riding her bike.", D("2031-03-20")),
        # no wound told before it: the death's day is the lead's
        ("A teenager has died in a shooting. The 16-year-old died Tuesday at a hospital, "
         "police said.", D("2031-04-08")),
        # a count over last year is no wound of this death
        ("Last year 30 children were shot in the county. A boy died Tuesday after he was "
         "shot in his yard.", D("2031-04-08")),
    ],
)
def test_the_lead_day_of_a_death_after_a_wound_a_stretch_back(
    nlp: Language, text: str, expected: dt.date | None
) -> None:
    assert lead_day(nlp, text) == expected


def test_the_wound_stretch_goes_on_past_the_day_of_the_death(nlp: Language) -> None:
    text = (
        "A teenager who was wounded in a shooting last month has died. He died Tuesday at a "
        "hospital. Two other people were wounded in the shooting."
    )
    assert spans(nlp, text) == [MARCH, MARCH]
