"""Issue #11, detection: "one" opening a second reported clause ("said the gunmen had fled,
and that one guard had been killed", "..., but that one hostage had died") counts, as it does
after "said that"; "this and that one" and "that one" as a pronoun do not. Sentences
invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the gunmen had demanded a ransom, and that one guard had been killed.",
         [("killed", 1)]),
        ("A spokesman said 30 worshippers had been kidnapped, and that one person had been "
         "killed.", [("kidnapped", 30), ("killed", 1)]),
        ("The army said most of the hostages were freed, but that one soldier was wounded.",
         [("injured", 1)]),
        # a pronoun "one" after "and that"
        ("The villagers rebuilt the old school and that one took a year.", []),
        ("He said the first attack was worse, and that one was enough.", []),
    ],
)
def test_one_opening_a_second_reported_clause_counts(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected
