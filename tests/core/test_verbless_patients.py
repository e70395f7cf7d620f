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
        # the hurt told apart by where they are cared for, or of the hurt by "of"
        ("The bombing killed 12 people, with 7 in hospital and 5 at home.",
         [(12.0, "killed"), (7.0, "injured"), (5.0, "injured")]),
        ("The bombing killed 12 people, with 7 of the injured in hospital.",
         [(12.0, "killed"), (7.0, "injured")]),
        ("The bombing killed 12 people, with 7 in Mayo Hospital and 2 in Services Hospital.",
         [(12.0, "killed"), (7.0, "injured"), (2.0, "injured")]),
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
        # a part of the dead told by where it died: no patients
        ("Nine people were killed, four at the scene and five in hospital.",
         [(9.0, "killed"), (4.0, "killed"), (5.0, "killed")]),
        ("The bus crash killed 8 passengers: 3 on the spot and 5 in hospital.",
         [(8.0, "killed"), (3.0, "killed"), (5.0, "killed")]),
        ("The explosion killed 10 workers, six of them in hospital.",
         [(10.0, "killed"), (6.0, "killed")]),
        ("Fifteen people died, four of them in hospital, after the fire.",
         [(15.0, "killed"), (4.0, "killed")]),
        ("The air strikes killed 15 people, 6 in Rafah and 9 in hospital.",
         [(15.0, "killed"), (6.0, "killed"), (9.0, "killed")]),
    ],
)
def test_other_figures_beside_a_toll_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
