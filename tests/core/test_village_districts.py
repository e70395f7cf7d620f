"""A village the gazetteer lacks, or a town the district holds, written with the district after
a comma ("in Zarin Kalay, North Waziristan", "in Wana, South Waziristan"), is the place with its
district, not an appositive the district replaces. Sentences invented; the districts and Wana
are real, the villages made up."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_places

DAY = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Four soldiers were martyred in a clash in Zarin Kalay, North Waziristan, on Tuesday.",
         "Zarin Kalay, North Waziristan"),
        ("Four soldiers were martyred in a clash in Wana, South Waziristan, on Tuesday.",
         "Wana, South Waziristan"),
        # near miss: a known town the district after it does not hold is no part of it
        ("Two men were shot dead in Turbat, North Waziristan, on Tuesday.", "North Waziristan"),
    ],
)
def test_a_place_before_its_district_keeps_it(body: str, place: str) -> None:
    found = report_places(f"Attack in the tribal belt\n\nPESHAWAR: {body}\n", DAY)
    assert found
    assert all(p == place for p in found), found
