"""A town a sentence names only where the hurt were cared for ("remain hospitalised in X",
"died on the way to the hospital in Y") or where words were said ("said in a statement
issued in Z") is no place of its figures: they stay with the incident's scene, the report's
spot taking them over the bureau's town; and arrests made on a later day with no place of
their own are the incident's (issue #11, place). Sentences written for this class."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.aside_towns import towns_aside
from core.extract.nlp import Chunk
from core.extract.speaker_places import where_a_speaker_is
from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


def _places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the verb of care itself holds the town
        (
            "Twelve people were wounded in a bomb blast in Mardan on Monday, of whom five "
            "remain hospitalised in Peshawar, a doctor said.\n",
            "five",
            "Mardan",
        ),
        # the parser hangs the hospital's town on the verb of death
        (
            "Gunmen killed four men at a tea stall in Bannu on Monday, and a fifth victim died "
            "on the way to the hospital in nearby Kohat, police said.\n",
            "four",
            "Bannu",
        ),
        # a hospital attacked, or the scene of the killing, is the place
        ("Gunmen attacked the hospital in Kohat on Monday, killing four guards.\n", "four",
         "Kohat"),
        ("Gunmen killed four guards at the hospital in Kohat on Monday.\n", "four", "Kohat"),
    ],
)
def test_a_hospitals_town_is_no_place_of_the_hurt(text: str, figure: str, place: str) -> None:
    assert [where for number, where in _places(text) if number == figure] == [place]


# a desk in the provincial capital; the lead names the town the grenade hit
DESK = (
    "Grenade hits Tral market\n\n"
    "SRINAGAR: A grenade exploded in the main market of Tral in Pulwama district on Monday, "
    "officials said.\n\n"
)


def test_the_bureaus_town_named_for_its_hospital_gives_way_to_the_spot() -> None:
    text = DESK + (
        "Fifteen persons were injured in the blast, of whom nine remain hospitalised in "
        "Srinagar, a doctor said.\n"
    )
    found = dict(_places(text))
    assert found["Fifteen"] == found["nine"] == "Tral, Pulwama district"


def test_the_bureaus_town_a_figure_is_told_in_stays() -> None:
    text = DESK + "In a separate attack, two soldiers were wounded in Srinagar on Monday.\n"
    assert dict(_places(text))["two"] == "Srinagar"


def test_arrests_of_a_later_day_with_no_place_of_their_own_are_the_incidents() -> None:
    text = (
        "Shopkeeper hurt in Tral grenade attack dies\n\n"
        "SRINAGAR: A shopkeeper injured in Sunday's grenade attack in the main market of Tral "
        "in Pulwama district died on Monday, officials said, even as the police arrested "
        "three suspects in connection with the attack.\n"
    )
    assert dict(_places(text))["three"] == "Tral, Pulwama district"


def test_arrests_of_a_later_day_in_the_bureaus_town_stay_there() -> None:
    text = (
        "Toll rises to six; three held in Tank\n\n"
        "DERA ISMAIL KHAN / TANK: Two more policemen injured in Sunday's attack on a checkpost "
        "in Daraban tehsil died on Monday, raising the toll to six, police said.\n"
    )
    assert dict(_places(text))["three"] == "Daraban tehsil, Tank"


def _claim(text: str, sentence: str, where: str) -> Claim:
    start = text.index(sentence)
    return Claim(
        id="c1", document_id="d1", start=start, end=start + 1, number_text="seven", value=7.0,
        qualifier="exact", low=7.0, high=7.0, measure="killed", sentence=sentence,
        sentence_start=start, sentence_end=start + len(sentence), rule="test", location=where,
    )


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("The spokesman said in a statement issued in Funtua that seven people were killed.", True),
        ("The police chief told reporters in Funtua that seven people were killed.", True),
        ("Seven people were killed in Funtua, the police chief told reporters in Funtua.", False),
        ("Seven people were killed in Funtua on Monday, police said.", False),
    ],
)
def test_a_town_named_only_where_words_were_said_is_aside(
    nlp: Language, sentence: str, aside: bool
) -> None:
    claim = _claim(sentence, sentence, "Funtua")
    found = towns_aside([Chunk(0, nlp(sentence))], [claim])
    assert ((0, "Funtua") in found) is aside


def _token(nlp: Language, sentence: str, word: str) -> bool:
    doc = nlp(sentence)
    return where_a_speaker_is(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        # the unit's noun holds the "in" of an official's description
        (
            "Col. Ahmed Nur Farah, a police commander in Lower Juba region, told reporters "
            "that six soldiers died.",
            "Juba",
            True,
        ),
        ("Six soldiers died in Lower Juba region on Monday, a police commander said.", "Juba",
         False),
        # a state a title names, written with its kind, though a town bears its name
        ("The Kano state police spokesman said on Monday that 31 people had been abducted.",
         "Kano", True),
        ("The Kano police spokesman said on Monday that 31 people had been abducted.", "Kano",
         False),
    ],
)
def test_where_a_speaker_is(nlp: Language, sentence: str, word: str, speaker: bool) -> None:
    assert _token(nlp, sentence, word) is speaker


# a wire from the capital: the lead puts the factory near the capital, the next paragraph
# names the town it stands in
NEAR = (
    "Boiler blast kills nine at Bangladesh factory\n\n"
    "DHAKA, May 6 (Reuters) - At least nine workers were killed when a boiler exploded at a "
    "dyeing factory {where} early on Monday, fire officials said{arrests}.\n\n"
    "The blast tore through the plant in Ashulia, an industrial belt 25 km northwest of the "
    "capital, when some 400 workers were on the night shift, an official said.\n"
)


def test_the_town_a_scene_lies_near_gives_way_to_the_spot() -> None:
    text = NEAR.format(
        where="on the outskirts of Dhaka", arrests=", and police arrested two managers on Tuesday"
    )
    found = _places(text)
    assert ("At least nine", "Ashulia") in found
    assert ("two", "Ashulia") in found


def test_the_bureaus_town_the_lead_puts_the_scene_in_stays() -> None:
    text = NEAR.format(where="in Dhaka", arrests="")
    assert ("At least nine", "Dhaka, Bangladesh") in _places(text)
