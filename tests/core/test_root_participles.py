"""A sentence's verb the parser took for a participle of its subject ("Taliban fighters
executed 17 former soldiers" read as fighters who were executed) is the verb of the sentence
(issue #11, doers): the fighters did it, alone or beside a trailing "X said". A participle
with no object of its own stays the noun's ("two soldiers wounded in the attack died").
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters executed at least 17 former soldiers near Tarvel in August.",
         [("killed", 17, "Rebel fighters", None)]),
        ("Rebel fighters executed at least 17 former security force members near Tarvel "
         "since August, a rights group said.",
         [("killed", 17, "Rebel fighters", "a rights group")]),
    ],
)
def test_a_participle_with_an_object_is_the_sentences_verb(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "actor", "attribution") == expected


def test_a_participle_with_no_object_stays_the_nouns(nlp: Language) -> None:
    # "wounded in the attack" describes the soldiers: no doer, two dead
    text = "Two soldiers wounded in the attack near Tarvel died on Monday."
    fields = claim_fields(nlp, text, PUB, "measure", "value", "actor", "attribution")
    assert fields == [("killed", 2, None, None)]
