"""A page label joined to the headline by a dash ("Breaking News-Five Workers Shot ..."), as
by a colon, stays out of the headline's parse; a title-cased "Shot" after a count is the
headline's verb. Headlines invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents, select_regions

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)
BODY = "\n\nPolice are at the scene."


def figures(headline: str) -> list[tuple[str, str]]:
    result = run_documents([from_text(headline + BODY, doc_id="d1", published=PUB)])
    return [(c.number_text, c.measure) for c in result.claims if c.is_core]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Breaking News-Five People Shot at Depot in Northern Idaho", [("Five", "injured")]),
        ("Breaking News - Five Workers Shot at Depot in Northern Idaho", [("Five", "injured")]),
        ("BREAKING NEWS-Three Killed In Bus Crash Near Dorn", [("Three", "killed")]),
        (
            "UPDATE \u2013 Two Dead, Four Hurt In Dorn Blast",
            [("Two", "killed"), ("Four", "injured")],
        ),
        ("Breaking News: Five People Shot at Depot in Idaho", [("Five", "injured")]),
        ("Five Workers Shot at Depot in Northern Idaho", [("Five", "injured")]),
        ("Three Shot Outside Idaho Bar", [("Three", "injured")]),
        # one shot is a shot fired, no one hit
        ("One Shot Fired Outside Idaho Bar", []),
    ],
)
def test_a_headline_after_a_label(headline: str, expected: list[tuple[str, str]]) -> None:
    assert figures(headline) == expected


def test_the_label_stays_out_of_the_parse() -> None:
    text = "Breaking News-Five Workers Shot at Depot" + BODY
    doc = from_text(text, doc_id="d1", published=PUB)
    starts = [r.start for r in select_regions(doc)]
    assert text.index("Five") in starts
    # a word that only begins like a label is no label
    text = "Updates-Five Workers Shot at Depot" + BODY
    doc = from_text(text, doc_id="d1", published=PUB)
    assert 0 in [r.start for r in select_regions(doc)]
