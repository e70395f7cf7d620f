"""Issue #11, detection: in a report that counted people kidnapped, a witness's "They number
27" or "They took at least 40" counts the captives; in any other report, or with a noun of
its own ("they took 35 goats"), it does not. Sentences, people and places we invented."""

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

RAID = "Gunmen stormed the village of Tarko on Sunday and abducted dozens of pupils. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RAID + 'Elders wrote down every name. "They number 31," one elder said.',
         [("kidnapped", 12), ("kidnapped", 31)]),
        (RAID + '"They took at least 35, mostly girls," a shopkeeper said.',
         [("kidnapped", 12), ("kidnapped", 35)]),
        # the report counted no captives: a flood, a count of goats
        ('Floods hit the village of Tarko on Sunday. "They number 31," one elder said.', []),
        (RAID + '"They took at least 35 goats too," a herder said.', [("kidnapped", 12)]),
    ],
)
def test_a_witness_counts_the_captives_in_a_kidnapping_report(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
