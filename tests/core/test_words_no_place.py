"""Words that look like towns to the gazetteer but name none (issue #11, place): "the Home
Office" (what the body does, not Home, Washington), a body's initials over a headline ("FBI:
Violent crime fell", not a dateline), a month the recogniser dates ("at a gas station in
March", not March, Cambridgeshire). A true dateline of a short town name still places the
report. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Knife crime\n\nThere were 33 homicides in Leeds in the year to March, the Home Office "
         "said.", "Leeds"),
        ("Knife crime\n\nThere were 33 homicides in the year to March, the Home Office said.",
         None),
        ("FBI: Violent crime fell last year\n\nPolice recorded 17,000 murders last year, the FBI "
         "said.",
         None),
        ("Shooting\n\nA store clerk was shot dead at a gas station in March, Tulsa police said.",
         "Tulsa"),
        # a short town's dateline is still one
        ("KHAR: Two killed in blast\n\nTwo people were killed in a blast on Monday, police "
         "said.", "Khar"),
    ],
)
def test_words_that_name_no_place(nlp: Language, text: str, place: str | None) -> None:
    assert {c.location for c in read_claims(nlp, text, DAY)} == {place}
