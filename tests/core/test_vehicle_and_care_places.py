"""A craft named by its town and a hospital in the bureau's town are no scenes (issue #11,
place): "Toll in Tarn boat capsize" is in the town, not a place called "Tarn boat"; under
"ZAMBOANGA CITY -" the wounded "taken to hospital in Zamboanga City" are still the village's.
Sentences written for these classes, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("headline", "figure", "place"),
    [
        # a craft or a vehicle the town names: the town is the place
        ("Eleven dead in Barisal boat capsize", "Eleven", "Barisal"),
        ("Eleven dead in Quetta bus crash", "Eleven", "Quetta"),
        # an incident noun after the town keeps doing so
        ("Eleven dead in Quetta blast", "Eleven", "Quetta"),
    ],
)
def test_a_vehicle_named_by_its_town_is_the_town(headline: str, figure: str, place: str) -> None:
    text = headline + "\n\nRescuers were still searching the area on Friday, officials said.\n"
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]


_RAID = (
    "ZAMBOANGA CITY — Four villagers were killed on Thursday when gunmen attacked a farming "
    "village in Talipao, Sulu, town officials said on Friday.\n"
)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the bureau's town written only as where the wounded were taken
        (
            "Six other residents were wounded and taken to hospital in Zamboanga City, the "
            "mayor said.\n",
            "Talipao",
        ),
        # the bureau's town written as where it happened: it stays
        (
            "Six other residents were wounded in a second attack in Zamboanga City on "
            "Thursday, the mayor said.\n",
            "Zamboanga City",
        ),
    ],
)
def test_a_hospital_in_the_bureaus_town_is_no_scene(body: str, place: str) -> None:
    text = _RAID + body
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "Six"] == [place]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # "in X" hung on "taken", beside "to hospital": the hospital's town
        (
            "Six other residents were wounded and taken to hospital in Zamboanga City, he "
            "said.\n",
            "Talipao town, Sulu province",
        ),
        # "taken in X" with no care: where they were taken from is no hospital's town
        (
            "Six other residents were wounded in Zamboanga City on Thursday, he said.\n",
            "Zamboanga City",
        ),
    ],
)
def test_the_town_of_a_hospital_the_hurt_were_taken_to(body: str, place: str) -> None:
    text = (
        "MANILA (AFP) – Gunmen killed four villagers on Thursday in a raid on a farming "
        "village in Talipao town in Sulu province, the military said.\n" + body
    )
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == "Six"] == [place]
