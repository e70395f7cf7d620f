"""One report, one scene (issue #11, place): the figures of the report's incident go under the
place its lead gives the first of them, where their own sentence names a wider unit holding
it (a headline's district) or nothing; figures of another day or of another place keep their
own. Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_the_headline_district_gives_way_to_the_lead_town() -> None:
    text = (
        "Six killed in Swat market blast\n\n"
        "Six people were killed and nine injured when a bomb went off in a crowded market in "
        "Mingora on Sunday, police said.\n\n"
        '"Four of them are in critical condition," a doctor at the hospital said.'
    )
    assert places(text) == [
        ("Six", "Mingora"), ("Six", "Mingora"), ("nine", "Mingora"), ("Four", "Mingora")
    ]


def test_another_day_and_another_town_keep_their_own_place() -> None:
    text = (
        "Six killed in Swat market blast\n\n"
        "Six people were killed when a bomb went off in a crowded market in Mingora on "
        "Sunday, police said.\n\n"
        "In neighbouring Buner district, two policemen were injured in a separate attack on "
        "Sunday.\n\n"
        "Last year, 40 people were killed in bombings across Swat district."
    )
    found = dict(places(text)[1:])
    assert found["Six"] == "Mingora"
    assert "Buner" in (found["two"] or "")
    assert found["40"] == "Swat district"


def test_the_hurt_who_died_in_a_hospital_town_count_at_the_scene() -> None:
    text = (
        "Three killed in Brahmanbaria clash\n\n"
        "Three people were killed and 15 injured in a clash between two groups at Sarail "
        "upazila in Brahmanbaria on Sunday.\n\n"
        "Two of the injured later died in Dhaka, raising the toll to five."
    )
    assert {place for _, place in places(text)} == {"Sarail upazila, Brahmanbaria"}
