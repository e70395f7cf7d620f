"""People kidnapped named in a list without a numeral count one each (issue #11, figures):
"gunmen abducted an engineer and his driver" is two kidnapped, as "killed a policeman and his
son" is two dead; a list with a member no one can count, or of things, is no count. Sentences
we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted an engineer and his driver near Tarvel on Monday, police said.",
         [("kidnapped", 2, "an engineer and his driver")]),
        ("A contractor and his son were kidnapped by gunmen near Tarvel on Monday.",
         [("kidnapped", 2, "A contractor and his son")]),
        ("Bandits kidnapped a pastor and his wife from their home in Tarvel on Sunday night.",
         [("kidnapped", 2, "a pastor and his wife")]),
    ],
)
def test_a_list_of_captives_counts_each(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "number_text") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted a trader and his car in Tarvel on Monday.",  # a thing
        "Police arrested a man and a woman in Tarvel on Monday.",  # arrests: no guess
        "The kidnappers freed a nurse and her son on Tuesday.",  # a release
    ],
)
def test_a_list_not_all_of_captives_is_no_count(nlp: Language, text: str) -> None:
    assert ("kidnapped",) not in claim_fields(nlp, text, PUB, "measure")
