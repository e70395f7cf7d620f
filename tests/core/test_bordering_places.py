"""A place named in the description of the scene says where the scene lies, not where it
happened (issue #11, place): "in Tajazai, a remote town near the border with North
Waziristan" is in Tajazai; "in Tajazai, a town in Lakki Marwat district" is written with its
district. Sentences written for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("in Tajazai, a remote town near the border with North Waziristan,", "Tajazai"),
        ("in Tajazai, a small town on the edge of Bannu district,", "Tajazai"),
        # what holds the town is written with it
        ("in Tajazai, a small town in Lakki Marwat district,", "Tajazai, Lakki Marwat district"),
    ],
)
def test_a_neighbour_in_the_scenes_description(where: str, place: str) -> None:
    text = (
        f"A suicide bomber struck a cattle market {where} on Tuesday, killing seven people "
        "and wounding about 20, police said.\n"
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "seven"] == [place]
