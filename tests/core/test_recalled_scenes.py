"""Each recalled incident at its own scene (issue #11, place): a past incident's place,
named in one sentence, is not carried to a figure of another past time the next sentence
recalls ("Earlier this month an ambush in X killed 11. | In January, gunmen seized 30"),
and stays with a figure of its own time. Sentences written for this class."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = (
    "Bandits seized at least 43 villagers from Kadisau, a community in Faskari Local "
    "Government Area of Katsina State, on Friday night, residents said on Saturday. The "
    "raid comes after gunmen earlier this month killed 11 guards in an ambush in Bakori "
    "LGA. "
)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # another past time: the ambush's place is not the abduction's
        (_LEAD + "In January, gunmen seized 30 travellers on a highway.", "30", None),
        # the same past time: the place carries
        (_LEAD + "Earlier this month, gunmen also abducted 20 farmers.", "20", "Bakori LGA"),
        # the recalled incident's own figure keeps its place
        (_LEAD + "Earlier this month, gunmen also abducted 20 farmers.", "11", "Bakori LGA"),
    ],
)
def test_a_recalled_scene_stays_with_its_time(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    found = [c for c in read_claims(nlp, text, dt.date(2025, 6, 21)) if c.number_text == figure]
    assert found
    assert found[0].location == place
