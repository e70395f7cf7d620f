"""People held counted through "a total of" or "a number of" are arrested as the people
themselves are (issue #11, figures): "a total of 1,320 suspects were held in the crackdown"
counts 1,320 arrested, as "1,320 suspects were held" does; "a total of 12 rallies were held"
counts no one. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A total of 1,320 suspects were held in the crackdown in Tarvel.",
         [("arrested", 1320)]),
        ("A total of 1,320 suspects have been held by police since May.", [("arrested", 1320)]),
        ("A total of 12 rallies were held in Tarvel on Monday.", [("other", 12)]),
    ],
)
def test_a_total_of_people_held_is_arrested(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.measure, c.value) for c in read_claims(nlp, text, PUB)] == expected
