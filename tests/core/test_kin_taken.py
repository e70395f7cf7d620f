"""Issue #11, unseen desk copy: the people a family or a household lost ("we lost four people
of one household") were killed; people armed men carry off or away ("the gunmen carried off
my uncle and his two sons") are kidnapped, what a flood carries off is no abduction.
Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We lost four people of one household," said a baker in Tarsk.', [("four", "killed")]),
        ("The clan lost two members of the family in the ambush.", [("two", "killed")]),
        # staff, a squad's games: no bereavement
        ("The club lost three members of staff to a rival firm.", []),
        ("The team lost three games in a row.", []),
    ],
)
def test_people_a_household_lost_were_killed(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The gunmen carried off my uncle and his two sons," a farmer in Tarsk said.',
         [("my uncle and his two sons", "kidnapped")]),
        ("The rebels carried away four guards from the post.", [("four", "kidnapped")]),
        # a flood, or a family, carries off no captives
        ("The flood carried off two children and three goats.", []),
        ("The parents carried away two children from the fair.", []),
    ],
)
def test_people_armed_men_carry_off_are_captives(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic said it treated seven people, one of them hurt in a fall as he ran.",
         [("seven", "injured"), ("one", "injured")]),
        ("Ten people were treated, two of them injured in the crush.",
         [("Ten", "injured"), ("two", "injured")]),
        # how the dead died, what one of them was
        ("Four people were killed, one of them shot in the head.", [("Four", "killed")]),
        ("Six people were hurt, one of them a boy.", [("Six", "injured")]),
    ],
)
def test_one_of_them_hurt_is_a_part_of_the_hurt(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
