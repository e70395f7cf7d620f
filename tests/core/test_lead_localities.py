"""The lead's scene when it is a village (issue #11, place): a village the report's figures
name alone ("X village", "Barangay X") is filed with the unit or town the report puts its
incident in, as a checker files a village ("village, district"); a village holds no other
village; a community written bare before its local government area is a settlement, one
written with its article ("the Igbo community") a people. The reports are invented; the places
are made up or real."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_the_scenes_village_named_alone_is_filed_with_its_district() -> None:
    text = (
        "Three jawans killed in Maoist ambush\n\n"
        "RANCHI: Three CRPF jawans were killed in a Maoist ambush in Khunti district on "
        "Monday, police said.\n\n"
        "The jawans, two of them from the CoBRA unit and one from the state police, were "
        "returning from an operation when the rebels set off a blast near Marangburu village "
        "and opened fire."
    )
    found = places(text)
    assert ("two", "Marangburu village, Khunti district") in found
    assert ("one", "Marangburu village, Khunti district") in found


def test_a_village_by_its_kind_a_later_count_names_lies_in_the_leads_town() -> None:
    text = (
        "Seven gunmen dead as offensive goes on in Lanao del Sur\n\n"
        "The number of gunmen killed in a military offensive in Sultan Dumalondong, Lanao del "
        "Sur has risen to seven, the army said on Tuesday.\n\n"
        "A spokesman said troops found two more bodies when they swept Barangay Malaig on "
        "Tuesday morning."
    )
    assert ("two", "Barangay Malaig, Sultan Dumalondong") in places(text)


def test_a_village_of_a_report_whose_spot_is_a_village_keeps_its_own_name() -> None:
    text = (
        "Gunmen kill five in Nigeria village raid\n\n"
        "Gunmen killed five people in Tudun Wada village in Zamfara state on Monday, police "
        "said.\n\n"
        "Two more bodies were found on Tuesday in Barangay Malaig village."
    )
    assert "Tudun Wada" not in (dict(places(text)).get("Two") or "")


def test_an_arrest_in_a_village_by_its_kind_keeps_the_village_alone() -> None:
    text = (
        "Seven gunmen dead in Lanao del Sur clash\n\n"
        "Seven gunmen were killed in a clash with soldiers in Sultan Dumalondong, Lanao del "
        "Sur on Monday, the army said.\n\n"
        "Police arrested three suspects in Barangay Malaig on Tuesday, a spokesman said."
    )
    assert ("three", "Barangay Malaig") in places(text)


def test_a_community_named_bare_in_its_local_government_area_is_the_scene() -> None:
    text = (
        "Bandits kill eight in Zamfara raid\n\n"
        "Bandits killed eight people when they raided Gidan Baushi community in Tsafe Local "
        "Government Area of Zamfara State on Monday, police said."
    )
    found = ("eight", "Gidan Baushi community, Tsafe Local Government Area, Zamfara State")
    assert found in places(text)


def test_a_peoples_community_with_its_article_is_no_settlement() -> None:
    text = (
        "Traders killed in Kano\n\n"
        "Four traders were killed in Kano State on Monday, leaders of the Igbo community in "
        "Kano State said."
    )
    assert all("community" not in (where or "") for _, where in places(text))
