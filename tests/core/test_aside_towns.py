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


# a desk in the provincial capital; the lead names the district the bomb went off in
DESK = (
    "Bomb hits Charsadda bazaar\n\n"
    "PESHAWAR: A bomb hidden in a fruit cart went off in the main bazaar of Tangi in "
    "Charsadda district on Monday, police said.\n\n"
)


def test_the_bureaus_town_named_for_its_hospital_gives_way_to_the_spot() -> None:
    text = DESK + (
        "Twelve people were hurt in the explosion, of whom seven remain hospitalised in "
        "Peshawar, a doctor at the trauma ward said.\n"
    )
    found = dict(_places(text))
    # the town of the bazaar, told with its district
    assert found["Twelve"] == found["seven"] == "Tangi, Charsadda district"


def test_the_bureaus_town_a_figure_is_told_in_stays() -> None:
    text = DESK + "Separately, two policemen were wounded in Peshawar on Monday.\n"
    assert dict(_places(text))["two"] == "Peshawar"


def test_arrests_of_a_later_day_in_the_bureaus_town_stay_there() -> None:
    text = (
        "Toll climbs to five; four suspects held in Bannu\n\n"
        "KOHAT / BANNU: Two more soldiers hurt in Sunday's ambush on a convoy in Mir Ali "
        "tehsil died on Monday, taking the toll to five, officials said, adding that four "
        "suspects were held in Bannu.\n"
    )
    assert {where for number, where in _places(text) if number == "four"} == {"Bannu"}


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
        ("Officials said in a press release issued in Argungu that 14 herders had died.", True),
        ("The commissioner told journalists in Argungu that 14 herders had died.", True),
        ("Fourteen herders died in Argungu, the commissioner told journalists in Argungu.", False),
        ("Fourteen herders died in Argungu on Sunday, officials said.", False),
    ],
)
def test_a_town_named_only_where_words_were_said_is_aside(
    nlp: Language, sentence: str, aside: bool
) -> None:
    claim = _claim(sentence, sentence, "Argungu")
    found = towns_aside([Chunk(0, nlp(sentence))], [claim])
    assert ((0, "Argungu") in found) is aside


def _token(nlp: Language, sentence: str, word: str) -> bool:
    doc = nlp(sentence)
    return where_a_speaker_is(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        # the unit's noun holds the "in" of an official's description
        (
            "Maj. Omar Ise, a district officer in Lower Juba region, told journalists that "
            "five traders drowned.",
            "Juba",
            True,
        ),
        ("Five traders drowned in Lower Juba region on Sunday, a district officer said.", "Juba",
         False),
        # a state a title names, written with its kind, though a town bears its name
        ("A Sokoto state police spokesman told reporters that 12 traders were kidnapped on the "
         "highway.", "Sokoto", True),
        ("A Sokoto police spokesman told reporters that 12 traders were kidnapped on the "
         "highway.", "Sokoto",
         False),
    ],
)
def test_where_a_speaker_is(nlp: Language, sentence: str, word: str, speaker: bool) -> None:
    assert _token(nlp, sentence, word) is speaker


# a wire from the port city: the lead puts the yard near the city, the next paragraph names
# the town it lies in
NEAR = (
    "Fire at shipbreaking yard kills seven\n\n"
    "CHITTAGONG, May 6 (Reuters) - At least seven labourers died when a fuel tank caught "
    "fire at a shipbreaking yard {where} early on Monday, officials said{arrests}.\n\n"
    "The fire broke out at a yard in Sitakunda, a coastal strip 30 km north of the city, "
    "while some 200 labourers were at work, a fire officer said.\n"
)


def test_the_town_a_scene_lies_near_gives_way_to_the_spot() -> None:
    """So do arrests of a later day filed under the bureau's town."""
    text = NEAR.format(
        where="on the outskirts of Chittagong",
        arrests=", and police detained three supervisors on Tuesday",
    )
    found = _places(text)
    assert ("At least seven", "Sitakunda") in found
    assert ("three", "Sitakunda") in found


def test_the_bureaus_town_the_lead_puts_the_scene_in_stays() -> None:
    text = NEAR.format(where="in Chittagong", arrests="")
    assert ("At least seven", "Chittagong") in _places(text)
