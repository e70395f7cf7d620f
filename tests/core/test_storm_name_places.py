"""A storm's name is no place of its figures: "killed in Typhoon Haiyan", "died in Tropical
Storm Florence", "in Sandy's aftermath" named a town called after the storm's given name
(Haiyan county, Florence, Sandy in Utah) or the storm itself (issue #11, places). A town,
a street or a lake named after a storm ("in Hurricane, Utah", "on Cyclone Road", "in
Storm Lake"), a storm's name before the town it struck, and a storm written in lower case
keep their places. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

pytestmark = pytest.mark.slow

DAY = dt.date(2031, 9, 17)


def _places(text: str) -> list[object]:
    return report_fields(text, "location", published=DAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people died in Typhoon Haiyan, the disaster agency said.", None),
        ("Seven people died in Tropical Storm Florence, the governor said.", None),
        ("Twelve people were killed in Cyclone Mocha in Myanmar, the UN said.", "Myanmar"),
        ("Eleven people were killed in Super Typhoon Haiyan in the central Philippines.",
         "central Philippines"),
        ("In Sandy's aftermath, 43 people were found dead, the police said.", None),
        ("Nine people died in Florence's wake, officials said on Monday.", None),
    ],
)
def test_a_storms_name_is_no_place(text: str, place: str | None) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two people were shot dead in Storm Lake on Friday, police said.", "Storm Lake"),
        ("Three people were injured in Hurricane, Utah, when a truck overturned, police said.",
         "Hurricane, Utah"),
        ("Nine people were injured in Sandy, Utah, when a car hit a crowd, police said.",
         "Sandy, Utah"),
        ("Two people were killed in Florence on Monday, police said.", "Florence"),
        ("Four people were killed in Storm Ciaran in Devon, police said.", "Devon"),
        ("Six people were killed in Hurricane Ian in Fort Myers, Florida, officials said.",
         "Fort Myers, Florida"),
        ("Five people were killed in a storm in Dhaka on Monday, officials said.", "Dhaka"),
        ("Seven people died in a cyclone shelter in Khulna on Sunday, officials said.", "Khulna"),
        ("Eight people were killed in typhoon-hit Tacloban on Monday, officials said.",
         "Tacloban"),
    ],
)
def test_a_place_named_beside_or_after_a_storm_stays(text: str, place: str) -> None:
    assert _places(text) == [place]
