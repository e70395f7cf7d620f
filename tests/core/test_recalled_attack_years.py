"""Issue #11, dates: a recalled incident's year on its own noun dates the figure of a clause
the parser hung on a noun of that incident's phrase ("the 2019 attack on a nightclub in which
nine people died"), not the report's incident day. Sentences, people and places we
invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)
LEAD = "A gunman killed four people at a Halvern warehouse on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The state's worst shooting remains the 2019 attack on a Norvik nightclub in"
         " which nine people died.", dt.date(2019, 1, 1)),
        (LEAD + "It was the deadliest since the 2024 bombing of a Norvik market that killed"
         " 30 people.", dt.date(2024, 1, 1)),
        # no year on the recalled incident: the clause has none of its own
        (LEAD + "Police said nine people died in the warehouse.", dt.date(2031, 3, 3)),
    ],
)
def test_a_recalled_attack_s_year_dates_its_toll(
    nlp: Language, text: str, expected: dt.date
) -> None:
    last = counted_claims(nlp, text, PUB)[-1]
    assert last.date_start == expected
