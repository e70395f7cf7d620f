"""A year written in a sentence dates the bare months of its own clause ("In 2021, a quake in
February killed 900"), not those of another clause ("killed 900 in 2021, and 40 died in
February": that February is the report's) (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2025-11-28")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "A quake killed 900 people in the north in 2021, and 40 were killed in the south "
            "in February.",
            40,
            (D("2025-02-01"), D("2025-02-28")),
        ),
        ("In 2021, a quake in February killed 900 people.", 900,
         (D("2021-02-01"), D("2021-02-28"))),
        ("A quake killed 900 people in February 2021.", 900, (D("2021-02-01"), D("2021-02-28"))),
    ],
)
def test_a_year_dates_its_own_clause(
    nlp: Language, text: str, value: float, expected: tuple[dt.date, dt.date]
) -> None:
    found = [(c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)
             if c.value == value]
    assert found == [expected]
