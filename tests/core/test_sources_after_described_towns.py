"""A closing report after a town described by an apposition ("in Nyala, the capital of South
Darfur, a local resistance committee said"): the parser hangs the speaker on the description,
and the source was "the capital of South Darfur" (issue #11, attribution). The innermost
apposition that ends before the verb is the speaker. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen killed 12 people in Nyala, the capital of South Darfur, a local resistance "
         "committee said.", "a local resistance committee"),
        ("Gunmen killed 12 people in Nyala, the capital of South Darfur, a local aid group "
         "said.", "a local aid group"),
        # a person named after their post, as before
        ("Gunmen killed 12 people in Nyala on Monday, the governor of the state, Ali Musa, "
         "said.", "Ali Musa"),
    ],
)
def test_the_speaker_after_a_described_town(nlp: Language, text: str, source: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.attribution == source
