"""A figure without a verb set after a toll, whose own "in" phrase says it is in care or in a
patient's condition: "The blast killed 14 people, with 9 in hospital" read killed 9 (the bare
figure borrowed the toll before it), "Fourteen dead, 9 in hospital" too, "with nine others
still in hospital" read nothing. They are patients: injured, as "nine remain in hospital"
reads (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The bombing killed 12 people, with 7 in hospital.",
         [(12.0, "killed"), (7.0, "injured")]),
        ("The bombing killed 12 people, with seven others still in hospital.",
         [(12.0, "killed"), (7.0, "injured")]),
        ("The bombing killed 12 people, with 7 in critical condition.",
         [(12.0, "killed"), (7.0, "injured")]),
        ("The bombing killed 12 people, 7 in hospital.", [(12.0, "killed"), (7.0, "injured")]),
        ("Twelve dead, 7 in hospital after lorry hits market stalls",
         [(12.0, "killed"), (7.0, "injured")]),
        ("A fire at the depot killed three workers, with two in the hospital.",
         [(3.0, "killed"), (2.0, "injured")]),
    ],
)
def test_a_figure_in_care_is_hurt(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the figure's own verb reads it
        ("The bombing killed 12 people, while 7 remain in hospital.",
         [(12.0, "killed"), (7.0, "injured")]),
        ("Seven people died in hospital after the bombing.", [(7.0, "killed")]),
        # a place that is no place of care: more of the toll
        ("The bombing killed 12 people, with 7 in the capital.",
         [(12.0, "killed"), (7.0, "killed")]),
        ("Police arrested 12 people, with 7 in custody.",
         [(12.0, "arrested"), (7.0, "arrested")]),
        # a part of the dead told by who they were
        ("The bombing killed 12 people, with 7 children among the dead.",
         [(12.0, "killed"), (7.0, "killed")]),
        # the hospital is the scene, not the care
        ("Gunmen killed 12 people in a hospital on Monday.", [(12.0, "killed")]),
        ("Two killed in hospital attack in the capital", [(2.0, "killed")]),
    ],
)
def test_other_figures_beside_a_toll_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
