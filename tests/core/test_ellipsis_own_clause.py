"""A number with a clause of its own borrows no measure from the figure before it (issue #11,
not claims). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def figures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return counted(nlp, text, WED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two guards were killed during protests by tens of thousands who marched downtown.",
            [("killed", 2)],
        ),
        # the ellipsis itself still reads
        ("The toll rose to 24 from 16, officials said.", [("killed", 24), ("killed", 16)]),
        (
            "Five people were killed on Monday, up from 3 who died on Sunday.",
            [("killed", 5), ("killed", 3)],
        ),
    ],
)
def test_a_number_with_its_own_clause(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a verb of its own that counts nothing: what befell them is that verb's
        (
            "A warehouse collapsed in Ondira on Tuesday, killing six porters and trapping "
            "dozens more, officials said.",
            [("killed", 6)],
        ),
        ("Floods killed 40 people and displaced 12,000.", [("killed", 40)]),
        (
            "The blast killed 12 people, and rescuers pulled 21 from the rubble.",
            [("killed", 12)],
        ),
        # a verb that counts keeps its own measure, a change of a toll its figure
        ("Troops killed three militants and captured two.", [("killed", 3), ("arrested", 2)]),
        ("The toll rose to 24 from 16, officials said.", [("killed", 24), ("killed", 16)]),
    ],
)
def test_a_number_another_verb_tells_of(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
