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


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "them" are the dead counted just before: one of them, no death of its own
        ("Three hostages were killed on Monday. The abductors beheaded one of them and shot "
         "the others.", [(3.0, "killed")]),
        ("Five people died in the raid on the hamlet. The attackers killed one of them with "
         "an axe.", [(5.0, "killed")]),
        ("The blast killed 6 workers, and the bombers burned one of them alive, residents "
         "said.", [(6.0, "killed")]),
        ("Two cousins were shot dead in Lahore on Sunday. Police said a tenant killed one of "
         "them over rent.", [(2.0, "killed")]),
        ("The three brothers were found dead; police believe their uncle killed one of them.",
         [(3.0, "killed")]),
        ("Of the 7 people who died, soldiers killed one of them, the report found.",
         [(7.0, "killed")]),
        ("Four men were lynched on Friday. Police said the crowd beat one of them to death.",
         [(4.0, "killed")]),
        ("Police shot dead 3 robbers; officers killed one of them after a chase.",
         [(3.0, "killed")]),
        ("The rebels executed 6 captives, and a video showed them beheading one of them.",
         [(6.0, "killed")]),
        # the last group counted before is held, not dead: a death of its own still
        ("Two policemen were killed last week. On Friday gunmen seized 5 traders and killed "
         "one of them.", [(2.0, "killed"), (5.0, "kidnapped"), (1.0, "killed")]),
        ("Police arrested 5 suspects and killed one of them in a shootout.",
         [(5.0, "arrested"), (1.0, "killed")]),
    ],
)
def test_one_of_the_dead_killed_is_no_second_death(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
