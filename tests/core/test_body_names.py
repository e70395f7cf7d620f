"""A name ending in what a body is called by ("the X Gang", "the Y Clan") names the body, not
a place, when the gazetteer does not know it and it is no unit (issue #11, place: "never a
person, a hospital or an organisation as the place"). Sentences written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Police said on Tuesday they had arrested four suspected members of the Coast Gang "
            "over the killing of six people at a bar.\n",
            "four",
            None,
        ),
        # a unit written with its kind is a place
        ("Two men were shot dead in Kolapara Union on Sunday.\n", "Two", "Kolapara Union"),
    ],
)
def test_a_bodys_name_is_no_place(text: str, figure: str, place: str | None) -> None:
    claims = core_claims_by_text([text], PUB)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]
