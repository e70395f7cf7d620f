"""Patients cared for "after" a harm (issue #11): "two received treatment on Wednesday after
a fire broke out on Monday" are dated by the harm, not the day of their care. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-08")  # a Thursday
MONDAY = D("2031-05-05")
WEDNESDAY = D("2031-05-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two patients received treatment on Wednesday after a fire broke out on Monday "
            "at a factory in Kelmor.",
            [MONDAY],
        ),
        (
            "Two people were treated for burns on Wednesday after a fire broke out on Monday.",
            [MONDAY],
        ),
        # care with no harm day before it keeps its own day
        (
            "Two patients received treatment on Wednesday after the fire at a factory in "
            "Kelmor.",
            [WEDNESDAY],
        ),
    ],
)
def test_patients_take_the_day_of_the_harm_before_their_care(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, PUBLISHED) == expected
