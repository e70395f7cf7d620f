"""Issue #11, unseen desk copy: people said to be missing in a report of a kidnapping are the
captives (with the parts its list gives), the missing of a flood are not; people "held by" a
gang or captors are captives, a bare "dozens" held too; "held by police" stays an arrest and
"held by gunmen at gunpoint" none. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men abducted dozens of farmers from Tarsk on Friday. Relatives have counted "
         "29 people missing, 11 of them women and 8 children.",
         [("dozens", "kidnapped"), ("29", "kidnapped"), ("11", "kidnapped"),
          ("8", "kidnapped")]),
        ("Bandits kidnapped 40 passengers from a bus near Orlen. Families say 43 people are "
         "missing.", [("40", "kidnapped"), ("43", "kidnapped")]),
        ("Raiders seized 25 villagers on Monday. Some 20 villagers remain unaccounted for.",
         [("25", "kidnapped"), ("Some 20", "kidnapped")]),
        # the missing of a flood, or missing before any kidnapping, are no captives
        ("Floods swept through Tarsk. Officials said 12 people are missing.", []),
        ("Nine fishermen are missing after a storm. Pirates later kidnapped four sailors.",
         [("four", "kidnapped")]),
    ],
)
def test_the_missing_of_a_kidnapping_are_captives(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight of the hostages fled, but 30 are still held by the gang.",
         [("Eight", "kidnapped"), ("30", "kidnapped")]),
        ("Five captives escaped; dozens are still held by their captors.",
         [("Five", "kidnapped"), ("dozens", "kidnapped")]),
        ("Hundreds were held by police after the riots in Varna.", [("Hundreds", "arrested")]),
        # threatened in a robbery; things held
        ("Four clerks were held by gunmen at gunpoint for an hour.", []),
        ("Dozens of rallies were held across Varna.", []),
    ],
)
def test_people_held_by_captors_are_captives(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
