"""A post files a report under its town by a tag ("#Dayton police", "@ #Dayton", "@" for
"at"); a tag no town bears is no place. Sentences written for the classes of issue #11,
positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Police are looking for a man who shot two people on Sunday. "
            "Help us find this man who shot 2 people @ #Dayton.",
            ["Dayton", "Dayton"],
        ),
        (
            "Police are looking for a man who shot two people on Sunday. "
            "#Dayton police are asking for tips.",
            ["Dayton"],
        ),
        # a tag that names no town
        (
            "Police said two people were shot on Sunday in Xenia. "
            "Three others were hurt, #Justice posted.",
            ["Xenia", "Xenia"],
        ),
    ],
)
def test_a_tag_names_the_town(nlp: Language, text: str, places: list[str]) -> None:
    assert [c.location for c in read_claims(nlp, text, None) if c.is_core] == places
