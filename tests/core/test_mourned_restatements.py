"""Issue #11, unseen desk copy: the funeral or burial of a group the report counted dead ("the
three soldiers' funerals were held", "the burial of the two guards") tells the dead again, one
row per mention; a group counted hurt, or never counted, is no restatement. Sentences, people
and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were killed in the ambush near Tarsk. The three soldiers' funerals "
         "were held in their villages on Sunday.", [("Three", "killed"), ("three", "killed")]),
        ("Two guards died in the raid. The burial of the two guards took place in Varna.",
         [("Two", "killed"), ("two", "killed")]),
        # the hurt have no funeral; a group never counted is no restatement
        ("Three soldiers were injured in the ambush. The three soldiers' families were told "
         "on Sunday.", [("Three", "injured")]),
        ("The three soldiers' funerals were held in their villages on Sunday.", []),
    ],
)
def test_the_funeral_of_the_dead_tells_them_again(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
