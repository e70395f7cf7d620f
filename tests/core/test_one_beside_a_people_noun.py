"""One of a people listed before a count of another people told by a noun of its own ("an
Iraqi and two Syrian nationals"), or a plural people whose article the parser hung on the
one people's word ("an Indian and two Nepalis"): read nothing and one (issue #11, counts);
now the whole list, as "an American and two Canadians" reads. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("An Iraqi and two Syrian nationals were detained at the crossing on Monday.",
         [(3.0, "arrested")]),
        ("An Iraqi and two Syrian nationals were killed at the crossing on Monday.",
         [(3.0, "killed")]),
        ("An Indian and two Nepalis died when the bus fell into a gorge.", [(3.0, "killed")]),
        ("A Kenyan and three Ugandan workers were kidnapped near the border.",
         [(4.0, "kidnapped")]),
    ],
)
def test_the_one_and_the_counted_people_are_one_list(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a people's word before things: no one
        ("An Indian and two Nepali trucks were damaged in the blast.", []),
        ("An Italian and two French restaurants were damaged in the blast.", []),
        # read as a list already
        ("An Afghan and two Pakistani soldiers were killed in the clash.", [(3.0, "killed")]),
        # the counted people first: the group's figure (the seed reports' gold)
        ("Two Americans and a Canadian were injured in the attack.", [(2.0, "injured")]),
        # the people counted alone
        ("Two Syrian nationals were detained at the crossing on Monday.",
         [(2.0, "arrested")]),
        # the list names the speakers, not the victims
        ("An Iraqi and two Syrian officials said 12 people were hurt.", [(12.0, "injured")]),
    ],
)
def test_other_people_lists_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
