"""Issue #11, detection: headline figures the tagger misread. A change verb taken for the
plural noun after a toll's "of" ("number of wounded rises to seven", "number of dead climbs to
12") still moves the toll its harm word names; a plural noun taken for a verb ("leaves at
least 9 inmates dead, dozens escape") still takes its number. Headlines we invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gunman held for the shooting is one arrested (``lone_arrests``' headline)
        ("Gunman held after Tulsa party shooting; number of wounded rises to seven",
         [("Gunman", "arrested"), ("seven", "injured")]),
        ("Blast in market; number of dead climbs to 12", [("12", "killed")]),
        ("Bus crash: number of injured rises to 40", [("40", "injured")]),
        ("Prison riot leaves at least 9 inmates dead, dozens escape", [("at least 9", "killed")]),
        ("Bus crash leaves 12 pilgrims dead, 30 hurt", [("12", "killed"), ("30", "injured")]),
        # a count of things or of no harm moves no toll
        ("Flood: number of missing climbs to 30", []),
        ("Quake leaves 3 towns without power, roads closed", []),
    ],
)
def test_a_misread_headline_still_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
