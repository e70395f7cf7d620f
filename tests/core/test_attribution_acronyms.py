"""Issue #11, South Asian desk copy: sources read short in our own probe reports. An
organisation's acronym is kept beside its full name ("Full Name (ACRONYM)") when the report
gives it in brackets after an apposition or after "or"; data "reviewed by" or "seen by" an
outlet are the body the data come from, not the outlet that read them; a headline's "Home
minister says ..." is the minister the report names. Sentences, people and bodies we
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 4)

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # an apposition's bracketed acronym is closed
    (
        "RAWALPINDI: Four soldiers were martyred in an exchange of fire in North Waziristan,"
        " the military's media wing, Inter-Services Public Relations (ISPR), said.",
        [(4, "killed", "Inter-Services Public Relations (ISPR)")],
    ),
    # the acronym after "or", as speaker or as the object of a frame
    (
        "KELAT: The Korvan Freedom Front, or KFF, claimed that its men killed nine guards.",
        [(9, "killed", "The Korvan Freedom Front (KFF)")],
    ),
    (
        "KELAT: At least 14 people died in the riots, according to the People's Rights"
        " Council, or PRC, a monitoring group.",
        [(14, "killed", "the People's Rights Council (PRC)")],
    ),
    # no acronym: a name joined by "or" that is no acronym stays as it was
    (
        "KELAT: The Korvan Freedom Front, or its armed wing, claimed that its men killed"
        " nine guards.",
        [(9, "killed", "The Korvan Freedom Front")],
    ),
    # a headline's role that opens it ("Home minister says") is the person the body names
    (
        "Home minister says 12 arrested over Tarva killings\n\nTARVA: Twelve suspects have"
        " been arrested over the killings, Home Minister Ann Perera said on Monday.",
        [(12, "arrested", "Ann Perera"), (12, "arrested", "Home Minister Ann Perera")],
    ),
    (
        "Home minister says 12 arrested over Tarva killings\n\nTARVA: Police have arrested"
        " 12 suspects over the killings.",
        [(12, "arrested", "Home minister"), (12, "arrested", None)],
    ),
    # data an outlet read are the body's that kept them
    (
        "KELAT: At least 52 people were arrested this year, according to police data reviewed"
        " by The Daily Lantern.",
        [(52, "arrested", "police")],
    ),
    # an outlet that released figures is their author
    (
        "KELAT: At least 52 people were arrested this year, according to figures released by"
        " the Lantern Trust.",
        [(52, "arrested", "the Lantern Trust")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in ATTRIBUTED], PUB)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attribution(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected
