"""A lone word of a person's full name the text gives is no place where a person stands
("shots at Lopez" after "Maria Lopez"), but is the town after "in" ("in Warren" in a story
on a James Warren). Sentences written for the classes of issue #11, positive and negative."""

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
            "Maria Lopez was hurt in Waco on Sunday. "
            "The robbers fired several shots at Lopez, who was hit seven times.",
            "Waco",
        ),
        (
            "Officer Dan Hale was wounded in Tyler on Monday. "
            "The gunman fired six shots at Hale before he fled.",
            "Tyler",
        ),
        # after "in", the town, though a person bears its name
        (
            "James Warren was arrested on Friday. Two men were shot in Warren on Thursday.",
            "Warren",
        ),
        # a first and last name listed with persons is a person's (the recogniser may call
        # it a town); the town after "in" stays
        (
            "A man was shot in Tyler on Monday. Two others, Jon Rook and Nijia Ward, were "
            "wounded.",
            "Tyler",
        ),
        (
            "Two men, Jon Rook and Nijia Ward, were wounded in Warren on Thursday.",
            "Warren",
        ),
    ],
)
def test_a_persons_name_is_no_place(nlp: Language, text: str, place: str) -> None:
    assert read_claims(nlp, text, None)[-1].location == place
