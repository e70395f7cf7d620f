"""Names that are no place (issue #11, place): a town's name for a car, hotel or firm written
with the article, a newspaper's masthead the name opens, a unit's word alone ("in the
District"); a name the gazetteer lacks before
a river's or a landform's noun is no spot of the opening. Sentences written for these classes,
positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Span

from core.extract.claim_places import place_mentions
from core.extract.opening_spots import a_spot
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def _found(nlp: Language, sentence: str, word: str, label: str) -> list[str]:
    doc = nlp(sentence)
    name = next(t for t in doc if t.text == word)
    doc.ents = [Span(doc, name.i, name.i + 1, label=label)]  # NER's reading, held fixed
    return [n for _, n in place_mentions(doc[:])]


@pytest.mark.parametrize(
    ("sentence", "word", "kept"),
    [
        # a name the gazetteer knows only as a town abroad, with the article: the car
        ("Both passengers in the Toyota were killed when it overturned.", "Toyota", False),
        # the same name without the article is the town
        ("Both passengers were killed in Toyota when the bus overturned.", "Toyota", True),
        # a town whose own name holds the article keeps it
        ("Three people were killed in the Bronx on Sunday.", "Bronx", True),
    ],
)
def test_a_town_name_with_the_article_is_a_thing(
    nlp: Language, sentence: str, word: str, kept: bool
) -> None:
    found = _found(nlp, sentence, word, "ORG")
    assert (word in found) is kept, found


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the town's name opens a newspaper's name: who was told, not where
        ("A police officer told Dayton Courier that four men were arrested.", False),
        # the town itself, and a place named after it that is no masthead
        ("Four men were arrested in Dayton on Sunday, a police officer told the paper.", True),
        ("Four soldiers were killed at the Dayton Press Club on Monday.", True),
    ],
)
def test_a_town_opening_a_masthead_is_the_paper(
    nlp: Language, sentence: str, kept: bool
) -> None:
    found = _found(nlp, sentence, "Dayton", "GPE")
    assert ("Dayton" in found) is kept, found


@pytest.mark.parametrize(
    ("sentence", "word", "spot"),
    [
        # a name the gazetteer does not know, cut off the noun of a river, its bank, hills
        ("Gunmen attacked a police van near the Zorvan embankment on Friday.", "Zorvan", False),
        ("Gunmen attacked a police van near the Zorvan river on Friday.", "Zorvan", False),
        # the same name alone, or before a venue's noun, is the village; a known town
        # before a river's noun is the town
        ("Gunmen attacked a police van in Zorvan on Friday.", "Zorvan", True),
        ("Gunmen attacked a police van at the Zorvan checkpoint on Friday.", "Zorvan", True),
        ("Gunmen attacked a police van near the Gwadar river on Friday.", "Gwadar", True),
    ],
)
def test_an_unknown_name_before_a_landforms_noun_is_no_spot(
    nlp: Language, sentence: str, word: str, spot: bool
) -> None:
    doc = nlp(sentence)
    name = next(t for t in doc if t.text == word)
    assert a_spot(name, word, frozenset()) is spot


def test_an_unknown_name_written_with_a_landforms_noun_is_no_spot(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a police van near the Zorvan embankment on Friday.")
    noun = next(t for t in doc if t.text == "embankment")
    assert not a_spot(noun, "Zorvan embankment", frozenset())


@pytest.mark.parametrize(
    ("sentence", "word", "label", "kept"),
    [
        # a unit's word alone names no place, as NER's place or as a bare proper noun
        ("A 16-year-old girl was shot dead in the District on Friday.", "District", "GPE", False),
        ("Two soldiers were killed across the Province on Friday.", "Province", "GPE", False),
        ("A 16-year-old girl was shot dead in the District on Friday.", "District", "", False),
        # a unit's word with its name, and a town, stay places
        ("Two men were killed in Kent County on Friday.", "Kent", "GPE", True),
        ("A girl was shot dead in Halton on Friday.", "Halton", "GPE", True),
    ],
)
def test_a_units_word_alone_is_no_place(
    nlp: Language, sentence: str, word: str, label: str, kept: bool
) -> None:
    if label:
        found = _found(nlp, sentence, word, label)
    else:
        doc = nlp(sentence)
        doc.ents = []  # NER's reading held fixed: no entity at all
        found = [n for _, n in place_mentions(doc[:])]
    assert any(word in n for n in found) is kept, found


def test_a_units_word_alone_falls_to_the_reports_town(nlp: Language) -> None:
    text = (
        "Six people were shot in Washington on Friday. "
        "A 16-year-old girl was killed in the District on Saturday, police said."
    )
    assert [c.location for c in read_claims(nlp, text, None) if c.is_core][-1] == "Washington"


def test_a_units_word_named_after_it_stays(nlp: Language) -> None:
    # "the Island of Kish": the unit's word is named by "of" after it
    found = _found(nlp, "Ten people were killed on the Island of Kish on Friday.", "Island", "GPE")
    assert found == ["Kish"]
