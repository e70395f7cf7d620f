"""A part of people taken by "of" as the object of "shot": "Troops shot one of the militants"
and "Police shot two of them" read nothing, "Police shot two of the robbers" other 2, where
"Police shot two robbers" reads injured 2 (the project reads a bare "shot" as hurt, as news
uses it; killed when the clause says so). The part counts people as the plural does (issue
#11, counts). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Troops shot one of the gunmen near the checkpoint.", [(1.0, "injured")]),
        ("Police shot two of the robbers outside the bank.", [(2.0, "injured")]),
        ("Police shot two of them outside the bank.", [(2.0, "injured")]),
        ("Police shot one of them dead outside the bank.", [(1.0, "killed")]),
    ],
)
def test_a_part_of_people_shot(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # read so already
        ("Police shot two robbers outside the bank.", [(2.0, "injured")]),
        ("Two of them were shot outside the bank.", [(2.0, "injured")]),
        ("Police killed two of the robbers outside the bank.", [(2.0, "killed")]),
        # a part of things or of animals
        ("Police shot two of the tyres of the getaway car.", []),
        ("A ranger shot two of the stray dogs.", []),
        # fired at, no one hit
        ("Police shot at two of the robbers outside the bank.", []),
        # a number of times, no people
        ("Police shot two of the rounds into the air.", []),
        # "them" told of things or animals before it
        ("Villagers cornered five stray dogs and police shot two of them.", []),
        ("Troops spotted four drones near the border and shot two of them.", []),
        ("Forest guards tracked three leopards near the village and shot one of them.", []),
        # its own clause tells the death, as "shot a protester, who later died" reads
        ("Rangers shot one of the poachers, who died later in hospital.", [(1.0, "killed")]),
        ("Troops shot one of the smugglers, who succumbed to his wounds.", [(1.0, "killed")]),
    ],
)
def test_other_shots_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
