"""A name the gazetteer does not know that ends on a kind of violence ("the Left Wing Extremism
affected areas") is no place of a figure; a place named so keeps it. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 1, 8)


def places(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.location for c in result.claims}


@pytest.mark.parametrize(
    "opening",
    [
        "In the Red Corridor Extremism hit districts",
        "Across the Tarai Insurgency belt",
    ],
)
def test_a_violence_name_is_no_place(opening: str) -> None:
    found = places(
        "India's year of unrest\n\n"
        f"NEW DELHI: {opening}, 312 incidents of violence were reported in 2030, in which 87 "
        "people were killed, the home ministry said.\n"
    )
    assert found["312"] == "India"
    assert found["87"] == "India"


def test_a_place_in_the_same_frame_keeps_it() -> None:
    found = places(
        "India's year of unrest\n\n"
        "NEW DELHI: In the Bastar region, 312 incidents of violence were reported in 2030, in "
        "which 87 people were killed, the home ministry said.\n"
    )
    assert found["312"] is not None
    assert "Bastar" in found["312"]
