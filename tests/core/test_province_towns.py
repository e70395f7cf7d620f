"""A town a report describes by its state ("the southern Oklahoma city of some 25,000"), in lower
case with the article, is a town of that state, never the town the two words would name
("Oklahoma City"); a town named after "of" ("the Texas city of Laredo") is that town (issue #11,
place). Sentences written for this class."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)


def _places(text: str) -> dict[str, str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c.location for c in claims}


def test_a_town_described_by_its_state_is_no_town_of_that_name() -> None:
    text = (
        "Two hurt in Ardmore bar shooting\n\n"
        "ARDMORE, Okla. - Two men were wounded in a shooting at a bar in Ardmore on Saturday, "
        "police said.\n\n"
        "Crime like this is seldom seen in the southern Oklahoma city of some 25,000. In March, "
        "three people were hurt in a brawl outside a diner on Elm Street.\n"
    )
    assert "city" not in (_places(text)["three"] or "").lower()


def test_a_town_named_after_of_is_that_town() -> None:
    text = (
        "Three killed in Texas\n\n"
        "Gunmen shot dead three guards at a warehouse in the Texas city of Laredo on Saturday, "
        "police said.\n"
    )
    assert (_places(text)["three"] or "").startswith("Laredo")
