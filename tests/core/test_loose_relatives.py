"""A relative clause set off by a comma after the person it describes speaks of that person,
whether the parse hung it on the main verb or on another noun ("found a man standing near the
8-year-old, who had been shot in the hip"): core/extract/loose_relatives.py. Sentences we
wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse makes the clause one of "found" (ccomp)
        ("Officers found a man standing near the 8-year-old, who had been shot in the hip.",
         [(1, "injured", "the 8-year-old")]),
        ("Police found an uncle leaning over the 10-year-old, who had been wounded in the chest.",
         [(1, "injured", "the 10-year-old")]),
        # the parse makes the clause one of the first noun (relcl on "a man", "a neighbor")
        ("Deputies saw a man kneeling beside the 9-year-old, who had been hit in the leg.",
         [(1, "injured", "the 9-year-old")]),
        ("Medics found a neighbor beside the 8-year-old, who had been shot through the arm.",
         [(1, "injured", "the 8-year-old")]),
    ],
)
def test_the_one_the_clause_describes(nlp: Language, text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells no harm
        "Officers found a man standing near the 8-year-old, who said he heard shots.",
        "Officers questioned the 16-year-old, who was not hurt.",
        # one of the two counted hurt just before: no one more
        "Two children were shot in Tyler on Sunday. Officers found a man standing near the "
        "8-year-old, who had been shot in the hip.",
    ],
)
def test_no_one_more(nlp: Language, text: str) -> None:
    assert [c for c in casualty_spans(nlp, text) if c[0] == 1] == []
