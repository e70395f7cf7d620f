"""A district's name closed by a colon at the story's start ("Lakki Marwat: Gunmen killed
two policemen", "Kurram: Four people were killed"), as Pakistani and Indian desks file
district stories, is the report's dateline (issue #11, places): the district is the place of
a figure whose sentence names none, and no part of the sentence's doer. The bare-town rule
asked for a city of some size, so a district with no city of its name was read into the
actor ("Lakki Marwat:") and the figure went unplaced. A label ("Note:", "Breaking:"), a
common word ("Tanks:"; "Tank:" is Tank district's dateline since round 61, test_colon_labels),
a person's name and a place the body names keep today's reading. Districts are real; the
sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 11, 21)


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    result = run_texts(text, published=PAPER)
    return [(c.number_text, c.location, c.actor) for c in result.claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lakki Marwat: Gunmen killed two policemen on Monday, officials said.",
         [("two", "Lakki Marwat", "Gunmen")]),
        ("Kurram: Four people were killed in a clash on Monday, officials said.",
         [("Four", "Kurram", None)]),
        ("North Waziristan: Militants killed three soldiers on Sunday, the military said.",
         [("three", "North Waziristan", "Militants")]),
        ("Swat: Police arrested 5 suspects on Friday, a spokesman said.",
         [("5", "Swat", "Police")]),
        ("Lakki Marwat: Police arrested 3 men in Bannu on Monday, officials said.",
         [("3", "Bannu", "Police")]),
    ],
)
def test_a_district_before_a_colon_is_the_dateline(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Note: Gunmen killed two policemen on Monday, officials said.",
         [("two", None, "Gunmen")]),
        ("Breaking: Gunmen killed 6 people on Monday, police said.",
         [("6", None, "Gunmen")]),
        ("Tanks: Gunmen killed two policemen on Monday, officials said.",
         [("two", None, "Gunmen")]),
        ("Imran Khan: Police arrested 40 supporters in Lahore on Monday, the party said.",
         [("40", "Lahore", "Police")]),
        ("Bannu: Gunmen killed two policemen on Monday, officials said.",
         [("two", "Bannu", "Gunmen")]),
        ("Gunmen killed two policemen in Lakki Marwat on Monday, officials said.",
         [("two", "Lakki Marwat", "Gunmen")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(text) == expected
