"""A town after "in" that the recogniser took for the title of a work ("killed six people in
Quetta on Monday": WORK_OF_ART) is the scene when the gazetteer knows the town, as one taken
for a body's or a person's name is (issue #11, place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


def test_a_town_read_as_a_title_is_the_scene(nlp: Language) -> None:
    text = "A bomb killed six people in Quetta on Monday."
    assert [e.label_ for e in nlp(text).ents if e.text == "Quetta"] == ["WORK_OF_ART"]
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.location == "Quetta"


@pytest.mark.parametrize(
    "text",
    [
        # a play of a town's name, not after a place's preposition
        "Six people were hurt during a staging of Hamlet on Monday.",
        "Six actors were hurt on the set of The Long Night on Monday.",
    ],
)
def test_a_title_that_is_no_scene_is_no_place(nlp: Language, text: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.location is None
