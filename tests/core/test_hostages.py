"""Issue #11, unseen desk copy: people a verb takes or keeps "hostage" ("captive", "prisoner")
are captives, kidnapped, whatever the parser made of the complement; the takers are not.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 2)


def figures(nlp: Language, text: str) -> list[tuple[str, str, float]]:
    return [(c.number_text, c.measure, c.value) for c in counted_claims(nlp, text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rioting inmates took four jail guards hostage on Tuesday.",
         [("four", "kidnapped", 4)]),
        ("The robbers took 20 passengers hostage on the bus.", [("20", "kidnapped", 20)]),
        ("Militants have taken two engineers captive near Orlen.",
         [("two", "kidnapped", 2)]),
        ("The rebels took two soldiers prisoner after the ambush.",
         [("two", "kidnapped", 2)]),
        # a war's count of prisoners, the takers, a van: no captives of a hostage-taking
        ("The army took 200 prisoners in the battle.", []),
        ("Two prisoner vans were set on fire.", []),
        ("The guards took five minutes to respond.", []),
    ],
)
def test_people_taken_hostage_are_captives(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figures(nlp, text) == expected
