"""A ratio or a rate is no count (issue #11, not claims): "One in five homicide victims",
"Two out of three victims", "Four in 10 homicides", "one in every four victims" tell a share;
"about 46 for every 100,000 residents" a rate, as "per 100,000" already was. A count and
its occasions ("killed 12 in three attacks", "killed one in two attacks") stay counts.
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.figures import PERSON_MEASURES
from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


def counted(nlp: Language, text: str) -> list[tuple[str, str, float]]:
    return [c for c in written_counts(nlp, text, None) if c[1] in PERSON_MEASURES]


@pytest.mark.parametrize(
    "text",
    [
        "One in five homicide victims in Oakvale last year were under 25, the report found.",
        "Two out of three homicide victims in Oakvale were killed with a firearm.",
        "Four in 10 homicides in Oakvale last year were gang-related, police said.",
        "One in every four victims was a teenager.",
    ],
)
def test_a_ratio_counts_no_one(nlp: Language, text: str) -> None:
    assert counted(nlp, text) == []


def test_a_rate_for_every_base_counts_no_one(nlp: Language) -> None:
    text = "Oakvale recorded 289 homicides in 2025, or about 46 for every 100,000 residents."
    assert counted(nlp, text) == [("289", "killed", 289)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 in three attacks on Monday.", [("12", "killed", 12)]),
        ("Gunmen killed one in two attacks on Monday.", [("one", "killed", 1)]),
        # a part of a group told harmed, no share
        ("Four out of seven people injured in the blast died in hospital on Monday.",
         [("Four", "killed", 4)]),
    ],
)
def test_a_count_and_its_occasions_stay_a_count(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert counted(nlp, text) == expected
