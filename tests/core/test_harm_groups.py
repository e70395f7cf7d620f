"""Issue #11, parts of a group named by what befell it: "Among the abducted were three
soldiers" counts captives, "among the detained" arrests; a group named by no harm ("among
the invited") counts nothing; "11 abducted workers" (the participle tagged an adjective)
counts captives. Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

figures = functools.partial(counted_figures, published=dt.date(2031, 6, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen abducted 12 passengers from a bus. A police officer said that among the "
            "abducted were three employees of the tax office, two soldiers going home on leave "
            "and a teacher.",
            [("kidnapped", 12), ("kidnapped", 3), ("kidnapped", 2)],
        ),
        (
            "Police detained 20 people after the riot. Among the detained were four students and "
            "two teachers.",
            [("arrested", 20), ("arrested", 4), ("arrested", 2)],
        ),
        ("Among the invited were three ministers.", []),
    ],
)
def test_harm_groups(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of 11 abducted workers freed in Tank", [("kidnapped", 11)]),
        ("The 11 abducted workers were freed on Monday.", [("kidnapped", 11)]),
        ("Among abducted children, three were girls.", [("kidnapped", 3)]),
        # the whole a part is taken from, named by its harm
        ("Six of 16 abducted passengers freed in Tank", [("kidnapped", 16)]),
        ("One of the four wounded died in hospital.", [("killed", 1), ("injured", 4)]),
        # an adjective of no harm
        ("The 11 exhausted workers were sent home on Monday.", []),
    ],
)
def test_participle_tagged_adjective(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
