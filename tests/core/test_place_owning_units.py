"""A part of a district written with the district that owns it (issue #11, place): "in Latehar
district's Manika area" is "Manika area, Latehar district", as a checker files a locality with
its unit, not the area alone nor its bare name. Sentences written for this class."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Four jawans were killed in an ambush in Latehar district's Manika area.", "Four",
         "Manika area, Latehar district"),
        ("Four jawans were killed in an ambush in East Singhbhum district's Ghatshila area on "
         "Monday.", "Four", "Ghatshila area, East Singhbhum district"),
        ("One more jawan died, taking the toll in the ambush in Pulwama district's Tral area "
         "to three, police said.", "three", "Tral area, Pulwama district"),
        # a province owning a district: the district says more
        ("Four men were killed in Punjab province's Kasur district.", "Four", "Kasur district"),
        # an area of the district named before: no owner to write
        ("Four men were killed in the district's Tral area.", "Four", "Tral area"),
        # a side of the region before the owner says no more than the owner
        ("Six people were hurt when a grenade went off in Handwara town of north Kashmir's "
         "Kupwara district.", "Six", "Handwara town, Kupwara district"),
        # no possessive: the side and the region are the place written
        ("Two men were shot dead in Sopore town of north Kashmir, police said.", "Two",
         "Sopore town, north Kashmir"),
    ],
)
def test_a_part_is_written_with_the_unit_owning_it(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place
