"""A country named before an attack's noun is the side that struck when the sentence names a
place outside it ("killed in US strikes in Yemen": the scene is Yemen, issue #11, place): the
country was taken for the scene, the first place of the sentence. A town before the noun, a
country with no place outside it, or a place inside it, keep today's reading. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


def _places(nlp: Language, text: str) -> set[str | None]:
    return {c.location for c in read_claims(nlp, text, DAY) if c.is_core}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people were killed in US strikes in Yemen, officials said.", "Yemen"),
        ("Three militants were killed in Turkey air raids in northern Iraq, the ministry said.",
         "northern Iraq"),
        ("Two fighters were killed in a Russia drone strike in Syria on Monday.", "Syria"),
        ("Four civilians died in Israel airstrikes in Lebanon, officials said.", "Lebanon"),
        # the strike's phrase lists its scenes
        ("Six fighters were killed in US strikes in Syria and Iraq, the Pentagon said.",
         "Syria and Iraq"),
        ("Three people died in Israel airstrikes in Gaza on Sunday.", "Gaza"),
        ("Eight people died in Israel air raids in Gaza and Lebanon on Monday.",
         "Gaza and Lebanon"),
    ],
)
def test_the_striking_country_is_not_the_scene(nlp: Language, text: str, place: str) -> None:
    assert _places(nlp, text) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in Pakistan floods on Tuesday.", "Pakistan"),
        ("Five people were killed in a Karachi blast on Tuesday.", "Karachi"),
        ("Six people were killed in US strikes, officials said.", "US"),
        ("Nine people were killed in a Kenya attack in Mandera, police said.", "Mandera"),
        ("Seven people were killed in US strikes in Texas, police said.", "Texas"),
        # one of the listed scenes is the striker's own
        ("Nine people were killed in Turkey air raids in Syria and Turkey, officials said.",
         "Turkey"),
        ("Four people died in Pakistan floods in Sindh and Punjab.", "Pakistan"),
        ("Two people were killed in a US strike near the Iraq border in Syria.", "Syria"),
        ("Four soldiers were killed in Nigeria in an attack by gunmen, the army said.",
         "Nigeria"),
        # attacks and bombings name their scene after the country as often; a place the
        # strike's own phrase does not name is where it was said or where others are based
        ("Nine people were killed in Nigeria attacks on Monday, a rights group said in London.",
         "Nigeria"),
        ("Seven people were killed in Iraq bombings, a foreign ministry said in Tehran.",
         "Iraq"),
        ("Eleven people were killed in a Pakistan attack claimed by a group based in "
         "Afghanistan, officials said.", "Pakistan"),
        ("Nine people were killed in Niger attacks near the border with Burkina Faso.",
         "Niger"),
        ("Five people were killed in US strikes, the rebels said in Sanaa.", "US"),
    ],
)
def test_other_places_before_an_attack_keep_their_reading(
    nlp: Language, text: str, place: str
) -> None:
    assert _places(nlp, text) == {place}
