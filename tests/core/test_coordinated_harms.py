"""A second harm verb the parser folds into the first one's object is a verb of its own
("the quake killed 12 and injured dozens": twelve dead, dozens hurt, not two counts of dead);
a figure the object of a deed done beside a harm is no more of it ("injuring three and knocking
out power to thousands"); the noun a count hangs on says what befell it, not a participle that
describes the people ("the bodies of five labourers abducted last week": five dead). Issue #11,
detection; sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import Figures
from tests.core.claim_factory import core_figures as figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the second verb on the noun as an adjective, or on the count
        ("The landslide killed 11 and injured dozens.", [(11, "killed"), (12, "injured")]),
        ("The mortar fire killed four and wounded scores.", [(4, "killed"), (20, "injured")]),
        ("A truck bomb went off near the gate, killing 17 and wounding scores.",
         [(17, "killed"), (20, "injured")]),
        ("The stampede killed at least eight and injured hundreds.",
         [(8, "killed"), (100, "injured")]),
        # as the parser reads it already: nothing changes
        ("The bomb killed 12 people and injured 30.", [(12, "killed"), (30, "injured")]),
        ("The army killed 30 and captured hundreds of fighters.",
         [(30, "killed"), (100, "arrested")]),
    ],
)
def test_a_second_harm_verb_counts_its_own(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A strong quake struck before dawn, injuring at least five people and knocking out "
         "power to thousands, officials said.", [(5, "injured")]),
        ("The storm killed two and cut water to hundreds of homes.", [(2, "killed")]),
    ],
)
def test_a_deed_beside_the_harm_counts_none_of_it(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun the count hangs on says what befell them, not the participle describing them
        ("The bodies of six shepherds abducted last month were found in a ravine on Friday.",
         [(6, "killed")]),
        ("Rescuers pulled out the bodies of four miners trapped since Monday.", [(4, "killed")]),
        ("Police announced the arrest of three men wanted for the robbery.", [(3, "arrested")]),
        # no noun before the count: the participle tells what befell them
        ("Six shepherds abducted last month were freed on Friday.", [(6, "kidnapped")]),
    ],
)
def test_the_noun_a_count_hangs_on_says_what_befell_it(
    nlp: Language, text: str, expected: Figures
) -> None:
    assert figures(nlp, text) == expected
