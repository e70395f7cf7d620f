"""The report's own scene (issue #11, place): the incident's figures a wire filed under its
bureau's town, the country, a province or a region take the spot the opening names ("the base
at X", "in the town of Y"), whatever the gazetteer knows of it; a place named as where the hurt
were taken, a distance's reference point, another day's or an arrest's place is no spot. The
reports are invented; the towns are real or made up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract import report_scene
from core.model import Claim
from tests.core.claim_factory import core_claims_by_text, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)  # a Tuesday: "on Monday" is 5 May


# a wire from the capital: the lead gives a region, the next paragraph the post
WIRE = (
    "Gunmen kill 12 police officers in Mali attack\n\n"
    "BAMAKO, May 6 (Reuters) - Gunmen killed at least 12 police officers in an attack on "
    "a post in central Mali on Monday, two security sources said.\n\n"
    "The ministry said that eight officers were killed when gunmen stormed the post at "
    "Dioura.\n\n"
)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_a_wire_from_the_capital_files_the_incident_under_the_post_it_names() -> None:
    text = (
        "Gunmen kill 12 police officers in Mali attack\n\n"
        "BAMAKO, May 6 (Reuters) - Gunmen killed at least 12 police officers in an attack on "
        "a post in central Mali on Monday, two security sources said.\n\n"
        "The ministry said in a statement that eight officers were killed and five wounded "
        "when gunmen stormed the post at Dioura, near the border with Mauritania."
    )
    assert {where for _, where in places(text)} == {"Dioura"}


def test_a_town_of_a_province_the_gazetteer_lacks_is_written_with_it() -> None:
    text = (
        "Troops kill 4 militants in southern raid\n\n"
        "MANILA, May 6 (Reuters) - Soldiers killed four suspected militants and detained nine "
        "others in a raid on a camp in the southern province of Lanao del Sur on Monday, the "
        "army said.\n\n"
        "Two soldiers were hurt in a firefight that went on for an hour in the town of Kalubang, "
        "an army spokesman said."
    )
    assert {where for _, where in places(text)} == {"Kalubang, Lanao del Sur"}


def test_a_village_the_gazetteer_lacks_is_written_with_its_province() -> None:
    text = (
        "Gunmen kill 9 in Nigeria village raid\n\n"
        "ABUJA, May 6 (Reuters) - Gunmen killed nine villagers in a raid in Nigeria's "
        "northwestern Zamfara state on Monday, police said.\n\n"
        "The attackers stormed the village of Tungar Dutse on motorcycles, a resident said."
    )
    assert {where for _, where in places(text)} == {"Tungar Dutse, Zamfara state"}


def test_a_part_of_the_bureaus_town_the_lead_names_is_written_with_the_town() -> None:
    text = (
        "Toll from Kirkuk market bomb rises\n\n"
        "KIRKUK, Iraq (AP) — A car bomb tore through a market in the city of Kirkuk on Monday, "
        "killing nine people, police said.\n\n"
        "Twenty people were wounded in the blast in the Sarbana neighbourhood, among them "
        "children, the health directorate said."
    )
    wheres = {where for _, where in places(text)}
    assert all(where is not None and "Kirkuk" in where for where in wheres), wheres


def test_where_the_hurt_were_flown_and_a_towns_distance_are_no_spot() -> None:
    text = (
        "Bandits kill 7 in Niger village\n\n"
        "NIAMEY, May 6 (Reuters) - Bandits killed seven villagers in southwestern Niger on "
        "Monday, officials said.\n\n"
        "Eleven wounded were flown to Niamey and Dosso, about 140 km east of the capital, "
        "for treatment, a health official said."
    )
    wheres = {where for _, where in places(text)}
    assert all("Dosso" not in (w or "") for w in wheres), wheres


def test_a_later_death_in_another_town_is_no_spot() -> None:
    text = (
        "Police firing kills three protesters\n\n"
        "DHAKA, May 6 (Reuters) - Police opened fire on protesters in the country's north on "
        "Monday, killing three people, officials said.\n\n"
        "A fourth victim died on Tuesday in the city of Rangpur, a hospital official said.\n\n"
        "The firing took place outside a police station in Pirganj, officials said."
    )
    assert ("three", "Pirganj") in places(text)


def test_where_a_suspect_was_taken_into_custody_is_no_spot() -> None:
    text = (
        "Suspect held after Tulsa bar shooting\n\n"
        "TULSA, Okla. (AP) — Police in Tulsa arrested a man on Monday night in connection with "
        "a shooting at a crowded bar that left three people dead and six injured.\n\n"
        "The man was taken into custody at a house in Broken Arrow, a suburb, police said."
    )
    wheres = {where for _, where in places(text)}
    assert all("Broken Arrow" not in (w or "") for w in wheres), wheres


def test_an_arrest_in_a_town_stays_there() -> None:
    text = WIRE + "Police arrested three suspects in Segou on Monday, the ministry said."
    found = places(text)
    assert ("three", "Segou") in found, found
    assert ("eight", "Dioura") in found, found


def test_a_local_reports_neighbourhood_is_written_with_its_town() -> None:
    text = (
        "Boy, 9, shot in Toledo\n\n"
        "TOLEDO, Ohio (AP) — A 9-year-old boy was shot in the Old Orchard neighborhood on "
        "Saturday and remains in critical condition, police said."
    )
    assert {where for _, where in places(text)} == {"Old Orchard neighborhood, Toledo"}


def test_a_body_named_after_its_county_is_no_spot() -> None:
    text = (
        "Man shot dead in Harris County\n\n"
        "HOUSTON (AP) — A man was shot dead on Monday in north Harris County, the Harris County "
        "Sheriff said in a statement."
    )
    assert all("Sheriff" not in (where or "") for _, where in places(text))


def test_a_big_us_city_alone_in_its_dateline_is_a_local_desk() -> None:
    text = (
        "Teen shot dead in Chicago\n\n"
        "CHICAGO (AP) — A 16-year-old boy was shot dead on Saturday in the Garfield Ridge "
        "neighborhood, police said."
    )
    assert {where for _, where in places(text)} == {"Garfield Ridge, Chicago"}


def test_a_provincial_desk_is_no_local_desk() -> None:
    # a provincial capital files the province's news: a village is not written with it
    text = (
        "Two labourers shot dead\n\n"
        "QUETTA: Two labourers were shot dead at a construction camp near Saranzai on "
        "Monday, police said."
    )
    assert all("Quetta" not in (where or "") for _, where in places(text))


def test_a_running_arrest_count_is_filed_at_the_spot() -> None:
    text = WIRE + "A police spokesman said on Tuesday that six suspects had now been arrested."
    assert ("six", "Dioura") in places(text)



def test_a_local_desks_neighbourhood_named_like_a_town_elsewhere_is_in_its_town() -> None:
    text = (
        "Man shot dead on the South Side\n\n"
        "CHICAGO (AP) — A 30-year-old man was shot dead on Saturday in Austin, police said."
    )
    assert {where for _, where in places(text)} == {"Austin, Chicago"}


def test_a_sentence_telling_where_an_abduction_took_place_gives_the_spot() -> None:
    text = (
        "Nepal: gunmen holding 8 after bus hijacking, police say\n\n"
        "KATHMANDU, May 6 (AFP) - Suspected rebels were holding at least eight men on Tuesday, "
        "a day after gunmen stopped a bus on a highway in western Nepal and kidnapped more "
        "than a dozen passengers, police said.\n\n"
        "The abduction took place on Monday evening on the Mahendra Highway in Surkhet district "
        "of Karnali province."
    )
    assert {where for _, where in places(text)} == {"Surkhet district, Karnali province"}


def test_a_place_ner_took_for_a_body_told_with_its_region_is_the_spot() -> None:
    text = (
        "Mali says 7 soldiers killed in attack on army post\n\n"
        "ANKARA (AA) - Seven soldiers were killed in an attack on a military post in central "
        "Mali, the country's army said on Tuesday.\n\n"
        "In a statement, the army said armed men attacked the National Guard position at "
        "Sarafere, in the Mopti region, early Monday morning."
    )
    assert {where for _, where in places(text)} == {"Sarafere, Mopti region"}


def test_a_body_at_a_place_is_no_place_without_its_region() -> None:
    text = (
        "Mali says 7 soldiers killed in attack on army post\n\n"
        "ANKARA (AA) - Seven soldiers were killed in an attack on a military post in central "
        "Mali, the country's army said on Tuesday.\n\n"
        "The wounded were treated by doctors at Medecins Sans Frontieres, the army said."
    )
    assert "Medecins Sans Frontieres" not in {where for _, where in places(text)}


def test_the_spot_named_by_its_kind_is_written_as_the_spot(nlp: Language) -> None:
    text = (
        "Gunmen abduct 11 bus passengers in Tank\n\n"
        "TANK: Armed men blocked the highway near Kotkai on Monday evening and abducted 11 "
        "passengers from a coach, police said.\n\n"
        "According to police, around 15 gunmen had set up a checkpoint on Monday in the Kotkai "
        "area, some 20km from Tank city."
    )
    found = [c.location or "" for c in read_claims(nlp, text, PUB)]
    assert len(found) == 3
    assert all(where.startswith("Kotkai") and where.count("Kotkai") == 1 for where in found)


@pytest.mark.parametrize(
    ("spot", "where", "moves"),
    [
        ("Kotkai", "Kotkai area, Kotkai", True),
        ("Queensgate, Tulsa", "Queensgate neighborhood, Tulsa", True),
        ("Salt Lake", "Salt Lake City", False),  # a town's own name
        ("Kalat", "Kalat district", False),  # a unit wider than its town
    ],
)
def test_the_spot_by_its_kind(nlp: Language, spot: str, where: str, moves: bool) -> None:
    claim = read_claims(nlp, "Gunmen killed four men on Monday.", PUB)[0]
    opening = report_scene.Opening(spot, frozenset())
    placed = dataclasses.replace(claim, location=where)
    assert report_scene._the_spot_by_its_kind(placed, opening) is moves


def test_a_later_days_sentence_naming_the_ruins_places_the_incident() -> None:
    text = (
        "Toll in Ecuador building collapse rises to 7\n\n"
        "QUITO, Ecuador (AP) — Rescuers in Ecuador's capital ended their search Tuesday for "
        "victims of a building collapse, raising the death toll to seven, authorities said.\n\n"
        "Firefighters pulled the bodies of two men from the ruins of the four-story building in "
        "the Carcelen district late Monday, a fire brigade commander said. The building "
        "collapsed early Sunday."
    )
    assert {where for _, where in places(text)} == {"Carcelen district"}


def test_a_later_days_sentence_of_another_town_gives_no_spot() -> None:
    text = (
        "Toll in Ecuador building collapse rises to 7\n\n"
        "QUITO, Ecuador (AP) — Rescuers in Ecuador's capital ended their search Tuesday for "
        "victims of a building collapse, raising the death toll to seven, authorities said.\n\n"
        "A second victim died late Monday at a hospital in Sangolqui, a doctor said. The "
        "building collapsed early Sunday."
    )
    assert "Sangolqui" not in {where for _, where in places(text)}


def test_the_bureaus_town_of_an_arrest_does_not_hold_the_spot() -> None:
    text = (
        "Sarwan attack toll rises to five; two facilitators held in Bannu\n\n"
        "BANNU: Two more policemen injured in Sunday's attack on a checkpost in Sarwan village "
        "of Lakki Marwat district died in hospital on Monday, raising the death toll to five, "
        "police said."
    )
    tolls = [where or "" for what, where in places(text) if what == "five"]
    assert tolls
    assert all("Bannu" not in where and where.count("Sarwan") == 1 for where in tolls)


# a wire from the capital whose spot is first named in a sentence counting a later day
LATER_DEATH = (
    "Gunmen kill five at market in mining town\n\n"
    "BOGOTA, May 6 (Reuters) - Gunmen on motorcycles killed five people at a market in a "
    "mining town in northern Colombia, officials said on Tuesday.\n\n"
)


def test_the_incidents_clause_of_a_later_days_sentence_names_the_spot() -> None:
    text = LATER_DEATH + (
        "One of two people wounded in the attack late on Monday in Segovia, in Antioquia "
        "province, died in hospital on Tuesday, raising the toll to five, officials said."
    )
    assert {where for _, where in places(text)} == {"Segovia, Antioquia province"}


def test_a_town_only_of_the_later_day_is_no_spot() -> None:
    text = LATER_DEATH + (
        "One of two people wounded in the attack died on Tuesday in a hospital in Medellin, "
        "raising the toll to five, officials said."
    )
    assert "Medellin" not in {where for _, where in places(text)}
