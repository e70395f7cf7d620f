"""A unit written in several words ("X Local Government Area", "X local government area",
"X Local Government") is a unit like "X LGA": the village before it is set in it and the
state after it holds it. A chain is filed as the scene, the unit under the province and the
province; a unit named between them (a traditional district, a block) is left out. Sentences
and places invented; positive and negative cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.admin_units import an_admin_unit
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the village, the LGA, the state; the district between them left out
        (
            "Gunmen killed seven villagers in an attack on Dutsen community in the Garu District "
            "of Kachia Local Government Area of Kaduna State on Sunday.",
            "seven",
            "Dutsen community, Kachia Local Government Area, Kaduna State",
        ),
        # the phrase in lower case after a two-word name
        (
            "Five farmers were killed at Rimi village in Jos South local government area of "
            "Plateau State on Sunday.",
            "Five",
            "Rimi village, Jos South local government area, Plateau State",
        ),
        # the state after the LGA it holds
        (
            "Bandits abducted 14 travellers at Gwaska village in Birnin Gwari Local Government "
            "of Kaduna State on Friday.",
            "14",
            "Gwaska village, Birnin Gwari Local Government, Kaduna State",
        ),
        # any four-unit chain: the block between the village and the district left out
        (
            "Two policemen were killed in a blast near Korpal village of Usari block of Dantewa "
            "district of Chhattisgarh on Friday.",
            "Two",
            "Korpal village, Dantewa district, Chhattisgarh",
        ),
    ],
)
def test_a_unit_phrase_files_the_village_the_unit_and_the_state(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a state's government is a body, not a unit
        (
            "The Kaduna State Government said 12 people were killed in Kauru on Monday.",
            "12",
            "Kauru",
        ),
        # a chain of three parts is filed whole
        (
            "Six people were killed in Garu village of Kachia district of Kaduna State.",
            "Six",
            "Garu village, Kachia district, Kaduna State",
        ),
    ],
)
def test_no_unit_phrase_or_a_short_chain_keeps_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Kachia Local Government Area", True),
        ("Jos South local government area, Plateau State", True),
        ("Local Government Area", False),
        ("Kaduna State Government", False),
    ],
)
def test_a_phrase_names_a_unit(name: str, unit: bool) -> None:
    assert an_admin_unit(name) is unit
