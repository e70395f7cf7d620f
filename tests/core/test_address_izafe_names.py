"""An izafe quarter written between an address's commas reads whole (issue #11, place):
"Two men were shot in Block 7, Gulshan-e-Iqbal, on Monday" had the place "-" (the tagger
read the hyphen as a name in apposition), "in Block 13, Gulistan-e-Jauhar, Karachi" the place
"Gulistan". A run after a numbered block's comma, or before the town that holds it, is one
name, as one after "in" or before "area" is; a group's name stays in pieces. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 9, 17)


def places_of(text: str) -> list[str | None]:
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return [c.location for c in claims if c.measure != "other"]


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
