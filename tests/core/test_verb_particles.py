"""A verb's particle before a number is no qualifier (issue #11, figures): "turned over 41
firearms" counts 41, not more than 41; "over 30 people were killed" stays more than 30.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants turned over 41 firearms to the army in Tarvel on Monday.",
         [("exact", 41, "41")]),
        ("The surrendered cadres handed over 12 rifles to the police in Tarvel.",
         [("exact", 12, "12")]),
        # a qualifier of the number keeps its reading
        ("Over 30 people were killed in Tarvel on Monday.", [("more_than", 30, "Over 30")]),
        ("Gunmen killed over 30 people in Tarvel.", [("more_than", 30, "over 30")]),
    ],
)
def test_a_particle_is_no_qualifier(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [
        (c.qualifier, c.value, c.number_text) for c in read_claims(nlp, text, PUB)
    ] == expected
