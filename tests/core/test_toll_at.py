"""What a toll is put at is its count, though the tagger calls the number a date or a time
(issue #11, conflicts): "the governor put the death toll at 45, and added that ..." keeps
the 45. Sentences written for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The provincial governor put the death toll from the floods at 45, and added "
            "that rescue work would go on through the night.",
            [("45", "killed")],
        ),
        (
            "The death toll stood at 45 at 3 p.m., and officials added that more were missing.",
            [("45", "killed")],
        ),
        # what is set "at" a number that no toll counts is still a clock or a date
        (
            "The provincial governor put the meeting with donors at 10, and added that "
            "rescue work would go on through the night.",
            [],
        ),
    ],
)
def test_a_toll_put_at_a_number_counts(sentence: str, found: list[tuple[str, str]]) -> None:
    text = "Floods hit Sindh\n" + sentence + "\n"
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [(c.number_text, c.measure) for c in claims] == found
