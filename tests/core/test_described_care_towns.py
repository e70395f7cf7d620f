"""A town NER left unlabelled that an appositive calls a capital ("a hospital in Tarn, the
district's capital, where two lay in grave condition") is where the hurt were cared
for, no scene of theirs: the figure stays with the incident's place; a town so described
where the incident was is still its place (issue #11, place). Sentences written for this
class."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)

LEAD = (
    "Guards wounded in Colombia ambush\n\n"
    "BOGOTA - Raiders wounded five guards in an ambush near the village of La Tagua in "
    "southern Putumayo province on Monday, police said.\n\n"
)


def _places(text: str) -> dict[str, str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c.location for c in claims}


def test_a_capital_the_hurt_were_flown_to_is_no_scene() -> None:
    text = LEAD + (
        "The wounded guards were flown to a hospital in Mocoa, the provincial capital, and an "
        "army source said two were in critical condition.\n"
    )
    assert _places(text)["two"] != "Mocoa"


def test_a_capital_where_the_raid_was_is_its_scene() -> None:
    text = (
        "Guards killed in Colombia raid\n\n"
        "BOGOTA - Raiders stormed a depot in Mocoa, the provincial capital, on Monday, killing "
        "two guards, police said.\n"
    )
    assert _places(text)["two"] == "Mocoa"
