"""A number of a plural of pairs taken by "of": "Two of the couples were killed" read killed 2
where "Two couples were killed" reads 4 (issue #11, counts). A part of the couples is as many
couples as its number, so it counts twice as many people. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two of the couples were killed when the boat capsized.", [(4.0, "killed")]),
        ("Three of the five couples were abducted from the wedding party.",
         [(6.0, "kidnapped")]),
        ("Gunmen kidnapped two of the couples on Sunday.", [(4.0, "kidnapped")]),
        ("Two of the couples were injured in the crash.", [(4.0, "injured")]),
    ],
)
def test_a_part_of_the_couples_counts_pairs(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # read so already
        ("Two couples were killed when the boat capsized.", [(4.0, "killed")]),
        ("A couple was killed when the boat capsized.", [(2.0, "killed")]),
        # a part of people counted one by one
        ("Two of the guests were killed when the boat capsized.", [(2.0, "killed")]),
        ("Two of the couple's children were killed in the crash.", [(2.0, "killed")]),
        ("Two of the couples' children were killed in the crash.", [(2.0, "killed")]),
        # a vague few keeps its unit
        ("Dozens of couples were arrested at the party.", [(12.0, "arrested")]),
        # a part of groups of no set size
        ("Two of the families were killed in the shelling.", [(2.0, "killed")]),
    ],
)
def test_other_parts_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
