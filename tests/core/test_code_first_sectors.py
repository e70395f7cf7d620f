"""A town's numbered sector written code first ("in the I-10 sector of Islamabad", "in
Islamabad's G-9 sector"): the sector reader knew only the part's noun first ("Sector G-9 of
Islamabad"), so the code-first form gave the town alone, losing the sector a checker files the
incident under (issue #11, places). Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said 2 men were shot dead in the I-10 sector of Islamabad on Monday.",
         "I-10 sector, Islamabad"),
        ("Robbers killed a shopkeeper in the F-8 sector of Islamabad on Sunday.",
         "F-8 sector, Islamabad"),
        ("Police said 2 men were shot dead in Islamabad's I-10 sector on Monday.",
         "I-10 sector, Islamabad"),
        ("A guard was shot dead at the 11-B sector of North Karachi on Friday.",
         "11-B sector, North Karachi"),
    ],
)
def test_the_code_first_sector_with_its_town(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the noun first, as before
        ("Police said 2 men were shot dead in Sector I-10 of Islamabad on Monday.",
         "Sector I-10, Islamabad"),
        # a sector of the economy, a plain number, no code
        ("Two workers died in Islamabad's power sector on Monday.", "Islamabad"),
        ("Two workers died in the 5 sector of Islamabad on Monday.", "Islamabad"),
        # the code with no town written after or before it
        ("Two men were shot dead in the F-7 sector on Monday in Islamabad.", "Islamabad"),
        # no locative preposition placing it
        ("The I-10 sector of Islamabad mourned 3 boys killed in Rawalpindi.", "Rawalpindi"),
        # a person owns no sector
        ("Two men were shot dead in the G-9 sector of Ahmed Khan's plot in Lahore.", "Lahore"),
    ],
)
def test_other_sectors_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # review: a code whose letter is glued to its number is read whole, never as a
        # block named by its letter ("A block, Allama Iqbal Town")
        ("Two men died in a fire at the 5-A block of Allama Iqbal Town in Lahore on Monday.",
         "Lahore"),
        ("Three people were wounded in the 2-B block of Nazimabad on Sunday.",
         "2-B block, Nazimabad"),
    ],
)
def test_a_codes_letter_names_no_block(text: str, place: str) -> None:
    assert report_places(text) == [place]
