"""A country named before its strike or its forces is who acted, not where: "A U.S. strike on
a prison in the northern province of Saada killed 68" was filed under "U.S.", "A drone attack
on a base hosting U.S. troops in western Iraq wounded four" likewise (issue #11, place).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _place(text: str, value: int) -> str | None:
    return next(c for c in run_texts(text, published=DAY).claims if c.value == value).location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A U.S. strike on a prison in the northern province of Saada killed 68 people, the "
         "rebels said.", "Saada"),
        ("A drone attack on a base hosting U.S. troops in western Iraq wounded 68 people, "
         "officials said.", "western Iraq"),
        ("A British air strike on a depot near Hodeidah killed 68 people, the rebels said.",
         "Hodeidah"),
        ("Rockets fired at a camp housing U.S. forces in eastern Syria wounded 68 people, "
         "officials said.", "eastern Syria"),
    ],
)
def test_the_scene_not_the_state(text: str, place: str) -> None:
    assert _place(text, 68) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town before a blast is where it went off
        ("A Karachi blast killed 68 people on Monday, police said.", "Karachi"),
        # the country as where it happened
        ("Clashes in Pakistan killed 68 soldiers on Monday, the army said.", "Pakistan"),
    ],
)
def test_a_place_stays(text: str, place: str) -> None:
    assert _place(text, 68) == place
