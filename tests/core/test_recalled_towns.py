"""A report whose lead puts its incident in one town and whose last paragraph recalls an
earlier incident in another ("In June, a man was shot outside a party in Y") files its
placeless figures under its own town: the town of an incident before the report's own weighs
no more than where someone lives (issue #11, place). Reports written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 8, 4)  # a Monday


def _place_of(text: str, figure: str) -> str | None:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    found = [c.location for c in claims if c.number_text == figure]
    assert found, [(c.number_text, c.location) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an earlier shooting in another town recalled at the report's end; the headline
        # names no town
        (
            "Two dead, four hurt after gunfire at a backyard party\n\n"
            "Two people were killed when gunfire broke out at a backyard party in Kettering "
            "late Saturday, the sheriff's office said.\n\n"
            "Four other guests were wounded, deputies said.\n\n"
            "It was the second shooting at a party in the county this year. In March, a "
            "teenager was wounded outside a birthday party in Xenia.\n",
            "Two",
            "Kettering",
        ),
    ],
)
def test_a_recalled_incidents_town_does_not_outweigh_the_lead(
    text: str, figure: str, place: str
) -> None:
    assert _place_of(text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a town named for the report's own incident at its end still counts
        (
            "Two dead after gunfire at a backyard party\n\n"
            "Two people were killed when gunfire broke out at a backyard party late "
            "Saturday, the sheriff's office said.\n\n"
            "Four other guests were wounded, deputies said.\n\n"
            "On Saturday night a teenager was also shot outside a bar in Xenia.\n",
            "Four",
            "Xenia",
        ),
    ],
)
def test_the_reports_own_town_still_counts(text: str, figure: str, place: str) -> None:
    assert _place_of(text, figure) == place
