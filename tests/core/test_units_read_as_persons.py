"""A local government area NER took for a person's name ("in Bassa LGA", the village before it
too) is a place after "in", as a province read so is (issue #11, place): the figures of the
commonest Nigerian attack lead went without a place. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Suspected herdsmen attacked Kwall village in Bassa LGA on Monday, killing 11 "
         "persons.", "Kwall village, Bassa LGA"),
        ("Suspected herdsmen attacked Kwall community in Bassa LGA on Monday, killing 11 "
         "persons.", "Kwall community, Bassa LGA"),
    ],
)
def test_an_area_read_as_a_person(nlp: Language, text: str, place: str) -> None:
    ents = {e.text: e.label_ for e in nlp(text).ents}
    assert ents.get("Bassa LGA") == "PERSON"  # the misreading the rule is for
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.location == place


def test_a_person_named_like_no_unit_is_no_place(nlp: Language) -> None:
    text = "Gunmen killed 11 persons on Monday, Ann Roe said in Bassa."
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.location != "Ann Roe"
