"""A named venue or street with the town its sentence says it stands in ("at Lincoln High
School in Tacoma", "on Jefferson Avenue in Newport News") is filed with that town (issue #11,
place): the claim read the venue or the street alone, so the report's town was lost ("Lincoln"
of the school's name was taken for the Nebraska city the venue stands in, and "Newport News"
for a newspaper). A venue with no town told, a town the recogniser found (the sentence's
place, as before), a month after "in", or a hospital someone was taken to keep today's
reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

DAY = dt.date(2031, 5, 6)


def _places(text: str) -> set[str | None]:
    return {c.location for c in core_claims_by_text([text], DAY)[text]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were injured in a shooting at Lincoln High School in Tacoma on Friday "
         "afternoon.", "Lincoln High School, Tacoma"),
        ("A man was shot dead on Jefferson Avenue in Newport News, police said.",
         "Jefferson Avenue, Newport News"),
        ("Two men were shot at Riverside Mall in Tulsa on Sunday.", "Riverside Mall, Tulsa"),
    ],
)
def test_a_venue_is_filed_with_its_told_town(text: str, place: str) -> None:
    assert _places(text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A man was shot dead at a gas station on Main Street in Dayton on Friday.", "Dayton"),
        ("Two people were shot on Elm Street, Tulsa police said.", "Tulsa"),
        ("Two people were shot in Tulsa on Sunday and taken to St. Francis Hospital.",
         "Tulsa"),
        ("A man was killed in a shooting in Dayton on Friday.", "Dayton"),
        # a town the recogniser found is the sentence's place (a venue abroad of the
        # districts' countries goes), and a month is no town
        ("A man was shot dead on Jefferson Avenue in Norfolk, police said.", "Norfolk"),
        ("Two men were shot at Smith Park in Dallas on Monday.", "Dallas"),
        ("Two men were wounded on Route 9 in March, police said.", "Route 9"),
        ("Gunmen killed 5 worshippers at a mosque in Quetta on Friday.", "Quetta"),
    ],
)
def test_other_places_keep_their_reading(text: str, place: str) -> None:
    assert _places(text) == {place}
