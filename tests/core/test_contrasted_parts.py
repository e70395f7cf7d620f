"""Issue #11, unseen statistics copy: the second part of a breakdown told in a clause of its own
("of those hurt, 90 were officers, while 120 were civilians") is another part of the same
whole, read as the first part was. Sentences, units and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 2)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of those hurt in the riots, 90 were constables, while 120 were traders.",
         [("injured", 90), ("injured", 120)]),
        ("Of the 75 people slain in Orlen, 31 were guards, whereas 44 were herders.",
         [("killed", 75), ("killed", 31), ("killed", 44)]),
        ("Among the dead were 17 miners, and 6 were drivers.",
         [("killed", 17), ("killed", 6)]),
        # the later clause says what befell its own people: its own reading
        ("Of those slain, 16 were miners, while 20 were detained in Varna.",
         [("killed", 16), ("arrested", 20)]),
        # no part before: the later figure counts nothing of the toll
        ("Eight villagers were killed, while 300 were residents of the camp.",
         [("killed", 8)]),
        # a clause of time, not a second part
        ("Of those wounded, five were guards, as 40 were traders at the fair.",
         [("injured", 5)]),
    ],
)
def test_a_second_part_in_a_clause_of_its_own(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
