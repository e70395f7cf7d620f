"""How incident reports word the hurt and the taken, on sentences we wrote: people treated for
wounds in a clause of their own, a part of the hurt known by its wound, rangers in a patient's
condition, a capture by armed men, people said again as "the two"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import Figures
from tests.core.claim_factory import core_figures as figures

if TYPE_CHECKING:
    from spacy.language import Language

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits shot dead a guard at the depot. Three porters who were treated for gunshot "
         "wounds at the clinic went home on Friday.", [(1, "killed"), (3, "injured")]),
        ("Five rangers who were treated for burns are in stable condition.", [(5, "injured")]),
        ("Four rangers remain in serious condition after the blast.", [(4, "injured")]),
        # treated for no wound, or treated with no harm said
        ("Three porters who were treated for shock went home.", []),
        ("Two porters who were treated at the clinic went home.", []),
    ],
)
def test_people_treated_for_a_wound_are_hurt(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders killed two farmers. Five people were left hurt, a medic at the clinic said, "
         "three of them with stab wounds.", [(2, "killed"), (5, "injured"), (3, "injured")]),
        # a part of people no harm befell, with no wound
        ("Police stopped four men at the gate, two of them with rifles.", []),
    ],
)
def test_a_part_known_by_its_wound_is_of_the_hurt(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurgents had captured three militiamen alive before fleeing.",
         [(3, "kidnapped")]),
        ("The raiders fled into the forest with four porters they had captured alive.",
         [(4, "kidnapped")]),
        ("The raiders fled with four porters they had captured, and the fate of the four is "
         "unknown.", [(4, "kidnapped")]),
        # the state's takers, or takers no one calls armed: an arrest
        ("Troops captured three insurgents alive after the ambush.", [(3, "arrested")]),
        ("Soldiers returned with four raiders they had captured alive.", [(4, "arrested")]),
        ("Three bandits were captured alive by farmers.", [(3, "arrested")]),
        # a headline's passive, its auxiliary dropped: the subject is the captives
        ("Three bandits killed, two captured as troops repel attack",
         [(3, "killed"), (2, "arrested")]),
        ("Three kidnappers captured as police rescue victims", [(3, "arrested")]),
        ("Rangers capture five poachers", [(5, "arrested")]),
        ("Raiders seize six herders", [(6, "kidnapped")]),
        # a seizing by the state, or of armed men or suspects by takers not armed: an arrest
        ("Rangers seize four poachers after a chase", [(4, "arrested")]),
        ("Farmers seize three robbers who looted a shop", [(3, "arrested")]),
        ("Unknown men seized three traders on the highway.", [(3, "kidnapped")]),
    ],
)
def test_a_capture_by_armed_men_is_a_kidnapping(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three passengers survived with serious injuries.", [(3, "injured")]),
        ("Two militiamen escaped with minor cuts.", [(2, "injured")]),
        ("Four guards escaped with their lives.", []),
        ("Two villagers survived with no injuries.", []),
    ],
)
def test_people_who_came_through_with_a_wound_are_hurt(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police took six youths in for questioning on Friday.", [(6, "arrested")]),
        ("The family took two children in for treatment.", []),
    ],
)
def test_people_taken_in_for_questioning_are_arrested(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected
