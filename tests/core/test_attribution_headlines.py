"""Issue #11, a headline closing on "…, says X" whose source the parser read as a noun of time
or manner ("7 terrorists killed in Tarnby IBO, says ISPR"): the name after the verb is the
source; a day after it ("…, said Monday") is none. Headlines we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.attribution_headlines import misread_inverted_report

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("7 terrorists killed in Tarnby IBO, says ISPR", "ISPR"),
        ("Two militants killed in Kelmor raid, says ISPR", "ISPR"),
        # near miss: a day after the verb names no one
        ("Two militants killed in Kelmor raid, said Monday", None),
    ],
)
def test_a_closing_says_names_its_source(nlp: Language, headline: str, source: str | None) -> None:
    sent = next(nlp(headline).sents)
    assert misread_inverted_report(sent) == source
