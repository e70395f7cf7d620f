"""A clause on "who" after a verb's object and a comma, which the parser hung on the verb:
"Troops shot one of them, who later died" read injured 1 (the bare shot), where "Troops shot
one of the smugglers, who later died" read killed 1 by its relative clause (issue #11,
counts). The clause is the object's. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Troops shot one of them, who later died.", [(1.0, "killed")]),
        ("Troops cornered four militants and shot one of them, who later died.",
         [(1.0, "killed")]),
        ("Police chased three robbers and shot two of them, who later died.",
         [(2.0, "killed")]),
        ("Police shot one of them, who succumbed to his wounds on the way to hospital.",
         [(1.0, "killed")]),
    ],
)
def test_the_death_told_after_the_object_is_its_own(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the clause says no death
        ("Troops cornered four militants and shot one of them, who was hiding in a shed.",
         [(1.0, "injured")]),
        ("Troops shot one of the gunmen near the checkpoint.", [(1.0, "injured")]),
        # the relative clause the parser already hung on the object
        ("Troops shot one of the smugglers, who later died.", [(1.0, "killed")]),
        # no comma: no clause set off after the object
        ("Police shot a man who later died.", [(1.0, "killed")]),
        # "which" names no person
        ("Gunmen torched two buses, which later burned out.", []),
        # an object with no number keeps its reading
        ("Police arrested the driver, who later confessed.", [(1.0, "arrested")]),
    ],
)
def test_other_clauses_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
