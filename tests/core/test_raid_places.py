"""Where arrests were made (issue #11, place): "picked up in night raids in Kamoke and
Wazirabad" is filed under the two towns, not the district holding them (nor the incident's
town); the running total an arrest brings the count to ("..., bringing the total number of
detainees to six") counts the incident's arrests, filed under the incident's place, while the
day's own arrests stay where they were made. Towns are real so the gazetteer knows them; the
reports are invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_raids_in_two_towns_are_filed_under_both() -> None:
    text = (
        "GUJRANWALA: Police on Sunday arrested four suspects over last week's killing of a "
        "trader in the city.\n\n"
        "Four men were picked up in overnight raids in Kamoke and Wazirabad, an officer said."
    )
    assert places(text)[-1] == ("Four", "Kamoke and Wazirabad")


def test_raids_in_one_town_are_filed_under_it() -> None:
    text = (
        "GUJRANWALA: Police on Sunday arrested four suspects over last week's killing of a "
        "trader in the city.\n\n"
        "Four men were picked up in overnight raids in Kamoke, an officer said."
    )
    assert places(text)[-1] == ("Four", "Kamoke")


def test_a_running_total_of_arrests_keeps_the_incidents_place() -> None:
    text = (
        "Three more held over Kishoreganj clash\n\n"
        "KISHOREGANJ: Police detained five people over Saturday's clash in Bhairab upazila "
        "in which two people were killed.\n\n"
        "Police detained three more people in Ashuganj on Tuesday, bringing the total number "
        "of detainees to eight."
    )
    found = dict(places(text)[1:])
    assert found["three"] == "Ashuganj"  # the day's arrests, where they were made
    assert found["eight"] == found["five"], found  # the total: the incident's


def test_raids_in_three_towns_the_gazetteer_knows_one_of_are_filed_under_all() -> None:
    # the gazetteer knows Borivali alone: a town is no holder of the others listed with it
    text = (
        "MUMBAI: Police arrested 14 people in raids in Dahisar, Kandivali and Borivali on "
        "Monday, officials said."
    )
    assert places(text)[-1] == ("14", "Dahisar and Kandivali and Borivali")

