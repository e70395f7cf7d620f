"""People a first verb only moved, harmed by the next verb through "them" ("offloaded nine
passengers and shot them dead"): the count is of the dead; a first verb that counts a harm
of its own keeps its count (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 5, 6)


def counts(nlp: Language, text: str) -> list[tuple[str, str, float]]:
    return written_counts(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men offloaded seven passengers from a van and shot them dead near Kalat on "
         "Sunday night, Levies officials said.", [("seven", "killed", 7)]),
        ("Gunmen stopped a coach, took off eight travellers and killed them, police said.",
         [("eight", "killed", 8)]),
        # the first verb's own harm keeps the count
        ("Armed men abducted four labourers from a site and later killed them, police said.",
         [("four", "kidnapped", 4)]),
        # no harm to them
        ("Police stopped two cars and searched them, officials said.", [("two", "other", 2)]),
    ],
)
def test_them_harmed_by_the_next_verb(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert counts(nlp, text) == expected
