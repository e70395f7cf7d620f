"""A "since" stretch of a state is how long it lasted, not when the next figures happened
(sentences we wrote, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from core.settings import Settings

pytestmark = pytest.mark.slow

LEAD = (
    "Gunmen storm post in Kech\n\n"
    "TURBAT: Six guards were killed when gunmen attacked a post in Kech district on Sunday "
    "night, officials said on Monday.\n\n"
)


def day_of(text: str, figure: str) -> tuple[dt.date | None, dt.date | None]:
    settings = Settings(published=dt.date(2025, 11, 3))
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")], settings=settings).claims
    hits = [c for c in claims if c.number_text.endswith(figure)]
    assert len(hits) == 1, claims
    return hits[0].date_start, hits[0].date_end


@pytest.mark.parametrize(
    "state",
    [
        "Relatives said the herders had been missing since Friday.",
        "The highway to the town has stayed closed since Friday.",
    ],
)
def test_a_state_since_a_day_does_not_date_the_next_figure(state: str) -> None:
    claim = "A spokesman for the group claimed that 15 guards died in the attack.\n"
    text = LEAD + state + "\n\n" + claim
    assert day_of(text, "15") == (dt.date(2025, 11, 2), dt.date(2025, 11, 2))


def test_harm_since_a_day_still_dates_the_next_figure() -> None:
    # a stretch of harm is the window of the tally after it
    text = (
        "Clashes go on in Kech\n\n"
        "TURBAT: Fighting has raged in the hills since Friday, officials said on Monday.\n\n"
        "Residents said the shelling had killed people since Friday.\n\n"
        "At least 15 guards have died, a spokesman said.\n"
    )
    start, _ = day_of(text, "15")
    assert start == dt.date(2025, 10, 31)
