"""A national release filed from the capital: its period figures that name no place are the
country's, when the release ranks several of the country's provinces or a body named for
the country releases it; a regional command's release filed from its own seat keeps it. A
headline's leader of a list ("X tops list as 900 held") is not the place of the list's
total; a ranked item written with "and" ("Ost and Wend Islands with 41") is read whole,
and a ranked item's figure the tagger took for a date is still counted. A national
legislature a record was laid before is its country. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.absolute_clauses import absolute_subject
from core.extract.claim_places import place_mentions
from core.extract.whole_names import legislatures_as_countries
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

RELEASED = dt.date(2031, 1, 8)

NATIONAL = (
    "Cattle raids claimed 640 lives in 2030, police service says\n\n"
    "NAIROBI - Cattle raiders and armed gangs killed 640 people in 2030, the National Police "
    "Service said on Monday.\n\n"
    "Turkana had the highest toll with 188 deaths, followed by Marsabit with 121 and Baringo "
    "with 97.\n\n"
    "Officers arrested 415 suspects during the year, the service said.\n"
)
LEADER = (
    "Sokoto tops list as bandits kill 2,900 in 2030\n\n"
    "ABUJA - Bandits killed 2,900 people across the north in 2030, a security consultancy "
    "said on Tuesday.\n\n"
    "Sokoto accounted for 612 of the deaths and Katsina for 254.\n"
)
REGIONAL = (
    "Troops kill 40 rebels in 2030, regional command says\n\n"
    "CEBU CITY - Troops killed 40 rebels in 2030, the Central Command of the Armed Forces of "
    "the Philippines said on Monday.\n\n"
    "Negros Oriental accounted for 22 of the deaths and Bohol for 11.\n"
)
JOINED = (
    "Serbia recorded the most arrests at 120, followed by Bosnia and Herzegovina with 88 and "
    "Montenegro with 41, the agency said in its yearly report for 2030.\n"
)
DATED_ITEM = (
    "Ranked list\n\n"
    "Police said Ogun accounted for 140 of the killings in 2030, Kwara for 301 and Kogi "
    "for 96.\n"
)


def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=RELEASED)])
    return {c.number_text: c.location for c in result.claims}


@pytest.mark.parametrize(("figure", "place"), [
    ("640", "Kenya"), ("415", "Kenya"), ("188", "Turkana"), ("121", "Marsabit"),
])
def test_national_release_from_the_capital(figure: str, place: str) -> None:
    assert places_of(NATIONAL)[figure] == place


@pytest.mark.parametrize(("figure", "place"), [("2,900", "Nigeria"), ("612", "Sokoto")])
def test_list_leader_is_not_the_totals_place(figure: str, place: str) -> None:
    assert places_of(LEADER)[figure] == place


def test_regional_release_keeps_its_seat() -> None:
    assert places_of(REGIONAL)["40"] == "Cebu City"


def test_ranked_item_named_with_and() -> None:
    assert places_of(JOINED)["88"] == "Bosnia and Herzegovina"


def test_ranked_item_tagged_as_a_date() -> None:
    assert places_of(DATED_ITEM).get("301") == "Kwara"


@pytest.mark.parametrize(("name", "read"), [
    ("the Wolesi Jirga", "Afghanistan"), ("Knesset", "Israel"), ("the Senate", "the Senate"),
])
def test_legislature_reads_as_its_country(nlp: Language, name: str, read: str) -> None:
    tok = nlp("Figures were tabled there.")[3]
    assert legislatures_as_countries([(tok, name)]) == [(tok, read)]


@pytest.mark.parametrize(("headline", "places"), [
    ("Odisha tops list as over 2,300 held under preventive law in four years", []),
    ("Bihar leads as 1,900 held in three years", []),
    ("Odisha tops list with 2,300 arrests under preventive law", ["Odisha"]),
    ("Bihar still tops chart with 1,900 arrests", ["Bihar"]),
])
def test_list_leader_of_a_headline(nlp: Language, headline: str, places: list[str]) -> None:
    sent = next(iter(nlp(headline).sents))
    assert [name for _, name in place_mentions(sent)] == places


@pytest.mark.parametrize(("figure", "outside"), [("48", True), ("nine", False)])
def test_state_of_x_leads_an_absolute_clause(nlp: Language, figure: str, outside: bool) -> None:
    doc = nlp(
        "There were 48 victims of femicide in 2030, with the State of Oaxaca recording the "
        "most, at nine."
    )
    place = next(t for t in doc if t.text == "Oaxaca")
    num = next(t for t in doc if t.text == figure)
    assert absolute_subject(place, num) is outside


PROVINCIAL_BUREAU = (
    "Cattle raids in Kenya fell in 2030, says interior ministry\n\n"
    "ELDORET - Cattle raids in Kenya fell to their lowest level in a decade in 2030, the "
    "interior ministry said in its yearly report.\n\n"
    "A total of 212 raids were recorded during the year, in which 58 herders were killed.\n"
)
PROVINCIAL_OWN = (
    "Cattle raids fell in 2030, county police say\n\n"
    "ELDORET - Cattle raids in the county fell to their lowest level in a decade in 2030, "
    "county police said on Monday.\n\n"
    "A total of 212 raids were recorded during the year, in which 58 herders were killed.\n"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a national body's review whose lead names the country, filed from a town
        (PROVINCIAL_BUREAU, "Kenya"),
        # a county's own review keeps the bureau's town
        (PROVINCIAL_OWN, "Eldoret"),
    ],
)
def test_national_review_filed_from_a_town(text: str, place: str) -> None:
    assert places_of(text)["212"] == place
