"""The place a report's lead names (core/group/lead_places.py), on leads we wrote: a province
named alone or with its word ("province"), a dateline under a web page's furniture, never a
wire service, a police force or a word of a title-case headline; a neighbourhood the
gazetteer lists as a town is its big town. Positive and negative cases."""

from __future__ import annotations

import pytest

from core.group.incidents import describe_report
from core.model import Document


def place_of(text: str) -> str | None:
    report = describe_report(Document(id="d1", text=text))
    return report.place.name if report.place else None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a province named with its word, after its country's possessive
        (
            "Landslide kills four in Pakistan\n"
            "A landslide in Pakistan's Sindh province buried a bus on Monday, killing four.\n",
            "Sindh",
        ),
        # a province named alone, in a headline that is not in title case
        (
            "Floods hit Sindh after heavy rain\nRivers burst their banks overnight, and four "
            "people drowned, officials said.\n",
            "Sindh",
        ),
        # "Eastern Sindh" is a part of a province, not a person called Sindh
        (
            "Storm lashes Pakistan\nA storm struck Pakistan's Sindh province on Monday.\n"
            "In Eastern Sindh, two people died under a collapsed roof.\n",
            "Sindh",
        ),
    ],
)
def test_a_province_named_in_the_lead_is_the_incident_place(text: str, place: str) -> None:
    assert place_of(text) == place


def test_a_name_that_is_a_town_too_is_not_taken_alone_for_a_province() -> None:
    # "Nevada" is also a town's name: the lead's town is the place, not the state's namesake
    text = (
        "Four found dead in motel\n"
        "Deputies in Nevada said four people were found dead in a Reno motel room on "
        "Monday.\n"
    )
    assert place_of(text) == "Reno"


def test_a_wire_service_is_never_the_place() -> None:
    text = (
        "Nine dead in floods\n"
        "The head of the agency told Xinhua by phone that nine people died in Quetta.\n"
    )
    assert place_of(text) == "Quetta"
    assert place_of("Nine dead in floods\nThe agency head told Xinhua that nine died.\n") is None


def test_a_dateline_under_page_furniture_is_found_and_police_is_no_town() -> None:
    text = (
        "Please enable Javascript to watch this video\n\n"
        "OVERLAND, MO (KTVX) - Police say a teenager was shot dead at his home on Friday.\n"
    )
    assert place_of(text) == "Overland"
    without = "Teen shot dead\n\nPolice say a teenager was shot dead at his home on Friday.\n"
    assert place_of(without) is None


def test_a_word_of_a_title_case_headline_is_a_place_only_when_the_lead_names_it() -> None:
    # "Hurt" is a town's name, but in a title-case headline every word is capitalised
    storm = "Quake Kills 10, Leaves 80 Hurt in Coastal Villages\n"
    assert place_of(storm + "A quake struck villages near Karachi, killing ten.\n") == "Karachi"
    assert place_of(storm + "A quake struck villages on Monday, killing ten.\n") is None
    bar = "Gunman Kills Two Inside Crowded Tulsa Bar\n"
    assert place_of(bar + "A gunman killed two men at a bar in Tulsa late Friday.\n") == "Tulsa"


def test_a_neighbourhood_listed_as_a_town_is_part_of_the_big_town() -> None:
    text = (
        "Teen charged in fatal Bridgeport shooting\n"
        "A teenager was charged with shooting a boy on Friday in Bridgeport, according to "
        "Chicago police.\n"
    )
    assert place_of(text) == "Chicago"
    far = (
        "Teen charged in fatal Bridgeport shooting\n"
        "A teenager was charged with shooting a boy on Friday in Bridgeport, according to "
        "Hartford police.\n"
    )
    assert place_of(far) != "Chicago"


def test_a_country_named_first_gives_way_to_the_town_the_lead_names_most() -> None:
    text = (
        "Quake shakes island off southern Iran\n"
        "A quake shook the area of Dargahan on Qeshm island off Iran's coast on Sunday, "
        "injuring five people, the Qeshm governor told reporters.\n"
    )
    assert place_of(text) == "Qeshm"
    # one town only, under its country: that town
    one = "Quake shakes southern Iran\nA quake shook Qeshm island on Sunday, injuring five.\n"
    assert place_of(one) == "Qeshm"


def test_a_title_case_headline_town_written_in_a_capitals_dateline() -> None:
    text = (
        "Seven Killed As Blast Rips Through Busy Sibi Market\n"
        "SIBI: Seven people were killed when a bomb went off in a crowded market on Monday.\n"
    )
    assert place_of(text) == "Sibi"


def test_a_province_word_is_cut_only_from_a_provinces_name() -> None:
    # "Marlow State": no province is called "Marlow", and a town of that name is not meant
    text = "Camp bombed\nBombs fell on a camp in Marlow State on Thursday, killing four.\n"
    assert place_of(text) is None
    aceh = "Camp bombed\nBombs fell on a camp in Aceh province on Thursday, killing four.\n"
    assert place_of(aceh) == "Aceh"


def test_a_name_after_a_lower_case_word_in_a_shouted_line_is_a_place() -> None:
    # a lead line in capitals with lower-case words ("that broke out", "downtown"): there the
    # capital of "Leeds" marks a name, as in prose
    text = (
        "BREAKING: 4 DEAD in warehouse fire\n"
        "FOUR WORKERS HAVE DIED IN A FIRE that broke out at HARTLEY MILLS PLANT, downtown Leeds.\n"
        "The fire started on the ground floor.\n"
    )
    assert place_of(text) == "Leeds"
    # after a lower-case stop word, a word of a title-case headline is still no place
    hurt = "Ten Dead as Hundreds are Hurt\nA quake struck villages on Monday, killing ten.\n"
    assert place_of(hurt) is None
