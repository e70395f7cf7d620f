"""A figure filed under a place that holds the report's scene (a state, a region, an island)
takes the scene: the town a venue is named by where NER took the town for a people, a region
the report writes by its officials ("the X regional police commander"), an island the
report writes as one ("the island of X"), and a state named only in a spokesman's title
("X state police spokesman") past the opening (issue #11, place). Sentences written for this
class."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Span

from core.extract.admin_units import unit_chains
from core.extract.aside_towns import towns_aside
from core.extract.incident_scene import narrower_scene
from core.extract.nlp import Chunk
from core.extract.opening_spots import a_persons_name, mentions, written_wide
from core.extract.province_scenes import inside_told_province
from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)

VENUE = "Nine people were killed in Sunday's bombing at the Wanlaweyn bus station, a doctor said."


@pytest.mark.parametrize(
    ("home", "found"),
    [
        ("Mogadishu, Somalia", True),  # a town of the report's country
        ("Nairobi, Kenya", False),  # abroad: a people's name, as NER read it
    ],
)
def test_a_venues_town_ner_read_as_a_people(nlp: Language, home: str, found: bool) -> None:
    doc = nlp(VENUE)
    town = next(t for t in doc if t.text == "Wanlaweyn")
    doc.set_ents([Span(doc, town.i, town.i + 1, label="NORP")], default="outside")
    names = [name for _, name in mentions(doc[:], -1, home)]
    assert ("Wanlaweyn" in names) is found


@pytest.mark.parametrize(
    ("text", "wide"),
    [
        ("The Hiraan regional police commander said four were held.", True),
        ("The Hiraan provincial governor visited the wounded.", True),
        ("The wounded were taken to the Hiraan Regional Hospital.", False),
        ("The bomb went off in Hiraan on Sunday.", False),
    ],
)
def test_a_region_written_by_its_officials_is_wide(text: str, wide: bool) -> None:
    assert written_wide("Hiraan", text) is wide


def test_an_island_holding_the_village_gives_way_to_it() -> None:
    text = (
        "Five soldiers killed in ambush on Mindoro island\n\n"
        "MANILA, May 5 (Wire) - Five soldiers were killed and two wounded on Monday when "
        "rebels ambushed an army patrol on the southern island of Mindoro, the military "
        "said.\n\n"
        "The patrol was returning to its camp when rebels opened fire in Barangay Malisbong, "
        "a village in Sablayan town, the army said.\n"
    )
    places = [c.location or "" for c in core_claims_by_text([text], PUB)[text]]
    assert len(places) == 3
    assert all(p.startswith("Barangay Malisbong") for p in places)


RAID = (
    "Raiders carry off dozens of villagers in Nigeria\n"
    "Sokoto (Wire) – Armed raiders on horseback swept into a cattle market in Nigeria's "
    "northern Kaduna state on Saturday and carried off at least 35 traders, market leaders "
    "and a village head said on Sunday.\n"
    "The raiders, about 40 in all, ringed the market at Rimau village in Kauru district in "
    "the late afternoon and herded the traders toward the hills, said Alhaji Garba Lawal, who "
    "chairs the traders' union.\n"
    "A herdsman was shot dead as he ran for his cattle, and three other traders were hurt, he "
    "said by telephone.\n"
    '"Nobody could run. They had guns on every side," said trader Danjuma Yahaya, who hid '
    "under a stall.\n"
    "Kaduna state police spokesman Yakubu Sani confirmed the raid but said 22 people had "
    "been seized.\n"
)


def test_a_state_named_in_a_spokesmans_title_is_no_place_of_his_figure() -> None:
    claims = core_claims_by_text([RAID], PUB)[RAID]
    assert [c.location for c in claims if c.number_text == "22"] == [
        "Rimau village, Kauru district"
    ]


def _claim(sentence: str, where: str) -> Claim:
    return Claim(
        id="c1", document_id="d1", start=0, end=1, number_text="seven", value=7.0,
        qualifier="exact", low=7.0, high=7.0, measure="killed", sentence=sentence,
        sentence_start=0, sentence_end=len(sentence), rule="test", location=where,
    )


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("Kaduna state police spokesman Yakubu Sani said 22 people had been seized.", True),
        # the town named as the scene too: no aside
        ("Gunmen seized 22 people in Kaduna, Kaduna state police spokesman Yakubu Sani said.",
         False),
    ],
)
def test_a_title_province_is_aside(nlp: Language, sentence: str, aside: bool) -> None:
    found = towns_aside([Chunk(0, nlp(sentence))], [_claim(sentence, "Kaduna")])
    assert ((0, "Kaduna") in found) is aside


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        # the unit set off by commas holds the village before it; not a time so set off
        ("Police said the raid on Gidan Bawa village, in Isa district, happened late on Monday.",
         "Gidan Bawa village, Isa district"),
        ("Gunmen killed two farmers in Gidan Bawa village, in the early hours of Monday.",
         None),
    ],
)
def test_a_unit_after_a_comma_and_in_holds_the_village(
    nlp: Language, sentence: str, chain: str | None
) -> None:
    names = [name for _, _, name in unit_chains(nlp(sentence)[:])]
    assert names == ([chain] if chain else [])


VILLAGE_IN_DISTRICT = (
    "Bandits kill 9, seize 15 in northwest Nigeria village, police say\n\n"
    "ABUJA, May 5 (Wire) - Armed bandits killed nine people and seized 15 others in a night "
    "raid on a village in Nigeria's northwestern Sokoto state, police said on Tuesday, while "
    "residents put the toll higher.\n\n"
    "Police spokesman Ahmed Rufai said in a statement that the raid on Gidan Bawa village, in "
    "Isa district, happened late on Saturday and that officers had freed two of the captives "
    "during a search of a nearby forest on Monday.\n"
)


def test_the_village_a_later_sentence_puts_in_a_district_is_the_scene() -> None:
    claims = core_claims_by_text([VILLAGE_IN_DISTRICT], PUB)[VILLAGE_IN_DISTRICT]
    assert {c.location for c in claims if c.measure == "killed"} == {
        "Gidan Bawa village, Isa district"
    }


@pytest.mark.parametrize(
    ("before", "new", "scene"),
    [
        # the state the village is written with, which the gazetteer reads as its capital
        ("Katsina", "Gidan Bawa village, Katsina state", "Gidan Bawa village, Katsina state"),
        ("Kano", "Gidan Bawa village, Katsina state", "Kano"),  # another place
        # a district named after its town is wider than the town: no one place
        ("Pishinabad", "Rimau area, Pishinabad district", "Pishinabad"),
    ],
)
def test_the_name_a_village_is_written_with_holds_it(before: str, new: str, scene: str) -> None:
    assert narrower_scene(before, new) == scene


@pytest.mark.parametrize(
    ("name", "persons"),
    [
        # a township's name beside another township's is no family's name
        ("Brushcreek Township", False),
        ("Ann Vance", True),  # a first and a family name, beside another first name
    ],
)
def test_a_place_kind_is_no_family_name(name: str, persons: bool) -> None:
    text = (
        "A fire broke out at a farmhouse in Brushcreek Township, neighbour Ann Vance said. It came "
        "a month after a Walnut Township home burned down, Tom Vance said.\n"
    )
    assert a_persons_name(name, text) is persons


@pytest.mark.parametrize(
    ("told", "inside"),
    [
        # a village and the unit the report puts it in, both unknown to the gazetteer
        ("Gidan Bawa village, Tsaskiya district", True),
        ("Gidan Bawa village", False),  # a village alone is written with the province
    ],
)
def test_a_village_told_with_its_district_lies_in_the_leads_state(told: str, inside: bool) -> None:
    assert (inside_told_province("Katsina state", told) == told) is inside


IN_A_STATE = (
    "Bandits kill 9, seize 15 in northwest Nigeria village, police say\n\n"
    "ABUJA, May 5 (Wire) - Armed bandits killed nine people and seized 15 others in a night "
    "raid on a village in Nigeria's northwestern Katsina state, police said on Tuesday, while "
    "residents put the toll higher.\n\n"
    "Police spokesman Ahmed Rufai said in a statement that the raid on Gidan Bawa village, in "
    "Tsaskiya district, happened late on Saturday and that officers had freed two of the "
    "captives during a search of a nearby forest on Monday.\n"
)


def test_the_headline_and_the_lead_under_the_state_take_its_village() -> None:
    claims = core_claims_by_text([IN_A_STATE], PUB)[IN_A_STATE]
    assert {c.location for c in claims} == {"Gidan Bawa village, Tsaskiya district"}


CHECKPOINT = (
    "Toll from Somalia suicide bombing at {town} checkpoint rises to 12\n\n"
    "The toll from a suicide bombing at an army checkpoint in southern Somalia has risen to "
    "12, officials said on Tuesday.\n\n"
    "A regional official said eight soldiers and four civilians were among the dead and that "
    "15 others were wounded in Monday's blast.\n"
)
NAMED_A_TOWN = (
    "\nThe bomber rammed a minibus into the checkpoint at the northern edge of Qoryoley, a "
    "farming town on the river, as soldiers searched traffic.\n"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town the gazetteer lacks, which the report writes as a town
        (CHECKPOINT.format(town="Qoryoley") + NAMED_A_TOWN, "Qoryoley"),
        # a name before a venue's noun, never written as a town: no spot, the region the
        # lead tells (``compass_regions``)
        (CHECKPOINT.format(town="Halane"), "southern Somalia"),
    ],
)
def test_a_venues_town_the_gazetteer_lacks(text: str, place: str) -> None:
    assert {c.location for c in core_claims_by_text([text], PUB)[text]} == {place}


NUMBERED = (
    "Forces kill five gunmen in Herat operation\n\n"
    "The Ministry of Interior said that five gunmen were killed and two others were arrested "
    "in an operation by security forces in Herat, the capital of Herat province, on Saturday "
    "night.\n\n"
    "Speaking in Kabul, the ministry's spokesman said the operation targeted a hideout of the "
    "group in Police District 9 of the city.\n\n"
    '"Five gunmen were killed and two were detained alive. One of our soldiers was also '
    'wounded," he said.\n'
)


def test_a_towns_numbered_part_is_filed_with_the_town() -> None:
    places = {c.location for c in core_claims_by_text([NUMBERED], PUB)[NUMBERED]}
    assert places == {"Police District 9, Herat, Herat province"}
