"""A group's faction bracketed onto its initials with no space ("ULFA(I)", "NSCN(IM)",
"PML(N)") is parted into its own tokens, so the noun after it is counted (issue #11, counts:
the tokenizer kept "ULFA(I" as one noun and the figure was lost). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three KLNA(I) ultras were killed in an encounter in Kokrajhar on Monday, police said.",
         ("Three", "killed", 3)),
        ("Police arrested four NSDF(IM) cadres in Mon district on Monday, officials said.",
         ("four", "arrested", 4)),
        ("Six PPL(N) workers were injured in a clash in Sialkot on Monday, police said.",
         ("Six", "injured", 6)),
    ],
)
def test_a_faction_glued_to_its_initials(
    nlp: Language, text: str, expected: tuple[str, str, float]
) -> None:
    assert written_counts(nlp, text, None) == [expected]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("NSDF(IM)", ["NSDF", "(", "IM", ")"]),
        # a section's clause, a function, a word's plural left whole or as before
        ("302(b)", ["302(b", ")"]),
        ("f(x)", ["f(x", ")"]),
        ("Ranger(s)", ["Ranger(s", ")"]),
    ],
)
def test_only_capitals_part_from_their_bracket(nlp: Language, text: str, pieces: list[str]) -> None:
    assert [t.text for t in nlp.tokenizer(text)] == pieces
