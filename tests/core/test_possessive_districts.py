"""A district whose own name holds a possessive ("Cox's Bazar") owning a sub-district
("Cox's Bazar's Ukhia upazila") is read whole: the upazila filed with the district, never with
the district's last word (issue #11, place). Positive and negative cases."""

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
