"""A village named by its kind word before the name (issue #11, place): the Philippine press
writes "in Barangay Malinao, Datu Piang, Maguindanao del Norte", and NER reads the words as a
body's or a person's name. The village is the figure's place, written with the town set after
it ("village, town"); a village inside a village passes to the town; a title after the kind
word names a person. Where a statement was issued from is no place of the figures. A unit
named before a comma ("in Parang town, Maguindanao") is written without the comma. Sentences
written for these classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.opening_spots import mentions
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Five suspected rebels were killed while two soldiers were wounded in a firefight in "
         "Barangay Malinao, Datu Piang, Maguindanao del Sur, on Friday, the army said.",
         "two", "Barangay Malinao, Datu Piang"),
        ("Five suspected rebels were killed in a clash in Barangay Malinao on Friday.",
         "Five", "Barangay Malinao"),
        ("Troops found five more bodies in Barangay Malinao on Friday.", "five",
         "Barangay Malinao"),
        ("Five people were killed when gunmen raided Sitio Lumot, Barangay Malinao, Datu Piang.",
         "Five", "Sitio Lumot, Datu Piang"),
        # a province alone holds the village when no town is told
        ("Gunmen killed four farmers in Barangay Malinao, Maguindanao del Sur, on Monday.",
         "four", "Barangay Malinao, Maguindanao del Sur"),
    ],
)
def test_a_village_named_by_its_kind_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_title_after_the_kind_word_names_a_person(nlp: Language) -> None:
    text = "Barangay Captain Ramon Cruz said four farmers were killed in Parang town."
    assert place_of(nlp, text, "four") == "Parang town"


def test_where_a_statement_was_issued_from_is_no_place(nlp: Language) -> None:
    text = (
        "Five rebels were killed in a clash in Barangay Malinao, Datu Piang, on Friday. The "
        "fighting lasted until dusk, Cruz said in a statement issued from Camp Aguinaldo in "
        "Parang town, Maguindanao del Norte. He said troops recovered five bodies."
    )
    assert place_of(nlp, text, "five") == "Barangay Malinao, Datu Piang"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Four soldiers were killed in an ambush in Parang town, Maguindanao del Norte.",
         "Parang town"),
        ("Four soldiers were killed in an ambush in Kalat district, Balochistan.",
         "Kalat district"),
    ],
)
def test_a_unit_before_a_comma_is_written_without_it(
    nlp: Language, text: str, written: str
) -> None:
    names = [name for _, name in mentions(next(nlp(text).sents), -1, None)]
    assert written in names
    assert not any(name.endswith(",") for name in names)
