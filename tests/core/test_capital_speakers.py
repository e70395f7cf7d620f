"""Where people speak from is no scene (issue #11, place): campaigners, ministries or
officials "in <national capital>" said something of a jail or a town elsewhere; their
capital never becomes the report's town. A jail named after its town ("the Larkana District
Jail") that inmates broke out of says where it happened. Sentences written for these
classes, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.jail_towns import a_jail_town
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_RIOT = (
    "Inmates who rioted at the district jail late on Monday wounded five guards, police "
    "said.\n\nTwo of the wounded guards were later moved to a bigger hospital.\n\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "Rights campaigners in Islamabad said prisons across the province were overcrowded.",
        "Officials in New Delhi said the jails of the state needed more guards.",
    ],
)
def test_people_speaking_in_the_capital_give_no_town(nlp: Language, last: str) -> None:
    text = _RIOT + last + "\n"
    assert place_of(nlp, text, "five") is None
    assert place_of(nlp, text, "Two") is None


def test_the_capitals_own_police_speak_for_it(nlp: Language) -> None:
    text = _RIOT + "Police in Islamabad said the jail had held 900 men.\n"
    assert place_of(nlp, text, "five") == "Islamabad"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Nine inmates broke out of the Larkana District Jail on Sunday night.", "Larkana"),
        ("Six prisoners escaped from Hyderabad Central Prison on Friday.", "Hyderabad"),
        ("Armed men stormed the Bannu jail and freed some 200 inmates.", "Bannu"),
    ],
)
def test_a_jail_broken_out_of_names_its_town(nlp: Language, text: str, town: str) -> None:
    tok = next(t for t in nlp(text) if t.text == town)
    assert a_jail_town(tok)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # where a suspect is held or sent is no scene of the report's figures
        ("The two suspects were shifted to the Larkana District Jail.", "Larkana"),
        ("He has been held in the Hyderabad Central Prison since May.", "Hyderabad"),
        # a grade word is no town
        ("Nine inmates broke out of the Larkana Central Jail.", "Central"),
    ],
)
def test_a_jail_held_in_or_sent_to_names_no_scene(nlp: Language, text: str, name: str) -> None:
    tok = next(t for t in nlp(text) if t.text == name)
    assert not a_jail_town(tok)


def test_the_town_of_the_jail_broken_out_of_files_the_figures(nlp: Language) -> None:
    text = (
        "Prisoners who broke out of the Larkana Central Prison late on Monday wounded four "
        "warders, police said.\n\nActivists in Islamabad said the jail was overcrowded.\n"
    )
    assert place_of(nlp, text, "four") == "Larkana"
