"""The harm of a "with" clause of its figure is told done (issue #11, figures): "the toll rose
to 27, with four more succumbing to their injuries" counts four more dead, as "after four
more succumbed" does, however the tagger reads the "-ing" form. A "with" clause of no harm
counts no one. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in Tarvel has risen to 27, with four more succumbing to their "
        "injuries overnight.",
        "The death toll in Tarvel has risen to 27, with four more dying in hospital overnight.",
    ],
)
def test_a_with_clause_tells_its_harm_done(nlp: Language, text: str) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value") == [("killed", 27), ("killed", 4)]


def test_a_with_clause_of_no_harm_counts_no_one(nlp: Language) -> None:
    text = "Police arrested 12 people in Tarvel on Monday, with four more appearing in court."
    assert claim_fields(nlp, text, PUB, "measure", "value") == [("arrested", 12)]
