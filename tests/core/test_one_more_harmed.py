"""One more harmed in a gapped clause after a count: "Four police officers were killed and
one more injured" read only the four (issue #11, counts): the parser hangs "injured" on "one"
past "more", and a bare "one" in a list counted nothing; now injured 1, as "and two more
injured" and "and one more was injured" read. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Four police officers were killed and one more injured when their vehicle hit a bomb.",
         [(4.0, "killed"), (1.0, "injured")]),
        ("Two soldiers were killed and one more injured in the ambush.",
         [(2.0, "killed"), (1.0, "injured")]),
        ("Six pilgrims were killed and one more injured when the bus overturned.",
         [(6.0, "killed"), (1.0, "injured")]),
        ("Two guards were killed and one more injured during the attack.",
         [(2.0, "killed"), (1.0, "injured")]),
    ],
)
def test_one_more_harmed_is_counted(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # read already: the participle a verb of its own, or after "other"
        ("Four police officers were killed and one other injured in the blast.",
         [(4.0, "killed"), (1.0, "injured")]),
        ("Two soldiers were killed and one more wounded in the ambush on Monday.",
         [(2.0, "killed"), (1.0, "injured")]),
        ("Three suspects were arrested and one more detained on Friday.",
         [(3.0, "arrested"), (1.0, "arrested")]),
        ("Four police officers were killed and two more injured.",
         [(4.0, "killed"), (2.0, "injured")]),
        ("Four police officers were killed and one more was injured.",
         [(4.0, "killed"), (1.0, "injured")]),
        # one more of no harm
        ("He thanked Omar and one more volunteer.", []),
        ("Police arrested three suspects and questioned one more on Friday.",
         [(3.0, "arrested")]),
        # one named in a list with no harm of its own
        ("Police spoke to the driver and one more witness on Friday.", []),
        ("Four people were killed and one more is missing.", [(4.0, "killed")]),
    ],
)
def test_other_ones_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
