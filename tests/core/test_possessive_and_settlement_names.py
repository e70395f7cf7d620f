"""Names that hold a possessive or a kind word are read whole (issue #11, places): "in St.
John's" is the town the gazetteer writes so (its "'s" was cut off as an owner's, giving "St.
John"); "St. John's Ambulance staff treated four" names a service of care, no town; "the
West Bank settlement of Eli" is Eli with its region (a settlement was no kind of town, and
the region's name was kept with the kind noun). An owner's possessive ("South Sudan's
Jonglei state", "Karachi's Lyari area", "Chicago's Mercy Hospital staff"), another saint's
town, a village or town "of", a settlement named without a region and one named by its
people before the place that holds it ("a Fulani settlement in Benue") keep today's
reading. Sentences we wrote."""

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
        ("Two people were injured in St. John's on Sunday, police said.", "St. John's"),
        ("Police said three men were stabbed outside a bar in St. John's late on Friday.",
         "St. John's"),
        ("St. John's Ambulance staff treated four people after a crash on Sunday, police said.",
         None),
        ("Three people were hurt in a crash and St. John's Ambulance crews treated them, "
         "police said.", None),
        ("Israeli troops killed two Palestinians in the West Bank settlement of Eli on Friday, "
         "the army said.", "Eli, West Bank"),
    ],
)
def test_a_name_read_whole(text: str, place: str | None) -> None:
    assert set(_places(text)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed nine people in South Sudan's Jonglei state on Friday, officials said.",
         "Jonglei state"),
        ("A man was shot dead in Karachi's Lyari area on Friday, police said.",
         "Lyari area, Karachi"),
        ("Chicago's Mercy Hospital staff treated six people after a shooting on Sunday, "
         "police said.", "Chicago"),
        ("Two people were injured in St. Mary's, Georgia, on Sunday, police said.",
         "St. Mary's, Georgia"),
        ("Two people were shot dead in St. Louis on Friday, police said.", "St. Louis"),
        ("Israeli troops killed two Palestinians in the West Bank town of Qabatiya on Friday, "
         "the army said.", "Qabatiya, West Bank"),
        ("Gunmen killed 12 people in the Borno village of Kawuri on Friday, residents said.",
         "Kawuri, Borno"),
        ("Two Israelis were injured in the settlement of Ariel on Friday, police said.", "Ariel"),
        # a settlement named by its people, before the place that holds it: that place
        ("Herders killed 12 people in a Fulani settlement in Benue on Sunday, police said.",
         "Benue"),
        ("Gunmen killed five refugees at a Rohingya settlement in Bhasan Char, police said.",
         "Bhasan Char"),
    ],
)
def test_an_owner_or_a_known_reading_stays(text: str, place: str) -> None:
    assert set(_places(text)) == {place}
