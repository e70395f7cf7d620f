"""A community named by its residents (issue #11, place): "Residents of X in Y area of Z
State say gunmen killed ..." puts the incident in X, the community they speak for, written
with its unit, whatever NER made of X's name. Sentences written for this class, positive
and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_residents_of_a_community_in_a_unit_give_the_community(nlp: Language) -> None:
    text = (
        "Residents of Kadisau in Maru Local Government Area of Katsina State say gunmen "
        "abducted 27 people and killed nine others on Sunday.\n"
    )
    assert place_of(nlp, text, "27") == "Kadisau, Maru Local Government Area"
    assert place_of(nlp, text, "nine") == "Kadisau, Maru Local Government Area"


def test_a_community_ner_takes_for_a_person(nlp: Language) -> None:
    text = (
        "Residents of Tudun Kaura in Bakura Local Government Area of Zamfara State say bandits "
        "abducted 27 people on Sunday.\n"
    )
    assert place_of(nlp, text, "27") == "Tudun Kaura, Bakura Local Government Area"


def test_a_community_in_an_area_ner_leaves_unlabelled(nlp: Language) -> None:
    text = (
        "Residents of Rumuekini in Obio-Akpor area of Rivers State say armed men killed four "
        "people on Friday.\n"
    )
    assert place_of(nlp, text, "four") == "Rumuekini, Obio-Akpor area"


def test_a_persons_home_is_not_the_community(nlp: Language) -> None:
    text = (
        "Jane Okoro of Kadisau in Katsina State said gunmen killed four people in Funtua "
        "on Friday.\n"
    )
    assert place_of(nlp, text, "four") == "Funtua"


def test_residents_with_no_unit_keep_the_scene_named(nlp: Language) -> None:
    text = "Residents of Kadisau fled after gunmen killed four people in Funtua on Friday.\n"
    assert place_of(nlp, text, "four") == "Funtua"


def test_residents_of_two_communities_keep_their_unit(nlp: Language) -> None:
    text = (
        "Four people were killed when residents of Kadisau and Dansadau in Maru Local "
        "Government Area clashed over farmland on Friday.\n"
    )
    assert place_of(nlp, text, "Four") == "Maru Local Government Area"
