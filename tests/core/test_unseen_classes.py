"""Classes of issue #11 on sentences we wrote: a house number is no count, a count before a
street's name still is. One case per line, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting happened at 1249 Elm Road, where two men were wounded.", [(2, "injured")]),
        ("Police went to 484 Walnut St. where 3 people had been shot dead.", [(3, "killed")]),
        ("The gunman fired at 2400 Ocean Drive, wounding four people.", [(4, "injured")]),
        # a count before a street's name is still a count
        ("12 Main Street residents were injured in the fire.", [(12, "injured")]),
        ("Officers arrested 5 Street vendors in the raid.", [(5, "arrested")]),
    ],
)
def test_house_numbers_are_not_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser often takes the dateline for a second subject of the lead's verb
        ("DARROW — A man and a woman were killed on Sunday.", [(2, "killed")]),
        ("BRACKTON -- A 7-year-old boy has died after a gun went off at home.", [(1, "killed")]),
        (
            "LANFORD, Ohio (WXYZ) — A 4-year-old girl has died after she shot herself, police say.",
            [(1, "killed")],
        ),
        # a label in capitals is no dateline, and no victim is made of it
        ("UPDATE — Police said two men were wounded.", [(2, "injured")]),
        ("BRACKTON -- Police are looking for a man who fired shots at a bus.", []),
    ],
)
def test_victims_after_a_dateline(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_label_in_capitals_is_not_the_place(nlp: Language) -> None:
    claims = read_claims(nlp, "UPDATE — Police said two men were wounded.", None)
    assert [c.location for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead names by age the victim the news spoke of before
        (
            "The 6-year-old boy who was shot inside a home on Sunday has died from his injuries.",
            [(1, "killed")],
        ),
        ("The 20-year-old man hurt in a crash last week died on Sunday.", [(1, "killed")]),
        # "the boy" alone refers back: not counted again
        ("The boy died on Sunday.", []),
        ("The 6-year-old boy was taken to a relative's home.", []),
    ],
)
def test_a_victim_named_by_age_in_the_lead(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected
