"""A bare count of the harmed that the tagger runs into the time after it ("wounded 9
overnight", "injured 12 this morning", "wounded 9 tonight") still counts the harmed when
the time hangs on the verb, not on the number (issue #11, counts). A clock time or a span of
hours stays no count. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian strikes on Sumy killed three people and wounded 9 overnight, the governor "
            "said.",
            [("three", "killed"), ("9", "injured")],
        ),
        ("Russian drones wounded 9 overnight in Sumy, the governor said.", [("9", "injured")]),
        (
            "Russian strikes on Sumy killed three and wounded 9 overnight into Sunday, the "
            "governor said.",
            [("three", "killed"), ("9", "injured")],
        ),
        (
            "Russian drones killed three people and wounded 9 this morning in Sumy, the governor "
            "said.",
            [("three", "killed"), ("9", "injured")],
        ),
        ("Russian drones wounded 9 tonight in Sumy, the governor said.", [("9", "injured")]),
        (
            "Police arrested 12 overnight after clashes in the port, officials said.",
            [("12", "arrested")],
        ),
    ],
)
def test_a_bare_count_before_a_time_counts_the_harmed(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire burned for 12 hours overnight, officials said.", []),
        (
            "Two people were wounded at 9 this morning in the port, officials said.",
            [("Two", "injured")],
        ),
        ("Russian drones wounded 9 on Saturday in Sumy, the governor said.", [("9", "injured")]),
    ],
)
def test_times_and_clocks_stay_as_they_were(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected
