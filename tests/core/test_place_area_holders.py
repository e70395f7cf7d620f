"""A chain of units "of the state" is filed with the state the report named before (issue
#11, place): "raided X village in Y LGA of the state" after a lead in
"Z State" is "X village, Y Local Government Area, Z State", as a checker writes it whole.
Sentences written for this class."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

_DAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the scene named after the lead: the lead's figure takes it, with the state
        (
            "Gunmen killed 12 people in a farming community in Katsina State on Sunday. The "
            "attackers stormed Kadisau village in Faskari Local Government of the state at "
            "night.",
            ["Kadisau village, Faskari Local Government, Katsina State"],
        ),
        # the figure in the sentence naming the chain
        (
            "Gunmen attacked a farming community in Katsina State on Sunday. The attackers "
            "stormed Kadisau village in Faskari LGA of the state and killed five people.",
            ["Kadisau village, Faskari LGA, Katsina State"],
        ),
        # a state the gazetteer puts elsewhere than the chain's town holds nothing of it
        (
            "Gunmen killed 12 people in a farming community in Sokoto State on Sunday. The "
            "attackers stormed Kadisau village in Faskari LGA of the state at night.",
            ["Kadisau village, Faskari LGA"],
        ),
        # no state named before: "the state" names none
        (
            "Gunmen killed 12 people in a farming community on Sunday. The attackers stormed "
            "Kadisau village in Faskari LGA of the state at night.",
            ["Kadisau village, Faskari LGA"],
        ),
    ],
)
def test_a_chain_of_the_state_is_filed_with_the_state(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert [c.location for c in read_claims(nlp, text, _DAY) if c.is_core] == expected
