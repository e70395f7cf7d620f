"""A victim who "fought back" or was "pistol-whipped" is told of an attack, not a clash between
armed sides: the figure beside those words keeps the attack's family (shooting, attack), so it
joins its incident (``rules/event_types.json`` kinds). Sentences we wrote."""

from __future__ import annotations

import pytest

from core.group.figure_words import infer_kind
from tests.core.claim_factory import Batch


def kind_of(sentence: str, figure: str, measure: str) -> str | None:
    b = Batch()
    b.report("d1", published="2031-05-12")
    b.add("d1", sentence, figure, 1, measure=measure)
    return infer_kind(b.claims[0])[0]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("A clerk in Dunmore was shot after fighting back when his cousin was pistol-whipped "
         "behind the store.", "his cousin"),
        ("Deputies said a jogger fought back and was beaten by two men in Elm Park.", "a jogger"),
    ],
)
def test_one_who_resisted_is_told_of_an_attack(sentence: str, figure: str) -> None:
    assert kind_of(sentence, figure, "injured") == "attack"


def test_fighting_between_armed_sides_is_still_a_clash() -> None:
    sentence = "A soldier was killed in fighting between troops and rebels near the border."
    assert kind_of(sentence, "A soldier", "killed") == "clash"
