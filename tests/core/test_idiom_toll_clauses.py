"""A toll of "the number of those who" did an idiom of harm ("The number of those who lost
their lives in the stampede has risen to 36", "the number of people taken into custody rose to
45") counts that harm (issue #11, tolls that move): the figure was lost, as only a verb of
harm by itself named the toll. An idiom of no harm ("lost their homes", "took their seats")
or a verb of none keeps today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The number of those who lost their lives in the stampede has risen to 36.",
         [("36", "killed", 36.0)]),
        ("The number of people who lost their lives in the floods rose to 112 on Monday.",
         [("112", "killed", 112.0)]),
        ("The number of people taken into custody has risen to 45.",
         [("45", "arrested", 45.0)]),
        ("The number of soldiers who laid down their lives in the operation has risen to 9.",
         [("9", "killed", 9.0)]),
    ],
)
def test_an_idiom_of_harm_names_the_toll(
    nlp: Language, text: str, figures: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, DAY) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The number of those who lost their homes in the floods has risen to 400.", []),
        ("The number of people who attended the funeral rose to 3,000.", []),
        ("The number of those who died in the stampede has risen to 36.",
         [("36", "killed", 36.0)]),
        ("The number of those killed in the stampede has risen to 36.",
         [("36", "killed", 36.0)]),
        ("The number of people who lost their jobs rose to 1,200.", []),
    ],
)
def test_other_clauses_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[str, str, float]]
) -> None:
    assert [f for f in written_counts(nlp, text, DAY) if f[1] != "other"] == figures
