"""A bare count under "shot down" stands for the drones or missiles brought down, never for
people hurt (issue #11, counts): "adding that 40 had been shot down", "of which 40 were shot
down", "all three were shot down". A count that names its people keeps its harm, and so does
"down" as a preposition. Sentences we wrote."""

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
            "Russia launched 53 drones at Ukraine overnight, the air force said, adding that 40 "
            "had been shot down.",
            [("53", "other")],
        ),
        (
            "Russia launched 53 drones at Ukraine overnight, of which 40 were shot down, the air "
            "force said.",
            [("53", "other")],
        ),
        (
            "Russia launched 53 drones at Ukraine overnight, the air force said, adding that 40 "
            "of them had been shot down.",
            [("53", "other"), ("40", "other")],
        ),
        (
            "Russia fired three missiles at Lviv on Sunday; all three were shot down, the air "
            "force said.",
            [("three", "other")],
        ),
    ],
)
def test_a_bare_count_shot_down_is_no_one_hurt(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot dead two men in the village on Friday.", [("two", "killed")]),
        ("Two men were shot in the village on Friday.", [("Two", "injured")]),
        ("Gunmen shot down three farmers in the market on Friday.", [("three", "injured")]),
        ("Two guards were shot down the lane from the depot on Friday.", [("Two", "injured")]),
        # nothing that flies is named: the count is of people
        (
            "Soldiers fired on the marchers, and at least 12 were shot down in the street.",
            [("at least 12", "injured")],
        ),
        (
            "Four people were shot outside a bar, and two were shot at a bus stop.",
            [("Four", "injured"), ("two", "injured")],
        ),
    ],
)
def test_people_shot_keep_their_harm(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected
