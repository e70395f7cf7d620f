"""The village or camp an attack was made on (issue #11, place): "gunmen stormed Maru in
Tsafe district" is "Maru, Tsafe district", the village stormed with its district; "a drone
strike on the Dar Saad camp" places the strike at the camp, not the town the sentence says it
lies near, even when NER reads the camp's name as a person's ("the Abu Bakar camp"). Sentences
written for these classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Gunmen stormed Maru in Tsafe district late on Friday, killing 12 people.", "12",
         "Maru, Tsafe district"),
        ("Gunmen killed 12 people in Tsafe district on Friday.", "12", "Tsafe district"),
        ("Nine people were killed in a drone attack on the al-Mahrouq camp for the displaced, "
         "south of Marib city.", "Nine", "al-Mahrouq camp"),
        ("Nine people were killed in a drone strike on the Dar Saad camp on Thursday.", "Nine",
         "Dar Saad camp"),
        # a camp's name NER takes for a person's
        ("Nine were killed in a drone attack on the Abu Bakar camp on Thursday.", "Nine",
         "Abu Bakar camp"),
        ("Nine were killed in a drone attack on the Sheikh Omar camp on Thursday.", "Nine",
         "Sheikh Omar camp"),
        # an unnamed target is no place
        ("Nine people were killed in an attack on a convoy on Thursday.", "Nine", None),
    ],
)
def test_the_spot_attacked_is_the_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place
