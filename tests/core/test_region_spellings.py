"""Regions, governorates and provinces a report writes in a form the packages lack: a
transliteration of a governorate ("Deir al-Zour" for pycountry's "Dayr az Zawr"), a region's
current name or its initials, a province's abbreviation with its hyphen ("K-P"), a name
behind a lower-case prefix ("ex-Fata"), a region of several provinces no ISO code names.
Each resolves to the place it names; a name the gazetteer lacks still resolves to nothing."""

from __future__ import annotations

import pytest

from core.text import places


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Deir al-Zour", "SY-DY"),
        ("the Deir Ezzor governorate", "SY-DY"),
        ("the Deir el-Zor countryside", "SY-DY"),
        ("Deir el-Zor province", "SY-DY"),
        ("a village, Dayr al-Zawr", "SY-DY"),
        ("K-P", "PK-KP"),
        ("an ex-Fata tehsil", "PK-KP"),
        ("Bangsamoro", "PH-14"),
        ("BARMM", "PH-14"),
        ("Northern Mindanao", "PH-10"),
    ],
)
def test_a_region_in_the_reports_spelling(written: str, key: str) -> None:
    found = places.resolve(written)
    assert found is not None
    assert key in found.chain  # the governorate, or its capital of the same name


def test_a_region_of_provinces_no_iso_code_names() -> None:
    region = places.resolve("troops in Central Mindanao")
    assert region is not None
    assert region.name == "Central Mindanao"
    province = places.get("PH-MGS")
    assert province is not None
    assert places.contains(region, province)
    luzon_province = places.get("PH-PAM")  # Pampanga lies on Luzon
    assert luzon_province is not None
    assert not places.contains(region, luzon_province)


@pytest.mark.parametrize(
    "written",
    ["pro-Taliban fighters", "anti-government protesters", "ex-militants", "Kelmar Ridge"],
)
def test_no_place_behind_a_prefix_that_names_none(written: str) -> None:
    assert places.resolve(written) is None


def test_the_governorates_town_keeps_its_own_spelling() -> None:
    found = places.resolve("Deir ez-Zor")
    assert found is not None
    assert found.level == "city"
