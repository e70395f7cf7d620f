"""A wire lead filed from the capital that names its spot and a wide area only, then places
that same spot in a town one sentence on: the town is the scene, not the bureau. A lead that
names its town keeps it; a sentence after it naming a town but not the spot keeps what the
lead gives (its region, not the bureau: ``compass_regions``).
A list of places held by one of them is written as the report writes it. Sentences
invented; the towns real."""

from __future__ import annotations

from tests.core.claim_factory import report_places

_LEAD = (
    "Suicide bomber kills eight police\n\n"
    "KABUL, May 6 (Reuters) - A suicide bomber killed at least eight police officers and "
    "wounded 12 others at a checkpoint in eastern Afghanistan on Monday, officials said.\n\n"
)


def test_the_spot_placed_again_names_the_town() -> None:
    text = _LEAD + (
        "The bomber rammed his car into the checkpoint on the northern outskirts of "
        "Jalalabad, about 120 km east of the capital Kabul, witnesses said."
    )
    found = report_places(text)
    assert found
    assert all(place == "Jalalabad" for place in found)


def test_a_town_named_apart_from_the_spot_keeps_the_leads_region() -> None:
    """Not the town named apart; the region the lead tells, not the bureau's desk either
    (``compass_regions``)."""
    text = _LEAD + "Officials in Jalalabad said the attackers had fled."
    found = report_places(text)
    assert found
    assert all(place == "eastern Afghanistan" for place in found)


def test_a_lead_in_the_bureaus_town_keeps_it() -> None:
    text = (
        "Bomb kills four\n\n"
        "NAIROBI, May 6 (Reuters) - A bomb killed four people at a bus station in Nairobi on "
        "Monday, police said.\n\n"
        "The bomb went off near the ticket office of the station in the city centre, "
        "witnesses said."
    )
    found = report_places(text)
    assert found
    assert all(place == "Nairobi" for place in found)


def test_a_listed_holder_is_written_as_the_report_writes_it() -> None:
    text = (
        "Four held in Kashmir raids\n\n"
        "SRINAGAR: Troops searched houses in Sopore, Baramulla and nearby Kupwara district "
        "on Sunday, arresting four men, police said."
    )
    found = report_places(text)
    assert found
    assert all(place is not None and place.isascii() for place in found)
    assert "Baramulla" in found
