"""One of a group counted before by no harm (cornered, chased, intercepted), told shot in the
passive: "Police intercepted four gunmen. One of them was shot in the leg" read nothing, where
"police shot one of them" and "One of the gunmen was shot" read injured 1 (issue #11, counts).
Of people counted dead or hurt before, "shot" tells how, no harm of its own ("Three were
killed. One of them was shot in the head"). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Police intercepted four gunmen. One of them was shot in the leg.",
         [(1.0, "injured")]),
        ("Police intercepted four gunmen; one of them was shot and arrested.",
         [(1.0, "injured")]),
        ("Police chased three robbers into the market. One of them was shot.",
         [(1.0, "injured")]),
        ("Troops cornered five militants in a house. One of them was shot in the arm.",
         [(1.0, "injured")]),
    ],
)
def test_one_of_a_group_shot_is_hurt(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the group was counted dead or hurt: "shot" tells how
        ("Three people were killed in the attack. One of them was shot in the head.",
         [(3.0, "killed")]),
        ("Gunmen wounded four guards. One of them was shot in the chest.", [(4.0, "injured")]),
        ("Two people were shot dead and three wounded. One of them was shot in the chest.",
         [(2.0, "killed"), (3.0, "injured")]),
        # no group counted before: "them" may be anyone
        ("One of them was shot in the leg.", []),
        # things counted before, no people
        ("Police intercepted four trucks. One of them was shot at.", []),
        # the same deed told otherwise reads as before
        ("Police intercepted four gunmen and shot one of them.", [(1.0, "injured")]),
        ("Police intercepted four gunmen. One of the gunmen was shot in the leg.",
         [(1.0, "injured")]),
        ("Police intercepted four gunmen. One of them was killed.", [(1.0, "killed")]),
    ],
)
def test_other_parts_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
