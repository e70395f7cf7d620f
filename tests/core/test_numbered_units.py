"""A unit of a town numbered after its kind is written with its number (issue #11, place):
"in Police District 6" is that district, not "Police District" (a name the gazetteer may
give to a town called Police). Sentences written for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Three guards were killed when gunmen stormed a checkpoint in Police District 6 "
            "on Monday, officials said.\n",
            "Police District 6",
        ),
        # a number that counts, not a unit's: the district alone
        (
            "In Kunduz district 12 people were killed in the clash on Monday, police said.\n",
            "Kunduz district",
        ),
    ],
)
def test_a_numbered_unit_keeps_its_number(sentence: str, place: str) -> None:
    claims = core_claims_by_text([sentence], PLACE_DAY)[sentence]
    assert [c.location for c in claims if c.measure == "killed"] == [place]
