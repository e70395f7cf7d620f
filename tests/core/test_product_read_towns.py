"""A town after a scene's preposition that the recogniser labels a product ("Two people were
shot dead in Gwadar", "labourers from Multan were shot dead in Gwadar") is the figures'
place when the gazetteer knows it as a town or a district: it was dropped, leaving no place
or the town the victims came from (issue #11, places). A car or a thing named with its
article ("in the Toyota", "in a Corolla") and towns NER labels right keep today's reading.
Sentences we wrote."""

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
        ("Two people were shot dead in Gwadar on Friday, police said.", "Gwadar"),
        ("Two labourers from Multan were shot dead in Gwadar on Friday, police said.", "Gwadar"),
    ],
)
def test_a_town_read_as_a_product(text: str, place: str) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three men were killed in a Corolla on the highway, police said.", None),
        ("Two people were hurt in the Toyota on Sunday, police said.", None),
        ("Police arrested four men in Gwadar on Friday.", "Gwadar"),
        ("Two people were killed in Turbat on Friday, police said.", "Turbat"),
    ],
)
def test_a_thing_or_a_known_town_keeps_its_reading(text: str, place: str | None) -> None:
    assert _places(text) == {place}
