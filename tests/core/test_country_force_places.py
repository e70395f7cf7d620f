"""A country named in its own force's name ("Sudan army said 25 civilians were killed",
"Uganda army said 12 militants were killed") stands for the country when the report places
its figures in no other: they had no place, the name being set aside as a body's that may
fight abroad (issue #11, places). A place the report names ("in Darfur", "in Congo",
"in Mogadishu"), a group named after a country ("Tehreek-e-Taliban Pakistan") and a
country's people's force ("The Kenyan army") keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

pytestmark = pytest.mark.slow

DAY = dt.date(2031, 9, 17)


def _places(text: str) -> set[object]:
    return set(report_fields(text, "location", published=DAY))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Sudan army said 25 civilians were killed on Sunday.", "Sudan"),
        ("Uganda army said 12 militants were killed in an operation on Monday.", "Uganda"),
        ("The Chad army said 17 soldiers were killed in an ambush on Friday.", "Chad"),
    ],
)
def test_a_countrys_own_force_stands_for_it(text: str, place: str) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sudan army said 25 civilians were killed in an attack on a village in Darfur on "
         "Sunday.", "Darfur"),
        ("Rwanda army said 12 militants were killed in Congo on Monday.", "Congo"),
        ("Kenya Police said three officers were killed in Mogadishu on Monday.", "Mogadishu"),
        ("Sudan army said 25 fighters were killed in South Sudan on Sunday.", "South Sudan"),
        ("Tehreek-e-Taliban Pakistan said its fighters killed five soldiers on Sunday.", None),
        ("The Kenyan army said 14 fighters were killed in Somalia on Sunday.", "Somalia"),
    ],
)
def test_a_place_named_or_a_group_keeps_its_reading(text: str, place: str | None) -> None:
    assert _places(text) == {place}
