"""A town named only before a works noun (issue #11, place): "opened fire at a Perry
packaging plant" is in Perry when the sentence names no other place, whatever NER made of
the name. Sentences written for this class, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_town_before_a_plant_is_the_place(nlp: Language) -> None:
    text = (
        "Three were killed and six hurt as a former employee opened fire at a Perry packaging "
        "plant on Tuesday, police said.\n"
    )
    assert place_of(nlp, text, "Three") == "Perry"
    assert place_of(nlp, text, "six") == "Perry"


def test_a_town_ner_takes_for_a_person_before_a_warehouse(nlp: Language) -> None:
    text = "Two workers were killed when a fire swept through a Dumas warehouse on Monday.\n"
    assert place_of(nlp, text, "Two") == "Dumas"


def test_a_town_the_sentence_names_wins_over_the_works(nlp: Language) -> None:
    text = (
        "Three were killed as a gunman opened fire at a Perry packaging plant in Ames on "
        "Tuesday.\n"
    )
    assert place_of(nlp, text, "Three") == "Ames"


def test_a_name_no_gazetteer_knows_is_no_town(nlp: Language) -> None:
    text = "Three were killed as a gunman opened fire at a Wenlow packaging plant on Tuesday.\n"
    assert place_of(nlp, text, "Three") is None


def test_a_town_the_tagger_reads_as_an_adjective(nlp: Language) -> None:
    """ "a Rockford distribution warehouse" with the town tagged as an adjective, as the
    tagger does with some names: the town still names where the works stands."""
    from spacy.tokens import Doc

    from core.extract.facility_towns import facility_towns

    words = ["Fire", "swept", "through", "a", "Rockford", "distribution", "warehouse", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["NOUN", "VERB", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"],
        deps=["nsubj", "ROOT", "prep", "det", "amod", "compound", "pobj", "punct"],
        heads=[1, 1, 1, 6, 6, 6, 2, 1],
    )
    assert [(t.text, name) for t, name in facility_towns(doc[:])] == [("warehouse", "Rockford")]


def test_a_peoples_adjective_before_a_works_is_no_town(nlp: Language) -> None:
    text = "Five people were killed when a fire swept through a Chinese textile factory.\n"
    assert place_of(nlp, text, "Five") is None
