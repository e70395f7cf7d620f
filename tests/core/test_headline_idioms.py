"""A headline's participle on the counted noun that completes an idiom of harm ("Five
terrorists sent to hell in raid") reads as the full clause does. Headlines invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import measured

PUB = dt.date(2031, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five terrorists sent to hell in Tarlan operation", [("killed", 5.0)]),
        ("Five terrorists were sent to hell in the Tarlan operation.", [("killed", 5.0)]),
        # no idiom of harm: a count of people, nothing befell them
        ("Five traders sent to Tarlan for talks", [("other", 5.0)]),
    ],
)
def test_an_idiom_in_a_headline_participle(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert measured(nlp, text, PUB, ("killed", "injured", "arrested", "other")) == expected
