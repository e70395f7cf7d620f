"""Counts the parser hangs on the wrong word: a subject on the passive auxiliary ("Three
labourers were charred to death when ...") is the passive subject of the participle after it;
a count after the one told ("told reporters 3 were arrested") is the subject of the clause
told. Sentences invented."""

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
        ("The official told reporters 3 were arrested.", [("arrested", 3.0)]),
        ("The official told reporters 12 people died.", [("killed", 12.0)]),
        # the count before the ones told counts them
        ("The official told 3 reporters the victims were arrested.", [("other", 3.0)]),
    ],
)
def test_a_subject_on_the_auxiliary(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert measured(nlp, text, PUB, ("killed", "injured", "arrested", "other")) == expected
