"""Issue #11, parts of a total: a part of the people held that its clause only describes
("of the 14 detained, six were students", "five of those picked up were farmers", "three were
carrying rewards on their heads") is still counted arrested, one freed is not; another part set
beside a counted part ("two of them from the army and one from the police", "Two of the slain
men were guards and one from the village") shares its harm; "the slain officers" read whole
when the tagger takes "slain" for a noun. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 14 people on Monday. Of the 14 detained, six were carrying rewards "
         "on their heads, an officer said.",
         [("14", "arrested"), ("14", "arrested"), ("six", "arrested")]),
        ("Police held eight men in a raid. Relatives said that five of those picked up were "
         "farmers.", [("eight", "arrested"), ("five", "arrested")]),
        ("Police arrested 14 people on Monday. Of the 14 arrested, six were freed on bail.",
         [("14", "arrested"), ("14", "arrested")]),
        ("Rescuers reached the site. Four of those picked up by ambulances were children.", []),
    ],
)
def test_a_described_part_of_the_held(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose to three. The guards, two of them from the border unit of the 41st "
         "regiment and one from the district police, were driving home when the bomb went off.",
         [("three", "killed"), ("two", "killed"), ("one", "killed")]),
        ("Three police officers were killed. Two of the slain officers were from the city and "
         "one from the village, officials said.",
         [("Three", "killed"), ("Two", "killed"), ("one", "killed")]),
        # parts of no harmed group count nothing
        ("Two of the officers were from the city and one from the village.", []),
    ],
)
def test_a_part_beside_a_part(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
