"""Sub-districts: a district whose own name holds a possessive ("Cox's Bazar") owning one
("Cox's Bazar's Ukhia upazila") is read whole: the upazila filed with the district, never with
the district's last word; a unit whose noun the tagger misreads ("in Rowmari upazila", the
noun an adverb) is still a place (issue #11, place). Positive and negative cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Two refugees were killed in a clash at a refugee camp in Cox's Bazar's Ukhia "
         "upazila on Friday, police said.", "Two", "Ukhia upazila, Cox's Bazar"),
        ("Two refugees were killed at a refugee camp in Cox's Bazar's Teknaf upazila on "
         "Sunday.", "Two", "Teknaf upazila, Cox's Bazar"),
        # as a district without a possessive in its name is read
        ("Three people were injured in a clash in Kurigram's Rowmari upazila on Friday.",
         "Three", "Rowmari upazila, Kurigram"),
        # the district alone, as before
        ("Five people were injured in Cox's Bazar on Sunday.", "Five", "Cox's Bazar"),
    ],
)
def test_a_possessive_district_owning_an_upazila(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the tagger reads "upazila" as an adverb and the name as a people's
        ("Four people were injured in a clash in Rowmari upazila on Sunday.", "Four",
         "Rowmari upazila"),
        ("Two people were killed in a clash in Ukhia upazila on Friday.", "Two",
         "Ukhia upazila"),
        # a unit the tagger reads right, as before
        ("Four policemen were injured in an attack in Kalat tehsil on Sunday.", "Four",
         "Kalat tehsil"),
    ],
)
def test_a_unit_the_tagger_misreads(nlp: Language, text: str, figure: str, place: str) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_unit_noun_alone_is_no_place(nlp: Language) -> None:
    # "the union" of workers after "in" names no unit
    text = "Four workers were injured in a clash in the union office on Sunday."
    assert place_of(nlp, text, "Four") is None
