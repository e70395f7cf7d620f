""""one of them" as the object of a killing is a death of its own, as "killed two of them"
was read: "The kidnappers, who hold 6 hostages, killed one of them" had no killed 1 (issue
#11, counts). One of them described, in care, set free or hurt stays as it was. Sentences
we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The pirates, who hold 9 hostages, killed one of them on Friday.",
         [(9.0, "kidnapped"), (1.0, "killed")]),
        ("The pirates hold 9 hostages. They killed one of them on Friday.",
         [(9.0, "kidnapped"), (1.0, "killed")]),
        ("Bandits seized 8 herders and killed one of them on Friday.",
         [(8.0, "kidnapped"), (1.0, "killed")]),
        ("The militants beheaded one of them and freed the rest.", [(1.0, "killed")]),
        ("Two guards were shot, and the robber killed one of them.", [(1.0, "killed")]),
    ],
)
def test_one_of_them_killed_is_a_death(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the one set free: no count of its own
        ("Police arrested 7 men and released one of them on Friday.", [(7.0, "arrested")]),
        ("Bandits abducted eight herders and freed one of them on Friday.",
         [(8.0, "kidnapped")]),
        # the one in care: a part of the hurt, as today
        ("Five guards were wounded and one of them is in critical condition.",
         [(5.0, "injured"), (1.0, "injured")]),
        ("Five were hurt, one of them seriously.", [(5.0, "injured")]),
        # the one who died after: a death of its own, as today
        ("Seven people were injured; one of them later died.",
         [(7.0, "injured"), (1.0, "killed")]),
        # a rank, no count
        ("It was one of the deadliest raids, and gunmen killed 9 people.", [(9.0, "killed")]),
        # "two of them": read as before
        ("The pirates, who hold 9 hostages, killed two of them on Friday.",
         [(9.0, "kidnapped"), (2.0, "killed")]),
    ],
)
def test_other_ones_of_them_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
