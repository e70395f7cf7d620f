"""A town a description measures another place from ("in X, a town 30 km west of Y") says
where the described place lies: the described place is the scene (issue #11, place); a
scene told only by its distance from a town, and a town's capital-of, keep the town.
Sentences written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A car bomb killed six soldiers at a checkpoint in Afgoye, a town 30 km west of "
            "Mogadishu, on Monday.\n",
            "Afgoye",
        ),
        (
            "Gunmen killed six villagers in Balad, a farming town some 40 kilometres north of "
            "the capital Mogadishu, on Monday.\n",
            "Balad",
        ),
        # no place described: the town the distance runs from is all the text gives
        ("A car bomb killed six soldiers at a checkpoint 30 km west of Mogadishu on Monday.\n",
         "Mogadishu"),
        # a side of a town is a part of it: the town stays
        ("A car bomb killed six soldiers in Deynile, a district in the north of Mogadishu, on "
         "Monday.\n", "Mogadishu"),
        # what holds the described town
        ("A car bomb killed six soldiers in Baidoa, the capital of Bay region, on Monday.\n",
         "Baidoa, Bay region"),
    ],
)
def test_the_place_a_description_measures_from_is_no_scene(text: str, place: str) -> None:
    claims = core_claims_by_text([text], PUB)[text]
    assert [c.location for c in claims if c.number_text == "six"] == [place]
