"""A number of couples counts twice as many people: "Gunmen abducted two couples" read
kidnapped 2 (issue #11, counts), now 4, as "a couple" reads two. Nouns of groups of no set
size keep their own figure. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Gunmen abducted two couples from a farm on Sunday.", [(4.0, "kidnapped")]),
        ("Three couples were among those killed in the attack.", [(6.0, "killed")]),
        ("At least two elderly couples were injured when the roof collapsed.",
         [(4.0, "injured")]),
        ("Police arrested two couples and three other people in the raid.",
         [(4.0, "arrested"), (3.0, "arrested")]),
    ],
)
def test_couples_count_two_each(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # groups of no set size: the figure told, as today
        ("Gunmen abducted three families from a village on Sunday.", [(3.0, "kidnapped")]),
        ("Two groups of pilgrims were attacked on the road on Sunday.", []),
        # one couple: two, as before
        ("Gunmen abducted a couple from their farm on Sunday.", [(2.0, "kidnapped")]),
        # "a couple of": a few, no pair
        ("Gunmen abducted a couple of farmers on Sunday.", []),
        # a vague number of couples keeps its unit and reads no harm
        ("Dozens of couples were married at the ceremony on Sunday.", []),
        # people counted by their own noun
        ("Gunmen abducted two farmers on Sunday.", [(2.0, "kidnapped")]),
    ],
)
def test_other_groups_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
