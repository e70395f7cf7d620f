"""A subject the parser hangs on the passive auxiliary ("Three labourers were charred to death
when ...") is the passive subject of the participle after it. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import measured

PUB = dt.date(2031, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three labourers were charred to death when the kiln caught fire.", [("killed", 3.0)]),
        # the participle says nothing of harm: still no casualty
        ("Two labourers were charred when the kiln caught fire.", [("other", 2.0)]),
    ],
)
def test_a_subject_on_the_auxiliary(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert measured(nlp, text, PUB, ("killed", "injured", "other")) == expected
