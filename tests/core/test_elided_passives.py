"""A second subject of a passive whose "was" is left out is harmed as the first is (issue #11,
figures): "a man was shot dead and his brother wounded by gunmen" counts the brother hurt, as
"... and his brother was wounded" does, though the parser joined him to the first verb and
read "wounded by gunmen" as describing him. Sentences we wrote."""

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
        "A man was shot dead and his brother wounded by unidentified gunmen in Tarvel on "
        "Wednesday night.",
        "A man was shot dead and his brother was wounded in Tarvel on Wednesday night.",
    ],
)
def test_the_second_subject_of_an_elided_passive_is_hurt(nlp: Language, text: str) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "number_text") == [
        ("killed", 1, "A man"), ("injured", 1, "his brother")
    ]
