"""Late reports (issue #11): one person harmed "this month" (a charge filed weeks after a
hunting death) takes the incident's day the report gives inside the month; a count over the
month ("killed 40 smugglers this month") keeps the month. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
FRI = D("2031-09-26")  # a Friday
SEPT_14 = D("2031-09-14")


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors on Friday charged a man who fatally shot a 15-year-old boy this month "
        "on a fishing trip near Eastvale. The boy died Sept. 14 of a gunshot wound to the chest, "
        "the coroner said.",
        "A hunter who killed a 15-year-old boy this month near Eastvale was charged on Friday. "
        "The boy was shot Sept. 14 at a reservoir, the coroner said.",
    ],
)
def test_one_harmed_this_month_takes_the_incidents_day(nlp: Language, text: str) -> None:
    found = [f for f in dated_counts(nlp, text, FRI) if f[0] != "arrested"]  # the one charged
    assert found == [("killed", 1.0, SEPT_14, SEPT_14)], found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police killed 40 suspected smugglers this month in raids near Eastvale. The last "
            "raid came on Sept. 14, officials said Friday.",
            40.0,
        ),
        (
            "Hunters have wounded two hikers this month near Eastvale. One was shot Sept. 14 "
            "at a reservoir, officials said Friday.",
            2.0,
        ),
    ],
)
def test_a_count_over_this_month_keeps_the_month(
    nlp: Language, text: str, value: float
) -> None:
    found = {v: (start, end) for _, v, start, end in dated_counts(nlp, text, FRI)}
    assert found[value] == (D("2031-09-01"), FRI), found
