"""A name the parser took from its preposition for a second subject of the verb ("The attack
on the village of Wad Tamra on Wednesday also wounded dozens") is the preposition's object:
the village is the scene, not the doer (issue #11, place). Sentences we wrote."""

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
        ("The attack on the village of Wad al-Noura on Wednesday also wounded dozens.",
         [("injured", "Wad al-Noura", None)]),
        # near miss: the parser reads the object where it belongs
        ("The attack on the village of Tarvel on Wednesday wounded 12 people.",
         [("injured", "Tarvel", None)]),
    ],
)
def test_a_name_after_an_objectless_preposition_is_its_object(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "location", "actor") == expected
