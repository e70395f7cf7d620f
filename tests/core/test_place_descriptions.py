"""A place a lead describes with "a" and the words of its kind ("a Pacific island", "a
northern town") is the one a later paragraph names with "the", the same words and "of".
Sentences written for the classes of issue #11, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A strong quake on a Pacific island killed 12 people on Sunday.\n\n"
            "Power was restored on the Pacific island of Tanna on Monday.",
            "Tanna",
        ),
        (
            "A blast in a northern town killed 9 people on Friday, police said.\n\n"
            "Shops in the northern town of Zora stayed shut on Saturday.",
            "Zora",
        ),
        # a bare kind may be any town; other words, another town
        (
            "A blast in a town killed 9 people on Friday, police said.\n\n"
            "Shops in the town of Zora stayed shut on Saturday.",
            None,
        ),
        (
            "A blast in a northern town killed 9 people on Friday, police said.\n\n"
            "Shops in the southern town of Zora stayed shut on Saturday.",
            None,
        ),
    ],
)
def test_a_described_place_is_the_one_named_later(
    nlp: Language, text: str, place: str | None
) -> None:
    assert read_claims(nlp, text, None)[0].location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an entity cut at the kind of place: the name after its "of"
        ("Quake Levels Villages on Pacific Island of Tanna\n\nTwelve people were killed.", "Tanna"),
        # the kind with a name of its own stays
        ("Twelve people were killed in a quake on Tanna Island on Sunday.", "Tanna Island"),
    ],
)
def test_a_kind_of_place_named_after_of(nlp: Language, text: str, place: str) -> None:
    assert read_claims(nlp, text, None)[0].location == place
