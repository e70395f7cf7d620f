"""A day of the month in brackets after the word for the day, as Sri Lankan copy writes it
("shot dead this morning (24)"), is no count; a count in brackets elsewhere still is.
Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were shot dead in Matara this morning (14), police said.",
        "Three people were shot dead in Matara yesterday (13), police said.",
        "Three people were shot dead in Matara on Thursday (13), police said.",
    ],
)
def test_a_bracketed_day_is_no_count(nlp: Language, text: str) -> None:
    assert counted(nlp, text, DAY) == [("killed", 3)]


def test_a_bracketed_count_is_still_one(nlp: Language) -> None:
    text = "Two groups clashed in Matara and the injured (14) were taken to hospital."
    assert ("injured", 14) in counted(nlp, text, DAY)
