"""A district the report names in its lead's next sentences, set in the province of its
lead, is the report's place (issue #11, place): "a quake in Bengkulu province killed eight
... It struck in the Kaur Selatan district in the south of Bengkulu" files the figures under the
district, written with its province. Sentences written for this class, positive and
negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_LEAD = (
    "Quake kills eight in western Indonesia\n"
    "A strong quake in Indonesia's Bengkulu province killed eight people on Monday.\n"
)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the district is set in the lead's province: it says more
        (
            "The tremor struck in the hilly Kaur Selatan district in the south of Bengkulu, "
            "officials said.\n",
            "Kaur Selatan district, Bengkulu province",
        ),
        # a district the sentence does not set in the province may lie anywhere
        (
            "The tremor struck in the hilly Kaur Selatan district, officials said.\n",
            "Bengkulu province",
        ),
    ],
)
def test_a_district_of_the_lead_province_is_the_report_place(body: str, place: str) -> None:
    text = _LEAD + body
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "eight"] == [place, place]
