"""Issue #11, tolls that move, in headlines the parser took apart: the toll noun, a change word
or a link ("now", "to", "at"), then the figure ("Ferry toll now 9", "raising the family
shooting toll to 4", "mine blast death toll climbs to 23"); a bare total counts the one harm
the headline's verb names. Headlines we invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Miner dies; Quarry Hill collapse toll now 9", [("9", "killed")]),
        ("Boy hit by truck dies, raising Ohio school bus crash toll to 4", [("4", "killed")]),
        ("DRC mine blast death toll climbs to 23; 40 injured",
         [("23", "killed"), ("40", "injured")]),
        ("Woman who hid in attic is detained; raid total rises to 31", [("31", "arrested")]),
        # a total no harm word names, or a count of no one, is no toll
        ("Vote count rises to 30 as polls close", []),
        ("Flood: number of missing climbs to 30", []),
        ("Ticket sales total now 40", []),
    ],
)
def test_a_headline_toll_read_from_its_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
