"""Issue #11, attribution: what a news outlet says it learned ("KBLM 9 News has learned that
two clerks were shot") is the outlet's report; anyone else's "learned" is no report.
Sentences, stations and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)
CLAUSE = "has learned that two clerks were shot during a robbery in Marlow on Sunday."


@pytest.mark.parametrize(
    ("subject", "source"),
    [
        ("KBLM 9 News", "KBLM 9 News"),
        ("The Marlow Courier", "The Marlow Courier"),
        # not an outlet: what the police came to know is no report of theirs
        ("Police", None),
        ("The family", None),
    ],
)
def test_an_outlet_s_finding_is_its_report(nlp: Language, subject: str, source: str) -> None:
    claims = counted_claims(nlp, f"{subject} {CLAUSE}", PUB)
    assert [(c.value, c.attribution) for c in claims] == [(2, source)]
