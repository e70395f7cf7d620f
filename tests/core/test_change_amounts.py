"""The size of a change written beside a total counts no one (issue #11, not claims):
"71 homicides in 2025, up 12 from 2024", "19 fewer than in 2024", "an increase of 14",
"a rise of six on the year before" were each read as more of the dead. The earlier figure a
total moved from is still read ("up from nine"). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oakvale recorded 71 homicides in 2025, up 12 from 2024.", [("71", "killed", 71)]),
        ("Oakvale recorded 62 homicides in 2025, 19 fewer than in 2024.",
         [("62", "killed", 62)]),
        ("Homicides in Oakvale rose to 88 in 2025, an increase of 14 from the previous year.",
         [("88", "killed", 88)]),
        ("Police recorded 40 killings in Oakvale last year, a rise of six on the year before.",
         [("40", "killed", 40)]),
        ("Police recorded 40 killings in Oakvale last year, six more than the year before.",
         [("40", "killed", 40)]),
        # the earlier total is a figure of its own
        ("The death toll rose to 14 on Tuesday, up from nine on Monday.",
         [("14", "killed", 14), ("nine", "killed", 9)]),
    ],
)
def test_a_change_beside_a_total_counts_no_one(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, None) == expected
