"""War copy opens on the town a force struck, named as the verb's object, not after "in"
("Russian drones struck Sumy on Monday, killing two", "Israel shelled Khiam"): the town is the
scene (issue #11, place). The figures went to the bureau's dateline or to the attacking
country. A state named before strikes made on a place ("US strikes on Marib") is who struck,
never where. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.bombarded_places import bombarded
from tests.core.claim_factory import places_read, report_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KYIV (Reuters) - Russian drones struck Sumy on Monday, killing two people, the "
         "regional governor said.", "Sumy"),
        ("KYIV (Reuters) - Russian troops shelled Kherson overnight, killing four civilians, "
         "officials said.", "Kherson"),
        ("BEIRUT (Reuters) - Israeli warplanes pounded Nabatieh on Sunday, killing five "
         "people, the health ministry said.", "Nabatieh"),
        ("KYIV (AP) - A ballistic missile hit Dnipro on Tuesday, wounding 14 people, the "
         "mayor said.", "Dnipro"),
        ("KYIV (AP) - Militants attacked Mykolaiv on Tuesday, killing two guards, police "
         "said.", "Mykolaiv"),
        ("Russia attacked Odesa with guided bombs on Sunday, killing three people, the "
         "governor said.", "Odesa"),
    ],
)
def test_the_town_a_force_struck(nlp: Language, text: str, place: str) -> None:
    assert places_read(nlp, text, DAY) == [place]


def test_the_striking_state_is_no_place_of_the_headline() -> None:
    text = (
        "Bombs kill three\n\nKYIV (Reuters) - Russia attacked Odesa with guided bombs on "
        "Sunday, killing three people, the governor said."
    )
    assert set(report_places(text, DAY)) == {"Odesa"}


@pytest.mark.parametrize(
    "text",
    [
        "SANAA (Reuters) - US air strikes on Marib killed 12 people on Sunday night, local "
        "officials said.",
        "SANAA (Reuters) - British and US strikes on Marib killed 12 people on Sunday, "
        "officials said.",
    ],
)
def test_a_state_before_strikes_on_a_place_struck(text: str) -> None:
    assert report_places(text, DAY) == ["Marib"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a person a mob attacked is no place
        ("In Lviv, a mob attacked Petrenko on Sunday, injuring two bystanders, police "
         "said.", "Lviv"),
        # the town after "in" keeps its reading
        ("Russian forces shelled the outskirts in Kherson on Monday, killing two people.",
         "Kherson"),
        # a US strike in a town: the town, as before
        ("A US drone strike in Marib killed three people on Monday, officials said.",
         "Marib"),
    ],
)
def test_near_misses_keep_their_place(nlp: Language, text: str, place: str) -> None:
    assert places_read(nlp, text, DAY) == [place]


def test_a_country_that_suffered_is_still_the_place(nlp: Language) -> None:
    text = "Floods hit Kenya on Monday, killing 40 people, officials said."
    assert places_read(nlp, text, DAY) == ["Kenya"]


@pytest.mark.parametrize(
    ("text", "name", "struck"),
    [
        ("Russian drones struck Sumy on Monday.", "Sumy", True),
        ("Gunmen attacked Ravi on Monday.", "Ravi", True),
        # no force strikes: a court's fine, a deal struck, a storm (read elsewhere)
        ("The court hit Sumy with a fine on Monday.", "Sumy", False),
        ("Officials in Kyiv struck Sumy off the list on Monday.", "Sumy", False),
        ("A storm hit Sumy on Monday.", "Sumy", False),
    ],
)
def test_what_a_striking_subject_acted_on(
    nlp: Language, text: str, name: str, struck: bool
) -> None:
    tok = next(t for t in nlp(text) if t.text == name)
    assert bombarded(tok, named=True) is struck


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the place the clause names is the scene; a person's name is no town
        ("Gunmen attacked Jackson at his home in Abuja late on Sunday, killing his two "
         "guards, police said.", "Jackson"),
        # a country's group, not a town
        ("Kenya hit Somalia's al-Shabaab with airstrikes in Gedo, killing 30 militants, the "
         "army said.", "al-Shabaab, Gedo"),
        # a capital named for its government attacks in words
        ("Moscow attacked Kyiv over the deaths of 65 prisoners in a plane crash in Belgorod, "
         "the Kremlin said.", "Kyiv"),
    ],
)
def test_no_town_struck(nlp: Language, text: str, wrong: str) -> None:
    assert wrong not in places_read(nlp, text, DAY)
