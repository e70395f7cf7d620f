"""A figure with no verb of its own set after a toll, told in a unit of the gravely hurt, on a
machine that keeps a patient breathing, or by a patient's condition as a bare adjective: "The
crash killed 9, with 4 in intensive care" read killed 4 (the bare figure borrowed the toll
before it), "with 3 on ventilators" too, "with two critical" read nothing. They are patients,
hurt, as "with 4 in hospital" reads already (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The crash killed 9, with 4 in intensive care.", [(9.0, "killed"), (4.0, "injured")]),
        ("The crash killed 9 people, with four others in intensive care.",
         [(9.0, "killed"), (4.0, "injured")]),
        ("The crash killed 9 people, with 4 in the intensive care unit.",
         [(9.0, "killed"), (4.0, "injured")]),
        ("The fire killed 9 workers, with 4 in the burns unit.",
         [(9.0, "killed"), (4.0, "injured")]),
        ("The crash killed 9 people, with 3 on ventilators.",
         [(9.0, "killed"), (3.0, "injured")]),
        ("The crash killed 9 people, with 3 on a respirator.",
         [(9.0, "killed"), (3.0, "injured")]),
        ("The crash killed 9 people, with 3 on life support.",
         [(9.0, "killed"), (3.0, "injured")]),
        ("Nine dead, 4 in intensive care after van hits crowd",
         [(9.0, "killed"), (4.0, "injured")]),
        ("The crash killed 9 people, with two critical.", [(9.0, "killed"), (2.0, "injured")]),
        ("The crash killed 9 people, two of them critical.",
         [(9.0, "killed"), (2.0, "injured")]),
        # a care verb's place: the unit is a place of care
        ("The crash killed 9 people, while 4 remain in intensive care.",
         [(9.0, "killed"), (4.0, "injured")]),
        ("Three passengers were moved to the burns unit after the crash.", [(3.0, "injured")]),
    ],
)
def test_a_figure_in_grave_care_is_hurt(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a place that is no place of care, nor a machine: more of the toll
        ("The crash killed 9 people, with 4 in the capital.", [(9.0, "killed"), (4.0, "killed")]),
        ("The fire killed 9 people, with 4 on the upper floor.",
         [(9.0, "killed"), (4.0, "killed")]),
        ("The crash killed 9 people, with 4 in critical areas of the city.",
         [(9.0, "killed"), (4.0, "killed")]),
        # a part of the dead taken by "of them", told by who they were
        ("The crash killed 9 people, two of them children.",
         [(9.0, "killed"), (2.0, "killed")]),
        # the figure's own verb reads it
        ("Four people died in intensive care after the crash.", [(4.0, "killed")]),
        # machines and conditions counted, no people
        ("The hospital has only 20 ventilators for the injured.", []),
        ("Two critical flaws were found in the bridge after the crash.", []),
        ("The crash killed 9 people and hurt 30, two of them critical.",
         [(9.0, "killed"), (30.0, "injured"), (2.0, "injured")]),
        ("The crash killed 9 people, with 4 in hospital.", [(9.0, "killed"), (4.0, "injured")]),
        # the unit itself, no patient counted
        ("The intensive care unit was damaged by the blast.", []),
        ("Doctors said three beds in the burns unit were empty.", []),
        # a burn that names no unit: no place of care
        ("Three firefighters were rushed to the burn site after the blast.", []),
        ("Twelve soldiers were taken to the burn pit area on Monday.", []),
        # a condition word with a complement of its own judges, it tells no patient's state
        ("The storm killed 4 people, 2 of them critical to the village water supply.",
         [(4.0, "killed"), (2.0, "killed")]),
        ("The clash killed 6 people, two of them critical for the local economy.",
         [(6.0, "killed"), (2.0, "killed")]),
    ],
)
def test_other_figures_after_a_toll_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


def test_a_condition_the_parser_hung_on_a_comma_keeps_its_source(nlp: Language) -> None:
    """ "3 of them critical" the parser hung on the comma before the source: read by the
    part's reader, with the source, as before (the bare condition lost it)."""
    text = "Six people were killed and 11 injured, 3 of them critical, hospital officials said."
    claims = [(c.value, c.measure, c.attribution) for c in read_claims(nlp, text, None)]
    assert (3.0, "injured", "hospital officials") in claims
