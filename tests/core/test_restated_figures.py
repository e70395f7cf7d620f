"""Issue #11, conflicts: one outlet that states its figure again the next day, or one report
that states it in its headline and again in its body, restates it: the agreeing line lists
each source once with how many times it told the figure ("at least 8 (Daily Courier,
twice)"), counts the sources, and reads "one source restates its figure" when only one
source tells it (core/group/conflict_summaries.py). Reports of several outlets keep their
line as before. Sentences we wrote."""

from __future__ import annotations

import pytest

from core.group.conflicts import find_conflicts
from core.model import Conflict, Event
from tests.core.claim_factory import Batch

SENTENCE = "At least 8 people were killed in the blast, police said."


def agreeing(*reports: tuple[str, str, str]) -> Conflict:
    """The one line of reports (document, publication day, outlet) telling "at least 8"."""
    b = Batch()
    for doc, day, outlet in reports:
        b.report(doc, published=day, outlet=outlet)
        b.add(doc, SENTENCE, "At least 8", 8, qualifier="at_least", subject="people")
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    (conflict,) = find_conflicts([event], b.claims, documents=b.documents())
    return conflict


@pytest.mark.parametrize(
    ("reports", "explanation"),
    [
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-03", "Daily Courier")),
         "one source restates its figure: at least 8 (Daily Courier, twice)"),
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-03", "Daily Courier"),
          ("d3", "2031-06-04", "Daily Courier")),
         "one source restates its figure: at least 8 (Daily Courier, 3 times)"),
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-02", "Evening Post"),
          ("d3", "2031-06-03", "Daily Courier")),
         "2 reports agree: at least 8 (Daily Courier, twice); at least 8 (Evening Post)"),
    ],
)
def test_one_outlet_twice_restates_its_figure(
    reports: tuple[tuple[str, str, str], ...], explanation: str
) -> None:
    conflict = agreeing(*reports)
    assert (conflict.kind, conflict.explanation) == ("consistent", explanation)


@pytest.mark.parametrize(
    ("reports", "explanation"),
    [
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-02", "Evening Post")),
         "2 reports agree: at least 8 (Daily Courier); at least 8 (Evening Post)"),
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-03", "Evening Post"),
          ("d3", "2031-06-03", "Morning Star")),
         "3 reports agree: at least 8 (Daily Courier); at least 8 (Evening Post); "
         "at least 8 (Morning Star)"),
        ((("d1", "2031-06-03", "Evening Post"), ("d2", "2031-06-02", "Daily Courier")),
         "2 reports agree: at least 8 (Daily Courier); at least 8 (Evening Post)"),
        # two outlets whose names share a word are two sources
        ((("d1", "2031-06-02", "Daily Courier"), ("d2", "2031-06-03", "Sunday Courier")),
         "2 reports agree: at least 8 (Daily Courier); at least 8 (Sunday Courier)"),
    ],
)
def test_outlets_that_agree_keep_their_line(
    reports: tuple[tuple[str, str, str], ...], explanation: str
) -> None:
    conflict = agreeing(*reports)
    assert (conflict.kind, conflict.explanation) == ("consistent", explanation)
