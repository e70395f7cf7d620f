"""A sentence that opens on another incident ("Elsewhere, ...", "In a separate attack, ...")
keeps its own span: "Elsewhere, troops killed 40 militants in southern Somalia over the
weekend" after a Sunday killing in Afgoye was narrowed to that Sunday, and so filed under
Afgoye (issue #11, time and place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)  # a Wednesday
SATURDAY, SUNDAY = dt.date(2031, 5, 3), dt.date(2031, 5, 4)
LEAD = "Two civilians were killed in Afgoye on Sunday, police said. "


@pytest.mark.parametrize(
    "after",
    [
        "Elsewhere, troops killed 40 militants in southern Somalia over the weekend.",
        "In a separate operation, troops killed 40 militants in southern Somalia over the "
        "weekend.",
    ],
)
def test_another_incident_keeps_its_span(nlp: Language, after: str) -> None:
    claims = read_claims(nlp, LEAD + after, DAY)
    forty = next(c for c in claims if c.value == 40)
    assert (forty.date_start, forty.date_end) == (SATURDAY, SUNDAY)
    assert forty.location != "Afgoye"


def test_the_same_incident_is_still_narrowed(nlp: Language) -> None:
    text = LEAD + "Troops killed 40 militants in the town over the weekend."
    forty = next(c for c in read_claims(nlp, text, DAY) if c.value == 40)
    assert (forty.date_start, forty.date_end) == (SUNDAY, SUNDAY)
