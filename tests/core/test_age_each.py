"""A list of ages after the people it belongs to, with no comma to close it ("Three people aged
16, 18 and 20 have been arrested"), gives each of them an age: its last number counts no one
(issue #11, not claims: ages). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 11, 18)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Three people aged 16, 18 and 20 have been arrested on suspicion of murder.", {3}),
        ("Two men aged 19 and 23 were arrested on Sunday, police said.", {2}),
        ("Police arrested three boys aged 14, 15 and 16 on Monday.", {3}),
        ("Two women aged 41 and 44 died in the fire, the brigade said.", {2}),
        ("Four teenagers aged 15, 16, 17 and 19 were charged with affray.", {4}),
        ("Officers detained two brothers aged 22 and 25 at the scene.", {2}),
    ],
)
def test_each_gets_an_age(nlp: Language, text: str, values: set[int]) -> None:
    assert {c.value for c in read_claims(nlp, text, DAY)} == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one person aged, then a count of others: the two together
        ("A man aged 30 and 12 others were injured in the blast.", 13),
        ("A man aged 40 and 12 were hurt when the roof fell.", 12),
        # a noun after the last number: a count of its own
        ("Two men aged 30 and 12 children were hurt in the crash.", 12),
        # fewer people counted than ages listed: not a list of their ages
        ("Two men aged 19 and 23 and 14 others were arrested.", 14),
    ],
)
def test_a_count_after_the_ages_stays(nlp: Language, text: str, value: int) -> None:
    assert value in {c.value for c in read_claims(nlp, text, DAY)}
