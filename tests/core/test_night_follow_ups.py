"""A lead whose figure is dated only by the day its source spoke ("..., a local official said
on Tuesday") and whose next sentence tells the night the attack happened ("The attack took
place on the night of Sunday to Monday") dates the figure over that night (issue #11, time):
it was dated the Tuesday of the telling, while a single day after it ("on the night of May
3") was read. The recogniser tags "the night of" apart from "Sunday to Monday"; joined, the
night is one happening of the lead. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

D = dt.date.fromisoformat
PUB = D("2031-05-07")  # a Wednesday
LEAD = ("KALEMBA (Wire) - Rebels killed at least 17 people in an attack on a village, a local "
        "official said on Tuesday.")


def days(text: str) -> set[tuple[dt.date | None, dt.date | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {(c.date_start, c.date_end) for c in result.claims if c.is_core}


@pytest.mark.parametrize(
    ("after", "start", "end"),
    [
        ("The attack took place on the night of Sunday to Monday.", "2031-05-04", "2031-05-05"),
        ("The attack took place on the night of May 4.", "2031-05-04", "2031-05-04"),
    ],
)
def test_the_night_told_after_the_lead(after: str, start: str, end: str) -> None:
    assert days(f"Attack\n\n{LEAD} {after}\n") == {(D(start), D(end))}
