"""A victim a pronoun names in a clause on the place the sentence took them ("Roe was taken
to Mercy Hospital, where he died") is the one it named first: the claim sits on that mention.
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import read_claims

PUB = dt.date(2031, 5, 10)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Ortiz was taken to Mercy Hospital where he later died.", "Ortiz"),
        ("Police said Ortiz was flown to Mercy Hospital, where she died hours later.", "Ortiz"),
        # no one taken there: the pronoun is the only mention
        ("Police drove to the house where he died.", "he"),
        ("The victims were taken to the hospital where she died.", "she"),
    ],
)
def test_a_pronoun_where_someone_was_taken_is_that_person(
    nlp: Language, text: str, victim: str
) -> None:
    claims = [c for c in read_claims(nlp, text, PUB) if c.measure == "killed"]
    assert [(c.number_text, c.value) for c in claims] == [(victim, 1.0)]
