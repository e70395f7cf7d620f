"""Nigerian copy counts back with "penultimate": "penultimate Sunday" is the Sunday before
last, "penultimate week" and "penultimate weekend" the ones before last. The recogniser tags
the weekday alone (the Sunday just past) and leaves the week untagged (the report's day).
"the penultimate Sunday of February", a penultimate day of something, and "last Sunday"
keep their readings; with no date given, no day (issue #11, dates). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 10)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No fewer than 12 persons were killed penultimate Sunday when gunmen attacked Arlo, "
         "residents said.", [("No fewer than 12", "2031-06-01", "2031-06-01")]),
        ("Police said 6 worshippers were abducted on penultimate Friday in Dorven.",
         [("6", "2031-05-30", "2031-05-30")]),
        ("Gunmen abducted 7 travellers on the highway penultimate week, police said.",
         [("7", "2031-05-26", "2031-06-01")]),
        ("Police arrested 9 suspects penultimate weekend in Dorven, a spokesman said.",
         [("9", "2031-05-31", "2031-06-01")]),
    ],
)
def test_penultimate_counts_the_one_before_last(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 4 villagers last Sunday, police said.",
         [("4", "2031-06-08", "2031-06-08")]),
        # the penultimate day of something else
        ("Bandits killed 5 farmers on Sunday, the penultimate day of the festival, residents "
         "said.", [("5", "2031-06-08", "2031-06-08")]),
        ("The penultimate match of the season was called off after 3 fans were stabbed on "
         "Saturday.", [("3", "2031-06-07", "2031-06-07")]),
        # counted within a month, not back from the report
        ("Gunmen killed 4 villagers on the penultimate Sunday of May, police said.",
         [("4", "2031-06-10", "2031-06-10")]),
        # the penultimate week of something else, the article inside the recogniser's entity
        ("Troops arrested 32 suspects in the penultimate week of the operation, the army said.",
         [("32", None, None)]),
        ("Soldiers killed 14 insurgents during the penultimate week of the offensive, the army "
         "said.", [("14", "2031-06-10", "2031-06-10")]),
    ],
)
def test_other_readings_stay(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No fewer than 12 persons were killed penultimate Sunday when gunmen attacked Arlo.",
        "Gunmen abducted 7 travellers on the highway penultimate week, police said.",
    ],
)
def test_without_the_report_date_no_day(nlp: Language, text: str) -> None:
    assert all(start is None for _, start, _ in written_spans(nlp, text, None))
