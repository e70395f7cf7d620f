"""A province's police chief speaks for the whole province: "The Punjab police chief,
briefing the press at the Central Police Office, said police had arrested 12 suspects" keeps
the incident's place carried from before, not "Punjab", and so does the next sentence
(issue #11, place). A district's officer, or a province's with nothing carried, still places
the figure. Sentences invented."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)
LEAD = (
    "Three men were shot dead by unidentified gunmen in the Shadbagh area of Lahore on "
    "Monday night, police said.\n\n"
)


def _places(text: str) -> dict[float, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.value: c.location for c in result.claims if c.measure != "other"}


def test_a_province_police_chief_is_no_place() -> None:
    text = LEAD + (
        "The Punjab police chief, briefing the press at the Central Police Office, said "
        "police had arrested 12 suspects so far.\n\n"
        "The station house officer said only seven had been formally arrested."
    )
    found = _places(text)
    assert "Punjab" not in (found[12], found[7])
    assert "Lahore" in str(found[12])
    assert "Lahore" in str(found[7])


def test_a_district_officer_still_places_the_figure() -> None:
    text = LEAD + "The Kasur district police chief said two more men were shot dead on Tuesday."
    assert _places(text)[2] == "Kasur"


def test_a_province_chief_with_nothing_carried() -> None:
    text = "The Punjab police chief said police had arrested 12 suspects in a crackdown."
    assert _places(text)[12] == "Punjab"
