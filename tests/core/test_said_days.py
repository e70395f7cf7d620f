"""A figure in an "N days after" clause hung on a saying is counted back from the day of the
saying (issue #11, Time: the day reported is not the day it happened). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday: Monday is June 9, Tuesday June 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two days after gunmen killed five labourers at a quarry, police said on Tuesday "
            "they had traced the attackers.",
            [D("2025-06-08")],
        ),
        (
            "A day after a roadside bomb wounded nine soldiers, the army said on Tuesday it "
            "had begun a search operation.",
            [D("2025-06-09")],
        ),
        # no count before "after": the saying's day does not say when the harm was
        (
            "Weeks after gunmen killed five labourers at a quarry, police said on Tuesday they "
            "had traced the attackers.",
            [None],
        ),
        # the clause hangs on what was said, not on the saying
        (
            "Police said on Tuesday that two days after gunmen killed five labourers, the "
            "attackers fled across the border.",
            [None],
        ),
    ],
)
def test_a_clause_after_a_dated_saying_counts_back_from_it(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED) == expected
