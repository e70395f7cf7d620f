"""A holder qualified by a hyphenated word (issue #11, place): "in Baramulla district of
Indian-administered Kashmir", "of Pakistan-controlled Kashmir" files the district with the
region, never with the qualifier ("Indian, Baramulla"); an unqualified chain of units is read
as before. Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[str | None]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [c.location for c in claims]


@pytest.mark.parametrize("qualifier", ["Indian-administered", "Indian-controlled"])
def test_the_qualifier_is_no_place(qualifier: str) -> None:
    text = (
        "Four soldiers were killed and two wounded in a gunfight with militants in Baramulla "
        f"district of {qualifier} Kashmir on Sunday, an army spokesman said."
    )
    found = places(text)
    assert found
    assert all(p is not None and p.startswith("Baramulla") and "Indian" not in p for p in found)


def test_a_plain_chain_of_units_is_read_as_before() -> None:
    text = "Three policemen were killed in the Barmal district of Paktika province on Sunday."
    assert places(text) == ["Barmal district, Paktika province"]
