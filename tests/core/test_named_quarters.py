"""A town's bazaar or square named by its own proper name ("at Moti Bazaar") is the figure's
place, written with its town as a locality is; the town's bazaar in lower case ("the Hangu
bazaar", "a crowded bazaar in Kohat") gives way to the town. Sentences invented; the towns are
real, the bazaars' names made up."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.named_quarters import a_named_quarter
from tests.core.claim_factory import report_places

DAY = dt.date(2031, 11, 5)


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Moti Bazaar", True),
        ("Rangeen Chowk", True),
        ("the Jalal Kot Union Council", True),  # a kind of two words
        ("Union Council", False),
        ("Hangu bazaar", False),  # the town's venue, in lower case
        ("Bazaar", False),  # the noun alone
        ("the Kohat bazaar", False),
    ],
)
def test_a_named_quarter_is_a_proper_name_ending_in_its_kind(name: str, named: bool) -> None:
    assert a_named_quarter(name) is named


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a bazaar by its proper name: the part of the dateline's town
        ("Four shopkeepers were hurt when a cracker went off at Sabzi Rang Bazaar on Sunday.",
         "Sabzi Rang Bazaar, Peshawar"),
        ("Two porters were shot dead in Nimak Bazaar on Sunday, police said.",
         "Nimak Bazaar, Peshawar"),
        # another town the sentence names holds it
        ("Two porters were shot dead at Nimak Bazaar in Hangu on Sunday.",
         "Nimak Bazaar, Hangu"),
        # a union council by its name, though NER reads it as a body's
        ("Two porters were killed by a landmine in the Jalal Kot Union Council on Sunday.",
         "Jalal Kot Union Council, Peshawar"),
        # near misses: the town's bazaar in lower case is the town
        ("Two porters were shot dead in the Hangu bazaar on Sunday.", "Hangu"),
        ("Two porters were shot dead in a crowded bazaar in Kohat on Sunday.", "Kohat"),
        # a council's members, where they were shot: the town
        ("Two members of the Jalal Kot Union Council were shot dead in Kohat on Sunday.",
         "Kohat"),
    ],
)
def test_a_named_bazaar_is_the_place_with_its_town(body: str, place: str) -> None:
    found = report_places(f"Porters attacked\n\nPESHAWAR: {body}\n", DAY)
    assert found
    assert all(p == place for p in found), found
