"""Issue #11, a quarter a town owns by its possessive: "in Quetta's Sariab area", "on Chicago's
West Side" are written with their town, whatever NER labels the words; a town owning a common
noun ("Karachi's main market") is the place itself; a person's or a reporter's possessive, an
address and a one-word name with an apostrophe ("Cox's Bazar") are no quarter. Sentences and
people we invented (the towns are real)."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two traders were shot dead in Quetta's Sariab area on Monday, police said.",
         "Sariab area, Quetta"),
        ("Four people were wounded on Chicago's West Side late Friday, police said.",
         "West Side, Chicago"),
        ("Three people were hurt when a gas cylinder exploded in Karachi's Korangi area.",
         "Korangi area, Karachi"),
        # a town owning a thing, not a quarter: the town
        ("Two men were shot dead in Karachi's main market on Monday.", "Karachi"),
    ],
)
def test_a_quarter_is_written_with_its_town(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a person's home, and its street address
        ("Ann Roe shot her neighbour, Jo Diaz, at Roe's 42 Elm Street house on Friday.",
         "Elm Street"),
        # one name with an apostrophe
        ("Four refugees were killed in Cox's Bazar on Monday.", "Cox's Bazar"),
    ],
)
def test_no_quarter_of_a_person_or_one_name(text: str, place: str | None) -> None:
    assert report_places(text) == [place]
