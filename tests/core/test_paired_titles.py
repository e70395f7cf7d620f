"""Two rank abbreviations hyphenated ("Maj.-Gen.", "Brig.-Gen.", "Lt.-Col."), common in
military briefings, are one title (issue #11, place and source): split, the sentence ended at
"Gen", the closing speaker was lost and "Maj.-Gen" became the figure's place. Sentences we
wrote."""

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
        ("Soldiers killed nine insurgents in Yobe State, Maj.-Gen. Ada Okoro said on Monday.",
         "Maj.-Gen. Ada Okoro"),
        ("Soldiers killed nine insurgents in Yobe State, Brig.-Gen. Ada Okoro said.",
         "Brig.-Gen. Ada Okoro"),
        ("Soldiers killed nine insurgents in Yobe State, Lt.-Col. Ada Okoro said.",
         "Lt.-Col. Ada Okoro"),
        # the spaced form, as before
        ("Soldiers killed nine insurgents in Yobe State, Maj. Gen. Ada Okoro said.",
         "Maj. Gen. Ada Okoro"),
    ],
)
def test_a_hyphenated_rank_is_one_title(nlp: Language, text: str, source: str) -> None:
    (claim,) = read_claims(nlp, text, DAY)
    assert claim.location == "Yobe State"
    # the person, with the rank when the recogniser keeps it before the name
    assert claim.attribution in (source, source.split(" ", 1)[1])


def test_the_sentence_goes_on_past_the_rank(nlp: Language) -> None:
    doc = nlp("Troops freed 20 hostages, Maj.-Gen. Ada Okoro said.")
    assert len(list(doc.sents)) == 1
