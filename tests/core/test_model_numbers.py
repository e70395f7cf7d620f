"""Issue #11, counts: a number glued by a hyphen into a model's name ("AK-47",
"F-16") is part of the name, no count of the things after it, even where NER takes the
count and the model together for one quantity. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 16 AK-47 rifles and 700 rounds of ammunition were recovered from the camp.",
         [("16", "other", 16.0), ("700", "other", 700.0)]),
        ("Troops said 45 AK-47 rifles and 1,230 rounds of ammunition were recovered in Gwoza.",
         [("45", "other", 45.0), ("1,230", "other", 1230.0)]),
    ],
)
def test_a_model_number_is_no_figure(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count before the model, a bare count, a count of people named by a disease
        ("Troops recovered 38 rifles in Gwoza.", [("38", "other", 38.0)]),
        ("Two F-16 jets struck camps in Gwoza, killing 12 fighters.",
         [("Two", "other", 2.0), ("12", "killed", 12.0)]),
        ("Officials said 38 COVID-19 patients were admitted in Gwoza.", [("38", "other", 38.0)]),
    ],
)
def test_near_misses_stay(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected
