"""A relative clause set off by a comma after the person it describes, which the parse hung on
the main verb ("found a woman standing over the 6-year-old, who had been shot"), still speaks of
that person (core/extract/loose_relatives.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found a woman standing over the 6-year-old, who had been shot in the face.",
         [(1, "injured", "the 6-year-old")]),
        ("Deputies found the 6-year-old, who had been shot in the chest, lying in the back seat.",
         [(1, "injured", "the 6-year-old")]),
        ("Officers found a woman crying over the 4-year-old girl, who had been shot in the head.",
         [(1, "injured", "the 4-year-old girl")]),
    ],
)
def test_the_one_the_clause_describes(nlp: Language, text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells no harm
        "Officers found a woman standing over the 6-year-old, who said he heard shots.",
        "Officers questioned the 16-year-old, who was not hurt.",
        # one of the two counted hurt just before: no one more
        "Two children were shot in Dunmore on Sunday. Officers found a woman standing over the "
        "6-year-old, who had been shot in the face.",
    ],
)
def test_no_one_more(nlp: Language, text: str) -> None:
    assert [c for c in casualty_spans(nlp, text) if c[0] == 1] == []
