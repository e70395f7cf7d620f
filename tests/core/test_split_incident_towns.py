"""Issue #11, places: a town before an incident's words the parser splits ("in Karachi target
killing", "in Mardan mob lynching": the gerund hung on the verb, the noun before it left as
the phrase's head) is the place, as it is before a whole chain of nouns ("the Quetta grenade
attack"); the noun is the incident's kind, no part of a place called "Karachi target".
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cleric shot dead in Kohat target killing\n"
         "KOHAT: A cleric was shot dead in Jungle Khel on Sunday, police said.",
         ["Kohat", "Kohat"]),
        ("Youth killed in Sialkot mob lynching\n"
         "SIALKOT: A youth was beaten to death by a mob in Daska on Sunday, police said.",
         ["Sialkot", "Daska"]),
        ("Shopkeeper shot dead in Karachi target killing\n"
         "KARACHI: A shopkeeper was shot dead in Orangi Town on Sunday night, police said.",
         ["Orangi Town, Karachi", "Orangi Town, Karachi"]),
        ("Student killed in Mardan mob lynching\n"
         "MARDAN: A student was beaten to death by a mob on the campus on Sunday, police said.",
         ["Mardan"]),
        ("Man shot dead in Quetta target killing\n"
         "QUETTA: A man was shot dead on Sariab Road on Sunday night, police said.",
         ["Quetta", "Quetta"]),
    ],
)
def test_the_town_before_a_split_incident(
    nlp: Language, text: str, expected: list[str | None]
) -> None:
    assert places_read(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue of the town, a whole chain of nouns, a town alone, an arrest's headline
        ("Three injured in blast at Gwadar port\n"
         "GWADAR: Three workers were injured in a blast at the Gwadar port on Sunday, police "
         "said.", ["Gwadar port", "Gwadar port"]),
        ("Two killed in firing at Quetta market\n"
         "QUETTA: Two men were shot dead at the Quetta market on Sunday, police said.",
         ["QUETTA", "Quetta"]),
        ("Policeman among two killed in Bannu shooting\n"
         "BANNU: A policeman and a passerby were shot dead in Bannu on Sunday, police said.",
         ["Bannu", "Bannu"]),
        ("Two held for Karachi target killings\n"
         "KARACHI: Police arrested two suspects in Orangi Town on Sunday, police said.",
         ["Orangi Town, Karachi", "Orangi Town, Karachi"]),
        ("Two shot dead in Karachi target killings\n"
         "KARACHI: Two men were shot dead in Orangi Town on Sunday, police said.",
         ["KARACHI", "Orangi Town, Karachi"]),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert places_read(nlp, text, None) == expected
