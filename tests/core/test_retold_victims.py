"""A sentence with no figure and no place that says the incident's victim again ("The fallen
guard was identified as ...", "The victims had been ...") tells no other incident: the
figures after it keep the scene carried to it, not the report's area; a figureless sentence
on something else still ends the carried scene (issue #11, place). Sentences written for
this class."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)

LEAD = (
    "Crowd frees guards in Kenya\n\n"
    "NAIROBI - Forty guards held by a crowd in the rural area of Mbeere, in Embu county, were "
    "freed on Wednesday, police said.\n\n"
    "The guards had been surrounded on Tuesday in the village of Kiritiri, hours after a clash "
    "with raiders that left one guard dead.\n\n"
)
AFTER = "\n\nIn a statement, the raiders claimed they had killed four guards.\n"


def _claimed_place(middle: str) -> str | None:
    text = LEAD + middle + AFTER
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return next(c.location for c in claims if c.number_text == "four")


@pytest.mark.parametrize(
    "middle",
    [
        "The fallen guard was identified as a father of two who had joined the security firm "
        "in spring.",
        "The victims had been checking lorries at the barrier since dawn.",
    ],
)
def test_a_victim_said_again_keeps_the_scene(middle: str) -> None:
    assert _claimed_place(middle) == "Kiritiri"


def test_a_sentence_on_something_else_ends_it() -> None:
    assert _claimed_place("Kenya has seen a rise in attacks on guards this year.") != "Kiritiri"
