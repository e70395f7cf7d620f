"""A town NER took for an event is the scene, as one it took for a day is (issue #11, place):
"Five workers were killed in a landslide in Gilgit on Monday" had no place (NER's EVENT). The
gazetteer's town after a scene preposition, spelled by no month or weekday word, and no
speaker's seat; an event's own name ("during Ashura in Karachi") leaves the town after it.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def places_of(text: str) -> list[object]:
    return report_fields(text, "location", published=PUB)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five workers were killed in a landslide in Gilgit on Monday.", "Gilgit"),
        ("Two climbers died in an avalanche near Gilgit on Monday.", "Gilgit"),
        # as before: towns NER labels as places, or as days
        ("Four people were killed in a blast in Mardan on Monday.", "Mardan"),
        ("Three policemen were injured in a grenade attack in Loralai on Sunday.", "Loralai"),
        # an event's name leaves the town after it the scene
        ("Twelve people died in Katrina in New Orleans.", "New Orleans"),
        ("Six people were killed in a blast during Ashura in Karachi.", "Karachi"),
        ("Two people were killed in a stampede during Diwali celebrations in Delhi.", "Delhi"),
    ],
)
def test_a_town_read_as_an_event_is_the_scene(text: str, place: str) -> None:
    assert places_of(text) == [place]
