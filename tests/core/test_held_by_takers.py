"""Issue #11, headlines of a kidnapping: "Gunmen holding 12 after school kidnapping" counts
the captives (the takers' participle of holding, its object a bare figure or people); takers
holding things, or a report of no kidnapping, count none. Sentences we wrote; positive and
negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

figures = functools.partial(counted_figures, published=dt.date(2031, 6, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria: gunmen holding 12 after school kidnapping, officials say", [("kidnapped", 12)]),
        ("Bandits holding 25 pupils after dormitory kidnapping, police say", [("kidnapped", 25)]),
        # things held, or no kidnapping told
        ("Rebels holding 12 towns in the north kidnapped two aid workers, army says",
         [("kidnapped", 2)]),
        ("Police holding 12 after market riot, officials say", []),
    ],
)
def test_held_by_takers(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
