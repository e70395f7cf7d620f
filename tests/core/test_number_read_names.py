"""A town's name the recogniser labels a count ("Eight people were killed in a crash near
Murree", "Murree" a CARDINAL) is left to the reading of names it left unlabelled, which
knows it after "near" or "in": it was no place (issue #11, places). Counts with their
numerals or number words ("Three Hundred people", "Route Nine", "Sector Four") and towns
labelled as places keep today's reading. Sentences we wrote."""

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
        ("Eight people were killed in a crash near Murree on Monday.", "Murree"),
        ("Two people were killed in a crash near Murree on Friday.", "Murree"),
        ("Four people were injured in a landslide near Murree on Sunday, police said.",
         "Murree"),
    ],
)
def test_a_name_read_as_a_count(text: str, place: str) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Four people were injured when a van overturned near Chitral on Sunday.", "Chitral"),
        ("Three Hundred people were arrested near Lahore on Sunday.", "Lahore"),
        ("Dozens were injured in clashes near the border on Friday, police said.", None),
        ("Five people were killed on Route Nine near the town, police said.", "Route Nine"),
        ("A bus fell into a gorge near Murree, killing nine people, officials said.", "Murree"),
    ],
)
def test_a_count_or_a_place_keeps_its_reading(text: str, place: str | None) -> None:
    assert _places(text) == {place}
