"""A lead recalling an earlier happening in a past-perfect relative clause ("the gang, which had
seized two farmers on June 2"): background in news copy, not the report's incident, whose day
the main clause gives. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_days import report_incident_day
from core.extract.nlp import Chunk
from core.model import Document

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def incident(nlp: Language, text: str) -> dt.date | None:
    document = Document(id="d1", text=text, published=WED)
    day = report_incident_day([Chunk(0, nlp(text))], document, WED)
    return None if day is None else day.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police raided the hideout of a gang which had kidnapped four farmers working "
            "near the river on June 2. The raid began early on Tuesday and two gunmen were "
            "killed in the fighting.",
            D("2025-06-10"),
        ),
        (
            "Soldiers on Monday freed six traders who had been abducted from a bus on the "
            "highway on Friday. Two soldiers were wounded in the rescue.",
            D("2025-06-09"),
        ),
    ],
)
def test_a_past_perfect_relative_clause_recalls_an_earlier_happening(
    nlp: Language, text: str, expected: dt.date
) -> None:
    assert incident(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause tells the wound of a death the main clause tells: the wound's day
        (
            "A man who had been stabbed outside a bar on Sunday died in hospital on Tuesday.",
            D("2025-06-08"),
        ),
        # a past perfect in the main clause is no relative clause's recollection
        (
            "Gunmen had kidnapped four farmers near the river on Sunday, police said on "
            "Tuesday. Two of them were wounded.",
            D("2025-06-08"),
        ),
        # a relative clause in the simple past tells the incident itself
        (
            "Police on Tuesday named the gunman who shot three farmers near the river on "
            "Sunday.",
            D("2025-06-08"),
        ),
    ],
)
def test_other_clauses_keep_their_days(nlp: Language, text: str, expected: dt.date) -> None:
    assert incident(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Earlier, on ...": a happening before the report's, whose day is not the incident's
        (
            "Three guards died when a mine went off under their truck on Tuesday, officials"
            " said. It was the second such blast in the valley this month. Earlier, on June 3,"
            " a guard was killed in a gunfight near the pass.",
            D("2025-06-10"),
        ),
        (
            "Three guards died when a mine went off under their truck on Tuesday. Previously,"
            " on June 2, two porters were hurt by a mine nearby.",
            D("2025-06-10"),
        ),
        # the lead gives no day: an "Earlier, on ..." of the body is the incident's own moment
        (
            "Two people were killed and three wounded in a shooting at a bar, police said."
            " Earlier, on Sunday night, officers had been called to the bar over a fight.",
            D("2025-06-08"),
        ),
        # no comma: "Earlier Tuesday" tells the same day
        (
            "Earlier Tuesday, three guards died when a mine went off under their truck.",
            D("2025-06-10"),
        ),
    ],
)
def test_a_sentence_opening_earlier_recalls_a_day_before(
    nlp: Language, text: str, expected: dt.date
) -> None:
    assert incident(nlp, text) == expected
