"""A village named by its kind ("X village", "Barangay X") in a report whose spot is a town
or a district's area: filed in the spot, written with the spot's town when the gazetteer knows
it, or with the area and the unit that holds it when it does not (an unknown area alone tells
a checker no place). The places are real or made up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract import report_scene
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("where", "scene", "filed"),
    [
        # an area the gazetteer lacks: the village with the area and its district
        (
            "Tumpal village",
            "Koyalibeda area, Kanker district",
            "Tumpal village, Koyalibeda area, Kanker district",
        ),
        # a town it knows: the village with the town alone
        ("Barangay Poblacion", "Datu Piang, Maguindanao del Sur", "Barangay Poblacion, Datu Piang"),
        # a place not named by its kind stays as written
        ("Tumpal", "Koyalibeda area, Kanker district", "Tumpal"),
    ],
)
def test_a_village_by_its_kind_is_written_with_the_spot(
    nlp: Language, where: str, scene: str, filed: str
) -> None:
    claim = read_claims(nlp, "Gunmen killed four men on Monday.", PUB)[0]
    opening = report_scene.Opening(scene.split(",", 1)[0], frozenset())
    placed = dataclasses.replace(claim, location=where)
    moved = report_scene._with_the_spots_unit(placed, scene, opening, frozenset(), True)
    assert moved.location == filed
