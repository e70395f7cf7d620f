"""Issue #11, detection: the people a funeral or burial is held for are dead ("after the
first funeral for 12 villagers", "a burial for 14 villagers"); mourners, hours and a group
the report counted before (read as said again) are not a new count. Sentences, people and
places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the first funeral for 12 villagers, three more bodies were recovered.",
         [("killed", 12), ("killed", 3)]),
        ("Residents held a mass burial for 14 villagers in Tarko on Monday.", [("killed", 14)]),
        ("A funeral for 30 people was held in Kavo on Sunday.", [("killed", 30)]),
        # not the mourned: mourners, people attending, hours
        ("The funeral lasted two hours and drew 500 mourners.", []),
        ("Ten people attended the funeral of the chief in Kavo.", []),
    ],
)
def test_people_a_funeral_is_held_for_are_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
