"""A festival on no fixed day of the holiday tables ("detained on Diwali", "on Holi") is a
day NER may take for a place, never a town (issue #11, place): "NEW DELHI: Police said 40
people were detained on Diwali" was filed under "Diwali". Its figure now keeps the report's
place. The festival is given no date (the project does not compute those calendars). A town
after "in" keeps its reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_places

PUB = dt.date(2031, 11, 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NEW DELHI: Police said 40 people were detained on Diwali.", "New Delhi"),
        ("LUCKNOW: Two men were stabbed to death on Holi, police said.", "Lucknow"),
    ],
)
def test_a_festival_is_no_town(text: str, place: str) -> None:
    assert report_places(text, PUB) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KARACHI: Six people were killed in firing on Eid, police said.", "Karachi"),
        ("Police arrested 20 revellers during Holi in Mathura.", "Mathura"),
        ("DHAKA: Three people were killed during Durga Puja celebrations in Sylhet.", "Sylhet"),
    ],
)
def test_other_days_and_towns_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text, PUB) == [place]
