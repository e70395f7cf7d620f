"""A report names its scene in the headline and the lead, where NER may leave the name
unlabelled, and another town of that country once further on (where a minister spoke, where a
victim lived): the placeless figures are the scene's, not that other town's (issue #11,
place). Towns are real; reports written for this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)  # a Tuesday
LEAD = (
    "Four soldiers killed in Bannu attack\n\n"
    "Militants attacked a security post in Bannu on Monday, killing four soldiers, the army "
    "said.\n\n"
)
TAIL = "\n\nThree militants were also killed in the exchange of fire, the army said.\n"


def _place_of(text: str, figure: str) -> str | None:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    found = [c.location for c in claims if c.number_text == figure]
    assert found, [(c.number_text, c.location) for c in claims]
    return found[-1]


@pytest.mark.parametrize(
    "middle",
    [
        "The prime minister condemned the attack from Islamabad.",
        "The slain soldiers included Sepoy Ali Khan, a resident of Mardan District, and "
        "Naik Aslam, a resident of Swabi District.",
    ],
)
def test_the_lead_town_over_a_town_named_once_later(middle: str) -> None:
    assert _place_of(LEAD + middle + TAIL, "Three") == "Bannu"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the lead names the other town itself: the report's reading stands
        (
            "Four soldiers killed in attack near Islamabad\n\n"
            "Militants attacked a security post outside Islamabad on Monday, killing four "
            "soldiers, the army said.\n\n"
            "The post lies on the road to Bannu." + TAIL,
            "Islamabad",
        ),
    ],
)
def test_a_town_the_lead_names_stands(text: str, place: str) -> None:
    assert _place_of(text, "Three") == place
