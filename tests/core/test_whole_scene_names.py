"""Whole names and the figure's own scene (issue #11, place): a name holding a possessive is
read whole when the gazetteer knows it so ("the Martha's Vineyard area", never its clipped
tail); a health centre is a place of care, not a scene; a figure in a clause set against
another ("..., while a mine killed three near Y") takes no place of the other clause's.
Sentences written for these classes, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care_names import a_care_place_name
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_name_with_a_possessive_is_read_whole(nlp: Language) -> None:
    text = "Two men were shot dead in the Martha's Vineyard area on Sunday, police said.\n"
    assert place_of(nlp, text, "Two") == "Martha's Vineyard area"


def test_a_possessive_name_before_its_unit_is_read_whole(nlp: Language) -> None:
    text = (
        "The toll from Friday's clash over grazing land in Martha's Vineyard district has "
        "risen to four after another man died.\n"
    )
    assert place_of(nlp, text, "four") == "Martha's Vineyard district"


def test_a_state_before_its_town_is_not_joined_to_it(nlp: Language) -> None:
    text = "Gunmen shot dead three traders at a market in Kaduna's Zaria district on Sunday.\n"
    assert place_of(nlp, text, "three") == "Zaria district, Kaduna"


def test_a_health_centre_is_a_place_of_care() -> None:
    assert a_care_place_name("the Primary Health Centre")
    assert a_care_place_name("a community health center")


def test_a_health_body_without_a_unit_is_not_a_place_of_care() -> None:
    assert not a_care_place_name("the Health Ministry")
    assert not a_care_place_name("the district health office")


_OTHER_CLAUSE = (
    "In May, two guards were killed when gunmen raided a checkpoint in Karo, while a "
    "landmine killed three Levies soldiers near Shinwarai in June.\n"
)


def test_a_figure_set_against_another_clause_takes_none_of_its_places(nlp: Language) -> None:
    assert place_of(nlp, _OTHER_CLAUSE, "three") != "Karo"
    assert place_of(nlp, _OTHER_CLAUSE, "two") == "Karo"


def test_a_contrast_clause_naming_no_scene_shares_the_other_clauses(nlp: Language) -> None:
    text = (
        "In May, two guards were killed when gunmen raided a checkpoint in Karo, while "
        "three others were wounded.\n"
    )
    assert place_of(nlp, text, "three") == "Karo"
