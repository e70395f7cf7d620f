"""Cases of one person's record are no harms counted (issue #11, not claims): "a man wanted in
12 cases of murder", "faces 7 murder cases", "14 cases of kidnapping registered against him"
count no one killed or taken; cases a force or a province logs still count the harmed.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said a gangster wanted in 12 cases of murder had escaped from Tarvel jail.",
         []),
        ("The suspect, who faces 7 murder cases, was arrested in Tarvel on Monday.",
         [("arrested", 1)]),
        ("Police said the gang leader had 14 cases of kidnapping registered against him.", []),
        ("The man, involved in 9 cases of kidnapping, escaped from jail in Tarvel.", []),
    ],
)
def test_cases_of_a_persons_record_count_no_harm(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PUB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police registered 91 cases of murder in Tarvel district last year.",
         [("killed", 91)]),
        ("The province recorded 64 instances of abduction in June.", [("kidnapped", 64)]),
        ("Police in Tarvel logged 40 cases of kidnapping in August.", [("kidnapped", 40)]),
    ],
)
def test_cases_logged_still_count_the_harmed(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted(nlp, text, PUB) == expected
