"""A pronoun that speaks after a sentence opened by a place the report writes as a place:
"Gunmen shot dead four passengers in Musakhel district on Monday, Assistant Commissioner Tamsin
Roye said. Musakhel is a remote district. He said 12 passengers were wounded." gave the source
"Musakhel" (the recogniser called the lone name a person there, and the gazetteer does not
know it). A name the report writes as a place elsewhere ("in Musakhel district", "visited
Kelmora"), or says is one ("is a remote district"), is no one "he" stands for: the person named
before speaks (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> set[str | None]:
    return {c.attribution for c in run_texts(text, published=DAY).claims if c.value == 12}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen shot dead four passengers in Musakhel district on Monday, Assistant "
         "Commissioner Tamsin Roye said. Musakhel is a remote district bordering Punjab. He "
         "said 12 passengers were wounded.", "Tamsin Roye"),
        ("Gunmen shot dead 12 passengers in Zarkhel district on Monday, Assistant Commissioner "
         "Tamsin Roye said. Zarkhel is a remote district. He said 12 passengers were shot.",
         "Tamsin Roye"),
        ("Police chief Ann Roe visited Kelmora on Monday. Kelmora was tense. She said 12 "
         "people were arrested in Kelmora.", "Ann Roe"),
        ("Villagers in Gorakhel fled their homes, the mayor, Tamsin Roye, said. Gorakhel is a "
         "small village. He said 12 houses were burned and 12 people were hurt.",
         "Tamsin Roye"),
    ],
)
def test_the_place_does_not_speak(text: str, source: str) -> None:
    assert source in _sources(text)
    assert not {s for s in _sources(text) if s and "Roye" not in s and "Roe" not in s}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a town whose name the recogniser does not call a person: read so already
        ("Floods swept through Tando Bago on Sunday, deputy commissioner Ann Roe said. Bago "
         "is a low-lying town. She said 12 people had drowned.", "Ann Roe"),
        # people named with one word, or with a place beside them
        ("Mahmoud ran to the market after the blast. He said 12 people were killed.",
         "Mahmoud"),
        ("Wiggins said the car sped off. He said 12 people were hurt.", "Wiggins"),
        # a lone surname after a quote, which the recogniser may not call a person
        ('"The streets are safer now," Maddox said. He said 12 people were arrested this '
         "year.", "Maddox"),
        ("Ann Roe, a teacher in Kelmora, saw the attack. She said 12 people were hurt.",
         "Ann Roe"),
        ("Police chief Ann Roe visited Kelmora. Ahmed, a shopkeeper, ran from his stall. He "
         "said 12 people were hurt.", "Ahmed, a shopkeeper"),
        ("Kelmora is a quiet town. Khan, a trader in the town, said 12 people were hurt.",
         "Khan, a trader in the town"),
    ],
)
def test_people_keep_their_reading(text: str, source: str) -> None:
    assert _sources(text) == {source}
