"""A "head" after the unit it leads as its compound ("a village head", "a ward head", "a
district head") is one person, as "a chief" is: "Gunmen killed a village head and his wife"
names two, "A ward head and two vigilantes were killed" three (issue #11, counts; the title
West African and South Asian copy gives a community's leader). "head" alone counts cattle,
"the head of the village" speaks, and a definite head in a list stays as it was. Sentences we
wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a village head and his wife in Maru on Monday.",
         [("a village head and his wife", "killed", 2.0)]),
        ("A village head was killed by bandits in Maru on Monday.",
         [("A village head", "killed", 1.0)]),
        ("A ward head and two vigilantes were killed in Isa on Monday.",
         [("A ward head and two vigilantes", "killed", 3.0)]),
        ("Bandits abducted a district head and two of his aides in Faskari on Monday.",
         [("a district head and two of his aides", "kidnapped", 3.0)]),
    ],
)
def test_a_unit_head_is_one_person(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "head" counts cattle
        ("Rustlers stole 40 head of cattle from a village head in Isa on Monday.", []),
        ("Police recovered 25 head of cattle in Maru on Monday.", []),
        # the head speaks
        ("The head of the village said two farmers were killed on Monday.",
         [("two", "killed", 2.0)]),
        ("A village head said three farmers were abducted on Monday.",
         [("three", "kidnapped", 3.0)]),
        # a definite head in a list, as "the man and his son"
        ("The village head and his wife were killed in Maru on Monday.", []),
        # a head of no unit: as before
        ("A department head was injured in the blast on Monday.", []),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
