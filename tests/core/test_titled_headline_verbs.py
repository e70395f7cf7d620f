"""Issue #11, unseen headlines in Title Case: a verb the tagger took for a name still says what
befell the count ("Forces Kill Six <Group> Members in <City> Operation"; "Three Officials
Detained After ..."). Headlines and groups we invented; towns are real."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forces Kill Six Lashkar Members in Quetta Operation", [("Six", "killed")]),
        ("Nepal: Three Officials Detained After Deadly Pokhara Concert Crush",
         [("Three", "arrested")]),
        # a verb of no harm, things counted
        ("Three Officials Resigned After Deadly Varna Crush", []),
        ("Bank Holds Two Meetings In Varna", []),
    ],
)
def test_a_titled_headline_verb_says_what_befell_the_count(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
