"""A count of the abducted whose nearest incident word is the forces searching for them is the
abduction's figure, not an operation of its own (``rules/event_types.json`` measure_kinds)."""

from __future__ import annotations

import pytest

from core.group.figure_words import infer_kind
from tests.core.claim_factory import Batch


def kind_of(sentence: str, figure: str, value: float, measure: str) -> str | None:
    b = Batch()
    b.report("d1", published="2026-05-12")
    b.add("d1", sentence, figure, value, measure=measure)
    return infer_kind(b.claims[0])[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "14 villagers were taken from their farms on Sunday, and troops are searching the "
        "hills for them, the district police chief said.",
        "Troops were deployed after 14 travellers were seized on the highway, the governor said.",
    ],
)
def test_the_abducted_beside_the_forces_searching_are_the_abduction(sentence: str) -> None:
    assert kind_of(sentence, "14", 14, "kidnapped") == "kidnapping"


def test_hostages_freed_by_troops_that_killed_their_captors_stay_the_operation() -> None:
    sentence = "Troops killed six kidnappers and freed 14 hostages in a raid on the camp."
    assert kind_of(sentence, "14", 14, "kidnapped") == "operation"


def test_another_measure_keeps_the_operation() -> None:
    sentence = "Security forces said 14 suspects were questioned after the raid."
    assert kind_of(sentence, "14", 14, "other") == "operation"
