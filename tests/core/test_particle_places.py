"""A province's name joined by a lower-case particle (issue #11, place): "in an Agusan del
Sur raid" is read whole, never as its last word (a one-word namesake abroad). Sentences
written for this class, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_name_with_del_before_a_noun_is_read_whole(nlp: Language) -> None:
    text = "Troops killed 3 rebels and arrested 12 in an Agusan del Sur raid on Friday.\n"
    assert place_of(nlp, text, "12") == "Agusan del Sur"


def test_a_headline_figure_takes_the_whole_name(nlp: Language) -> None:
    text = "Army: 12 arrested, 3 killed in Agusan del Sur raid vs rebels\n"
    assert place_of(nlp, text, "12") == "Agusan del Sur"


def test_a_lower_case_word_not_a_particle_does_not_join(nlp: Language) -> None:
    text = "Troops from Manila killed 3 rebels in a Sur raid on Friday.\n"
    assert place_of(nlp, text, "3") != "Manila Sur"


def test_a_town_in_a_province_with_a_particle_keeps_the_whole_province(nlp: Language) -> None:
    # the chain of units ran the province's name only to its particle ("..., Surigao")
    text = "Troops killed four rebels near Tagbina town in Agusan del Sur province on Monday.\n"
    assert place_of(nlp, text, "four") == "Tagbina town, Agusan del Sur province"
