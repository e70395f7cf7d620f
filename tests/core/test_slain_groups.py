"""Issue #11, unseen desk copy: a part of a group named by a harm participle ("two of the slain
officers were from ...") shares the group's harm; a headline's participle counts a group's
plural name ("police say 3 Maoists gunned down") and reads "slain" as the participle it only
is ("4 <Group> members slain"). Sentences, groups and places we invented."""

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
        ("Three of the slain officers were from the border force, officials said.",
         [("killed", 3)]),
        ("Two of the slain men were Moldovan nationals.", [("killed", 2)]),
        ("Four of the killed guards came from Tarsk district.", [("killed", 4)]),
        ("One of the martyred constables was from Varna.", [("killed", 1)]),
        # a participle that names no harm makes no part of one
        ("Two of the attacked guards were from Tarsk district.", []),
        ("Three of the named suspects were from Varna.", []),
    ],
)
def test_a_part_of_a_group_a_harm_participle_names(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen ambush patrol; police say 3 Maoists gunned down", [("killed", 3)]),
        ("2 Zapatistas shot dead near Orlen", [("killed", 2)]),
        ("4 Black Fang Brigade members slain, 6 nabbed in Varna raid",
         [("killed", 4), ("arrested", 6)]),
        # things named in the plural are no people
        ("3 Toyotas stolen from a dealer's lot", []),
    ],
)
def test_a_headline_participle_counts_a_named_group(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
