"""A report's headline and its body stating one amount ("Eight killed in Quetta blast" /
"At least eight people were killed ...") were two steps of the update timeline, "exactly 8 →
at least 8 → exactly 11", as if the outlet had revised its own figure within one report
(issue #11, conflicts). They are one figure, stated twice, worded as the body words it. Two
outlets' figures, one outlet's two reports, a report's two different figures, and a figure
restated word for word keep today's steps. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

MONDAY = dt.date(2031, 6, 2)


def _timeline(*reports: tuple[str, int, str]) -> str:
    """The update timeline of the reports (outlet, days after Monday, text)."""
    result = run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", outlet=outlet,
                  published=MONDAY + dt.timedelta(days=days))
        for n, (outlet, days, text) in enumerate(reports, start=1)
    ])
    (update,) = [c for c in result.conflicts if c.kind == "update"]
    return update.explanation.removeprefix("figure revised over time: ")


BLAST = "people were killed when a bomb exploded at a bus stand in Quetta on Monday, police said."
RISEN = ("Frontier Post", 1, "QUETTA: The death toll from Monday's bomb blast at a bus stand in "
         "Quetta rose to 11 on Tuesday, officials said.")
LATER = "exactly 11 (Frontier Post, 2031-06-03)"


@pytest.mark.parametrize(
    ("reports", "steps"),
    [
        ((("Daily Courier", 0, f"Eight killed in Quetta blast\nQUETTA: At least eight {BLAST}"),
          RISEN),
         ["at least 8 (Daily Courier, 2031-06-02, twice)", LATER]),
        ((("Daily Courier", 0, f"Dozens killed in Quetta blast\nQUETTA: At least 24 {BLAST}"),
          ("Frontier Post", 1, "QUETTA: The death toll from Monday's bomb blast at a bus stand "
           "in Quetta rose to 31 on Tuesday, officials said.")),
         ["at least 24 (Daily Courier, 2031-06-02, twice)",
          "exactly 31 (Frontier Post, 2031-06-03)"]),
    ],
)
def test_a_headline_and_its_body_are_one_step(
    reports: tuple[tuple[str, int, str], ...], steps: list[str]
) -> None:
    assert _timeline(*reports).split(" → ") == steps


@pytest.mark.parametrize(
    ("reports", "steps"),
    [
        # restated word for word: one step, twice, as before
        ((("Daily Courier", 0, f"Eight killed in Quetta blast\nQUETTA: Eight {BLAST}"), RISEN),
         ["exactly 8 (Daily Courier, 2031-06-02, twice)", LATER]),
        # two outlets the same day
        ((("Daily Courier", 0, f"QUETTA: At least eight {BLAST}"),
          ("Balochistan Times", 0, f"QUETTA: Eight {BLAST}"), RISEN),
         ["at least 8 (Daily Courier, 2031-06-02)", "exactly 8 (Balochistan Times, 2031-06-02)",
          LATER]),
        # one outlet's two reports, a day apart
        ((("Daily Courier", 0, f"QUETTA: At least eight {BLAST}"),
          ("Daily Courier", 1, "QUETTA: At least eight people were killed in Monday's bomb "
           "blast at a Quetta bus stand, police said on Tuesday."), RISEN),
         ["at least 8 (Daily Courier, 2031-06-02)", "at least 8 (Daily Courier, 2031-06-03)",
          LATER]),
        # a headline's figure that the body revises
        ((("Daily Courier", 0, "Eight killed in Quetta blast\nQUETTA: The toll from a bomb "
           "blast at a bus stand in Quetta on Monday rose to 11 by evening, police said."),
          RISEN),
         ["exactly 8 (Daily Courier, 2031-06-02)", "exactly 11 (Daily Courier, 2031-06-02)",
          LATER]),
    ],
)
def test_other_steps_keep_their_reading(
    reports: tuple[tuple[str, int, str], ...], steps: list[str]
) -> None:
    assert _timeline(*reports).split(" → ") == steps
