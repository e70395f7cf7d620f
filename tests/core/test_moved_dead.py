"""Issue #11, unseen desk copy: one of the dead moved or taken to a hospital is still dead, and
one moved to "a hospital in <Town>, where he died" died there: neither is a patient. Sentences,
people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were killed in the blast in Tarsk. One of the dead was taken to a "
         "hospital in Varna.", [("Two", "killed"), ("One", "killed")]),
        ("Two people were killed in the blast. A source said three had died: one of the "
         "victims had been moved to a hospital in Varna, where he died.",
         [("Two", "killed"), ("three", "killed"), ("one", "killed")]),
        # the hurt taken to hospital are patients; "where one died" counts its own dead
        ("Two people were killed and five injured. Two of the injured were taken to a "
         "hospital in Varna.", [("Two", "killed"), ("five", "injured"), ("Two", "injured")]),
        ("Five people were taken to a hospital in Varna, where one died.", [("one", "killed")]),
    ],
)
def test_the_dead_moved_to_a_hospital_are_no_patients(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
