"""The cases an "including" phrase names happened where it says; the whole count they are
part of stays in the wider area its own phrase gives ("dozens of attacks in eastern
Afghanistan, including bombings of mosques in Jalalabad": the dozens are eastern Afghanistan's,
the deaths of those bombings Jalalabad's). Sentences invented; places real."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> dict[str, str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c.location for c in claims}


def test_a_count_keeps_its_area_and_the_included_cases_their_town() -> None:
    text = (
        "KABUL: The group has carried out scores of attacks in northern Afghanistan over the "
        "past two years, including bombings of markets in Kunduz that killed more than 40 "
        "people."
    )
    found = places(text)
    assert "Kunduz" not in (found["scores"] or "")
    assert "Kunduz" in (found["more than 40"] or "")
