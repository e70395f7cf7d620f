"""Issue #11, unseen desk copy: "one of the deceased was identified (named) as <Name>" names a
person the toll counted already, no figure of its own; suicide vests and jackets seized are
things, no captives. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed in the blast in Tarsk. One of the deceased was identified "
         "as Oren Vale, 41, a tailor.", [("Five", "killed")]),
        ("Five people were killed in the blast. One of the dead has been named as Mira Solt.",
         [("Five", "killed")]),
        # described by a common noun, one of another group: still a part
        ("Five people were killed in the blast. One of the injured was identified as a guard.",
         [("Five", "killed"), ("One", "injured")]),
    ],
)
def test_one_of_the_dead_named_is_no_new_figure(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said three suicide vests were seized from the hideout in Varna.", []),
        ("Troops seized two suicide jackets and a detonator.", []),
        ("Militants seized three aid workers near Varna.", [("three", "kidnapped")]),
    ],
)
def test_vests_seized_are_no_captives(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
