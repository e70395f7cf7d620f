""""a couple" as a verb's object, which the parser reads as a noun adverb ("we met a couple
times"): "Gunmen abducted a couple on Saturday" and "Gunmen shot dead a couple in their home"
read nothing (issue #11, counts), where "Police arrested a couple on Monday" read 2. Now the
object of an active verb with none other. "a couple of", "a couple times", "a couple weeks
ago" stay as they were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Kidnappers abducted a couple on Thursday.", [(2.0, "kidnapped")]),
        ("Gunmen shot dead a couple in their home.", [(2.0, "killed")]),
        ("Gunmen shot dead a couple and their daughter in the market.", [(3.0, "killed")]),
        ("Bandits abducted a couple and their two sons on Thursday.", [(4.0, "kidnapped")]),
        ("Gunmen shot dead a couple on Tuesday night.", [(2.0, "killed")]),
        ("Troops detained a couple on Tuesday.", [(2.0, "arrested")]),
    ],
)
def test_a_couple_read_as_an_adverb_is_the_object(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The gunman fired a couple times into the air.", []),
        ("The gunman shot a couple times at the car.", []),
        ("We met a couple weeks ago, the widow said.", []),
        ("Gunmen kidnapped a couple of farmers on Saturday.", []),
        # parsed as the object already
        ("Police arrested a couple on Monday.", [(2.0, "arrested")]),
        ("Gunmen killed a couple on Saturday.", [(2.0, "killed")]),
    ],
)
def test_other_couples_and_adverbs_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
