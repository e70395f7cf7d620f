"""A release told from a news bureau in another country ("NAIROBI (Reuters) - ..." of a
monitor's count for the Sahel): the dateline is where the reporter sits, so the release's
tallies that name no place of their own take the countries the report names, never the
bureau's town. A release about the bureau's own country keeps it."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

RELEASED = dt.date(2026, 1, 14)


def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=RELEASED)])
    return {c.number_text: c.location for c in result.claims if c.is_core}


ABROAD = (
    "Insurgents killed 3,870 in 2025, monitor says\n\n"
    "NAIROBI, Kenya (Reuters) - Insurgents killed 3,870 people in 2025, the worst year since "
    "the uprising began, a conflict monitor said on Wednesday.\n\n"
    "The Regional Conflict Tracker (RCT) counted 1,244 attacks during the year, up from 958 in "
    "2024. Most of the violence was in Niger and Chad, it said.\n\n"
    "Armed groups also abducted 544 people, the tracker said.\n"
)


def test_a_bureau_abroad_is_no_area_of_the_release() -> None:
    found = places_of(ABROAD)
    for figure in ("1,244", "958", "544"):
        assert "Niger" in (found[figure] or "")
        assert "Nairobi" not in (found[figure] or "")


def test_a_release_on_the_bureaus_own_country_keeps_it() -> None:
    text = ABROAD.replace(
        "Most of the violence was in Niger and Chad", "Most of it was in the north"
    )
    found = places_of(text)
    assert "Kenya" in (found["1,244"] or "")
