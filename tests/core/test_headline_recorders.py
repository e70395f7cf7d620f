"""A statistics report whose headline gives only a bare description ("..., says security
think tank") and whose lead cites its own source ("according to an annual conflict
report"): the lead's source is the one carried to the later figures no one else gives, and
a province the tagger calls a person that "recorded" attacks is their place, not their
source. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.claim_context import bare_description
from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2032, 1, 9)
HEADLINE = "Bandits carried out 640 raids in 2031, says security think tank\n\n"
LEAD = (
    "ABUJA: Nigeria saw 640 bandit raids last year, in which 910 people were killed, "
    "according to an annual conflict report released on Friday.\n\n"
)
REPORT = "an annual conflict report"


def source_of(nlp: Language, text: str, figure: str) -> str | None:
    found = [c for c in counted_claims(nlp, text, PUB) if c.number_text == figure]
    assert found, f"no claim {figure!r}"
    return found[-1].attribution


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the lead's report, not the headline's bare description
        (HEADLINE + LEAD + "Yobe recorded 52 raids and 61 deaths during the year.", "52", REPORT),
        (HEADLINE + LEAD + "Kwara recorded 17 raids in 2031, while Kogi saw 9.", "17", REPORT),
        (
            HEADLINE + LEAD + "Most raids hit the north-west, the report said, with the "
            "worst state alone accounting for 210 raids in 2031.", "210", REPORT,
        ),
        # with no headline source, a province that records raids is still no source
        (
            "Bandit raids rose sharply last year\n\nABUJA: Nigeria saw 640 bandit raids "
            "last year.\n\nYobe recorded 52 raids during the year.", "52", None,
        ),
        # another speaker's figure keeps its speaker
        (
            HEADLINE + LEAD + "Police said 12 suspects were arrested in Kano on Tuesday.", "12",
            "Police",
        ),
    ],
)
def test_lead_source_carried(
    nlp: Language, text: str, figure: str, expected: str | None
) -> None:
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("source", "bare"),
    [
        ("security think tank", True),
        ("Report", True),
        ("the think tank", False),
        ("an annual report", False),
        ("Police", True),
        ("KIPD", False),
        ("Kelmor Institute", False),
        (None, False),
    ],
)
def test_bare_description(source: str | None, bare: bool) -> None:
    assert bare_description(source) is bare
