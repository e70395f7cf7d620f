"""Issue #11, detection: victims counted across killings ("has recorded eleven victims across
the earlier massacres", "40 victims of the killings") are the dead; in plural incidents told
as earlier they are another incident's, not the report's own. "Nine victims of the blast"
says nothing of death. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)

LEAD = "Gunmen killed 14 villagers in Tarko on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "A local radio station has recorded eleven victims across the earlier "
         "massacres in the district.", [("killed", 14), ("killed", 11)]),
        ("The group has counted 40 victims of the killings in the region this year.",
         [("killed", 40)]),
        # no deed of death
        ("The hospital recorded nine victims of the blast, most with burns.", []),
        ("The clinic has seen eleven victims across the district.", []),
    ],
)
def test_victims_of_killings_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (LEAD + "A local radio station has recorded eleven victims across the earlier "
         "massacres in the district.", True),
        (LEAD + "Eleven villagers were killed in the earlier attack on the market.", False),
    ],
)
def test_victims_of_earlier_incidents_are_recalled(
    nlp: Language, text: str, recalled: bool
) -> None:
    last = read_claims(nlp, text, PUB)[-1]
    assert last.value == 11
    assert last.recalls is recalled
