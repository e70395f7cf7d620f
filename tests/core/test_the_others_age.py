"""An age set off by commas after "the other", "the first" (an adjective standing for one of
those counted) is no count (issue #11, not claims): "One died at the scene; the other, 26, was
hospitalized" hurt one person, not 26. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot in Joliet on Sunday. One died at the scene; the other, 26, was "
        "taken to a hospital.",
        "Two men were shot in Joliet on Sunday. One died at the scene; the other, 26, was "
        "hospitalized.",
        "Two men were shot in Joliet on Sunday. One died and the other, 26, is in critical "
        "condition.",
        "Two men were stabbed in Derby on Saturday. The first, 26, was treated in hospital.",
    ],
)
def test_an_age_after_the_other_counts_no_one(nlp: Language, text: str) -> None:
    assert not [c for c in written_counts(nlp, text, None) if c[0] == "26"]
