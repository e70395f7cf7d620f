"""A person struck with a gun, not shot ("pistol-whipped", "pistol whipped"), is hurt; a firearm
noun before any other word ("gun-toting", "gun-related") and a blow with no gun tell no harm
(core/extract/weapon_blows.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her cousin was pistol-whipped behind a laundromat in Riverton on Friday.",
         [(1, "injured", "Her cousin")]),
        ("A cashier was pistol-whipped by a masked robber at a gas station in Dunmore.",
         [(1, "injured", "A cashier")]),
        ("A night guard was pistol whipped during the holdup on Tuesday.",
         [(1, "injured", "A night guard")]),
    ],
)
def test_struck_with_a_gun(nlp: Language, text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was gun-toting when deputies arrived at the farm.",
        "The dispute was gun-related, the sheriff said.",
        "The crowd was whipped into a frenzy by the speech in Riverton.",
    ],
)
def test_no_blow_with_a_gun(nlp: Language, text: str) -> None:
    assert casualty_spans(nlp, text) == []
