"""The hurt taken somewhere "where he died" are dead (issue #11, counts): "A man was shot ...
and taken to a hospital, where he died" counted one hurt and lost the death. A death told in
a relative clause of the place the harm's clause, or one joined to it, names, with the hurt
as its subject, makes the harm fatal; a part that died there ("where one died") and a place
where the hurt lived or worked stay as they were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.figures import PERSON_MEASURES
from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in Dayton on Saturday night and taken to a hospital, where he died.",
         [("A man", "killed", 1)]),
        ("A woman was stabbed in Dayton and rushed to a hospital, where she was pronounced "
         "dead.", [("A woman", "killed", 1)]),
        ("Two men were shot in Dayton on Saturday and taken to a hospital, where they died.",
         [("Two", "killed", 2)]),
        # near misses: a part died there; the place is where she worked
        ("Two men were shot in Dayton on Saturday and taken to a hospital, where they are in "
         "stable condition.", [("Two", "injured", 2)]),
        ("A woman was stabbed at a bar in Dayton, where she worked.",
         [("A woman", "injured", 1)]),
    ],
)
def test_a_death_where_the_hurt_were_taken(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    found = [c for c in written_counts(nlp, text, None) if c[1] in PERSON_MEASURES]
    assert found == expected
