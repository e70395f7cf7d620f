"""Issue #11, attribution: "Two more injured died on Sunday, raising the toll to nine, police
said": the deaths raise the toll, the police tell it; the people counted are never the
source. Officials who revise their count still are. Sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Two more injured persons died on Sunday, raising the toll to nine, police said.",
         "nine", "police"),
        ("Three more injured persons breathed their last at a hospital in Anantnag, raising "
         "the toll to eleven, officials said.", "eleven", "officials"),
        # people counted, no one telling: no source
        ("Four more wounded succumbed on Monday, raising the toll to 17.", "17", None),
        # one named victim's death raises it too: the victim is no source
        ("A boy who was hurt in the blast died in hospital on Tuesday, raising the death toll"
         " to 12.", "12", None),
        ("A boy who was hurt in the blast died in hospital on Tuesday, raising the death toll"
         " to 12, police said.", "12", "police"),
        # those who revise their count are the toll's source
        ("Officials revised their count on Sunday, raising the toll to nine.", "nine",
         "Officials"),
    ],
)
def test_the_toll_a_death_raises_is_told_by_the_speaker(
    nlp: Language, text: str, figure: str, source: str | None
) -> None:
    claims = [c for c in counted_claims(nlp, text, PUB) if c.number_text == figure]
    assert [c.attribution for c in claims] == [source]
