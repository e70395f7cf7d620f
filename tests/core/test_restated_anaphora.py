"""Issue #11, detection: a group said again by anaphora is a restatement in its measure:
"two suspects were arrested ... the two men had forged papers" (people named anew only by sex
or as people, after a group counted by its role), "arrested six people, including two
guards. The remaining four are cousins of an inmate" (the rest once a part was counted).
Not when the earlier count named them only as people ("three people were shot ... the three
men lived there" may be others), nor when two groups of the number were counted, nor when
no whole less a part leaves the number. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said two suspects were arrested at a checkpoint on Friday. Officers said the "
         "two men had forged papers.", [("arrested", 2), ("arrested", 2)]),
        ("Police arrested three suspects on Friday. The three men were hiding in a hut.",
         [("arrested", 3), ("arrested", 3)]),
        ("Police announced the arrest of six people, including two guards. The remaining four "
         "are cousins of an inmate, police said.",
         [("arrested", 6), ("arrested", 2), ("arrested", 4)]),
        ("Gunmen killed five villagers, including two children. The other three were farmers.",
         [("killed", 5), ("killed", 2), ("killed", 3)]),
        # counted only as people before; two groups of two; no whole less a part leaves five
        ("Three people were shot dead on Friday. The three men lived at the farm.",
         [("killed", 3)]),
        ("Two suspects were arrested and two guards were wounded. The two men had forged papers.",
         [("arrested", 2), ("injured", 2)]),
        ("Police arrested six people, including two guards. The remaining five are cousins.",
         [("arrested", 6), ("arrested", 2)]),
    ],
)
def test_a_group_said_again_by_anaphora_is_restated(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected
