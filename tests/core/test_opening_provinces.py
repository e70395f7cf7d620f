"""Issue #14, unseen statistics copy: a province whose name opens a sentence, which the tagger
breaks (its first word read as a verb, a piece of it as a person's name), is the place of the
sentence's figures, not the province of the sentence before. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 7)
LEAD = "Police arrested 140 people in a month-long sweep in the south, officials said. "


def place_of(nlp: Language, text: str, figure: str) -> str | None:
    claims = [c for c in counted_claims(nlp, LEAD + text, PUB) if c.number_text == figure]
    assert claims, figure
    return claims[-1].location


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Kalinga recorded 4 arrests. Surigao del Norte also had the most raids, with 21.",
         "21", "Surigao del Norte"),
        ("Kalinga recorded 4 arrests. Surigao del Norte police arrested 9 suspects.",
         "9", "Surigao del Norte"),
        # a name that is no province's: the place of the sentence before stays
        ("Kalinga recorded 4 arrests. Maria del Rosario also had the most raids, with 21.",
         "21", "Kalinga"),
    ],
)
def test_a_broken_province_opening_its_sentence(
    nlp: Language, text: str, figure: str, expected: str
) -> None:
    assert place_of(nlp, text, figure) == expected
