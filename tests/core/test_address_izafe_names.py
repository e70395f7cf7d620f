"""An izafe quarter written between an address's commas reads whole (issue #11, place):
"Two men were shot in Block 7, Gulshan-e-Iqbal, on Monday" had the place "-" (the tagger
read the hyphen as a name in apposition), "in Block 13, Gulistan-e-Jauhar, Karachi" the place
"Gulistan". A run after a numbered block's comma, or before the town that holds it, is one
name, as one after "in" or before "area" is; a group's name stays in pieces. Sentences we
wrote."""

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
        ("Police said 2 men were shot in Block 7, Gulshan-e-Iqbal, on Monday.",
         "Gulshan-e-Iqbal"),
        ("Two men were shot dead in Block 13, Gulistan-e-Jauhar, Karachi on Monday.",
         "Gulistan-e-Jauhar, Karachi"),
        # as before
        ("A man was killed in Sector 4, North Karachi, on Monday.", "Sector 4, North Karachi"),
        ("A man was shot dead in the Gulshan-e-Iqbal area of Karachi on Monday.",
         "Gulshan-e-Iqbal area, Karachi"),
        ("Jaish-e-Mohammad, Lahore chapter, claimed the attack that killed 4 in Lahore.",
         "Lahore"),
    ],
)
def test_an_address_quarter_reads_whole(text: str, place: str) -> None:
    assert places_of(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a body's name before its branch's town, with no address's comma before it
        ("Police arrested 3 members of Jamaat-e-Islami, Peshawar on Friday.", "Peshawar"),
        ("Two guards were killed outside the office of Anjuman-e-Tajiran, Karachi.", "Karachi"),
        ("Majlis-e-Ahrar, Lahore activists beat 2 men, police said.", "Lahore"),
        # or before a town that qualifies a noun, though a comma stands before it
        ("On Sunday, Sipah-e-Sahaba, Karachi activists beat 2 men in Orangi.", "Orangi"),
        # a body's name after a date's, a year's or a time's comma, not a numbered unit's
        ("On March 5, Jamaat-e-Islami workers beat 3 policemen.", None),
        ("On May 9, Tanzeem-e-Islami activists attacked a police post, injuring 6.", None),
        ("Two days after the June 3, Majlis-e-Ahrar rally, 4 men were arrested.", None),
        # a quarter after an address's part still reads whole
        ("A man was shot in Phase 2, Gulshan-e-Ravi, Lahore on Friday.", "Gulshan-e-Ravi"),
        ("Two suspects were arrested from Gulshan-e-Maymar, Karachi on Monday.",
         "Gulshan-e-Maymar, Karachi"),
        ("Two men were shot dead on Rashid Minhas Road, Gulshan-e-Iqbal, Karachi on Monday.",
         "Gulshan-e-Iqbal"),
    ],
)
def test_a_bodys_branch_is_no_quarter(text: str, place: str | None) -> None:
    assert places_of(text) == [place]
