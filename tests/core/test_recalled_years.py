"""An earlier incident recalled with its own time: "a 2023 attack on a mosque that killed
four" (a year the recogniser takes for a number, before the incident's noun), "the deadliest
attack, a bombing at a junction in October 2017, killed 500" (the apposition's time is the
bombing's, no bound of a ranking). Places and sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-09")  # a Friday
THURSDAY = D("2031-05-08")
LEAD = "Gunmen attacked a church in Kelmor on Thursday. "


def _spans(nlp: Language, text: str) -> list[tuple[str, float, dt.date | None, dt.date | None]]:
    return dated_counts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The town has seen such killings before, including a 2023 attack on a "
            "mosque in Dorval that killed four people.",
            [("killed", 4, D("2023-01-01"), D("2023-12-31"))],
        ),
        (
            LEAD + "It recalled the 2019 bombing of a market that killed 30 people.",
            [("killed", 30, D("2019-01-01"), D("2019-12-31"))],
        ),
        (
            LEAD + "The deadliest attack, a truck bombing at a busy junction in October 2027, "
            "killed more than 500 people.",
            [("killed", 500, D("2027-10-01"), D("2027-10-31"))],
        ),
    ],
)
def test_a_recalled_incident_keeps_its_own_time(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count of attacks, not a year
            "Police recorded 2023 attacks in the province last year.",
            [("attacks", 2023, D("2030-01-01"), D("2030-12-31"))],
        ),
        (  # a ranking's bound, not the figure's time
            "Gunmen killed 12 people in Kelmor on Thursday, the deadliest attack in the "
            "province this year.",
            [("killed", 12, THURSDAY, THURSDAY)],
        ),
    ],
)
def test_no_recalled_time(
    nlp: Language, text: str, expected: list[tuple[str, float, dt.date, dt.date]]
) -> None:
    assert _spans(nlp, text) == expected
