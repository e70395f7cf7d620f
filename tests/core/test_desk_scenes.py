"""The scene of a figure in South Asian desk copy, down to the village: a later sentence that
tells where the incident was ("the operation was launched in X village", "militants stormed
a post in X", "the gunfight broke out in X", "the bomb went off in X"), also when it counts
something on the side; a village before its district ("near X in Y district", "at X of Y
district", "at X in Y"); an arrest "from" a place is where the arrest was, and no other
figure's place; a district NER took for a person before "attack"; a building something
happened near names its town; an audience's setting ("media persons") is where a speaker
spoke. Sentences invented; districts and provinces real."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def claims_of(text: str) -> list[tuple[str, str | None]]:
    """The figures that count people (not "two tribes") with their places."""
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.location) for c in result.claims if c.measure != "other"]


def places_of(text: str) -> set[str | None]:
    return {place for _, place in claims_of(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two soldiers martyred\n\n"
            "PESHAWAR: Two soldiers were martyred in an exchange of fire with terrorists in "
            "North Waziristan district on Tuesday, officials said. The operation was launched "
            "in Gul Mir Kot village on reports of the presence of terrorists.",
            "Gul Mir Kot village, North Waziristan district",
        ),
        (
            "Dacoits kill two\n\n"
            "LARKANA: Two people were killed in Larkana district on Sunday night. Dacoits "
            "stormed a house in Bhando Khan village and opened fire, police said.",
            "Bhando Khan village, Larkana district",
        ),
        (
            "Three FC men martyred\n\n"
            "QUETTA: Three FC personnel were martyred in Kech district on Friday. The IED went "
            "off near their vehicle in Sami Bent village, officials said.",
            "Sami Bent village, Kech district",
        ),
        (
            "Four killed in clash\n\n"
            "PARACHINAR: Four people were killed in a clash between two tribes in Kurram "
            "district on Wednesday. The clash erupted in Torwari Kot village over a land "
            "dispute, officials said.",
            "Torwari Kot village, Kurram district",
        ),
        # a village NER took for a people's name
        (
            "Two militants killed\n\n"
            "Srinagar, May 3: Two militants were killed in Kulgam district on Saturday. The "
            "gunfight broke out in Redwani village after forces cordoned off the area, police "
            "said.",
            "Redwani village, Kulgam district",
        ),
    ],
)
def test_a_sentence_telling_the_scene_files_the_leads_figures_there(text: str, place: str) -> None:
    assert places_of(text) == {place}


def test_a_scene_told_beside_a_side_count_still_tells_it() -> None:
    text = (
        "Three killed in firing\n\n"
        "CHARSADDA: Three people were killed and two injured in a firing incident on Sunday. "
        "The incident took place in Mohib Gul village when two groups exchanged fire over a "
        "land dispute, police said."
    )
    assert places_of(text) == {"Mohib Gul village, Charsadda"}


def test_a_village_of_a_district_beats_the_bureaus_town() -> None:
    text = (
        "Two killed in landslide\n\n"
        "MINGORA: Two people were killed in a landslide on Monday. According to rescue "
        "officials, the incident took place in Kotkay Top village of Swat where houses were "
        "buried under debris."
    )
    assert places_of(text) == {"Kotkay Top village, Swat"}


@pytest.mark.parametrize(
    "text",
    [
        # those who attacked are no incident's word: police raiding is an operation told apart
        "Four killed\n\n"
        "PARACHINAR: Four people were killed in Kurram district on Wednesday. Police raided a "
        "house in Torwari Kot village the next day.",
        # an earlier attack by the same men
        "Four killed\n\n"
        "PARACHINAR: Four people were killed in Kurram district on Wednesday. Militants had "
        "stormed a post in Torwari Kot village last year.",
    ],
)
def test_what_tells_no_scene_of_the_incident_moves_nothing(text: str) -> None:
    found = dict(claims_of(text))
    assert "Torwari" not in (found["Four"] or "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "PESHAWAR: Four soldiers were killed when a roadside bomb struck a convoy near Loi "
            "Sam in Bajaur district on Monday, officials said.",
            "Loi Sam, Bajaur district",
        ),
        (
            "KATHMANDU, May 6: Six people were killed when a bus plunged off the road at "
            "Chaukune of Surkhet district on Wednesday, police said.",
            "Chaukune, Surkhet district",
        ),
        (
            "Three militants were killed in an encounter at Dalwash in Kishtwar, SSP Kishtwar "
            "said.",
            "Dalwash, Kishtwar",
        ),
    ],
)
def test_a_village_before_its_district_is_filed_with_it(text: str, place: str) -> None:
    assert claims_of(text)[0][1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town in its province: the province holds it, no village of it
        ("Two men were killed in Lahore in Punjab province on Monday.", "Lahore"),
        # a venue in a town abroad of the districts' countries
        ("Two men were shot at Smith Park in Dallas on Monday.", "Dallas"),
        # those fought with are no village
        (
            "Raipur, May 8 (PTI) Three jawans were killed in an encounter with Maoists in "
            "Sukma district of Chhattisgarh on Friday, police said.",
            "Sukma district, Chhattisgarh",
        ),
    ],
)
def test_what_is_no_village_stays_as_named(text: str, place: str) -> None:
    assert claims_of(text)[0][1] == place


def test_an_arrest_from_a_place_happened_there() -> None:
    text = (
        "BANNU: Two policemen were martyred when terrorists attacked a checkpost in the Domel "
        "area on Monday, police said. Police later arrested three suspects from Lakki Marwat "
        "in connection with the attack. The Counter Terrorism Department picked up two "
        "facilitators from Khyber district on Monday."
    )
    found = dict(claims_of(text))
    assert found["three"] == "Lakki Marwat"
    assert found["two"] == "Khyber district"


def test_where_an_arrest_was_is_no_other_figures_place() -> None:
    text = (
        "Srinagar, May 4 (PTI) Two militants were killed in an encounter in Shopian district "
        "on Sunday, while another was arrested from Pulwama, police said."
    )
    assert dict(claims_of(text))["Two"] == "Shopian district"


def test_where_an_arrested_man_comes_from_is_no_arrests_place() -> None:
    text = "LAHORE: Three men from Swat were arrested on Sunday, police said."
    assert places_of(text) == {"Lahore"}


def test_a_district_ner_took_for_a_person_before_attack_is_the_place() -> None:
    text = (
        "PESHAWAR: Addressing a press conference in Peshawar on Monday, the Inspector General "
        "said five policemen were injured in the Lakki Marwat attack."
    )
    assert places_of(text) == {"Lakki Marwat"}


def test_a_building_something_happened_near_names_its_town() -> None:
    text = (
        "SRINAGAR: Three persons were injured when a grenade exploded near the SSP office in "
        "Baramulla on Tuesday, police said."
    )
    assert places_of(text) == {"Baramulla"}


def test_where_a_speaker_told_media_persons_is_no_place() -> None:
    text = (
        "PESHAWAR: Talking to media persons in Mardan, the DPO said two suspects were "
        "arrested on Sunday."
    )
    assert places_of(text) == {"Peshawar"}


def test_a_village_is_filed_with_the_district_of_the_leads_chain() -> None:
    text = (
        "Maoists kill three jawans\n\n"
        "Raipur, May 8 (PTI) Three jawans were killed in an encounter in Sukma district of "
        "Chhattisgarh on Friday, police said. The gunfight broke out in the forests near "
        "Minpa Kodar village when a team was out on patrol, an official said."
    )
    assert places_of(text) == {"Minpa Kodar village, Sukma district"}


def test_the_wounded_who_died_in_a_hospital_elsewhere_keep_the_attacks_scene() -> None:
    text = (
        "Toll rises to six\n\n"
        "BANNU: Two more policemen injured in Monday's attack on a checkpost in Miryan tehsil "
        "of Bannu district succumbed to their wounds at the Regional Trauma Hospital in "
        "Peshawar on Wednesday, police said."
    )
    assert places_of(text) == {"Miryan tehsil, Bannu district"}


def test_an_arrest_from_a_place_told_of_those_arrested_happened_there() -> None:
    text = (
        "Toll rises to six\n\n"
        "BANNU: Two policemen were martyred in an attack on a checkpost in Miryan tehsil on "
        "Monday. Police nabbed three harbourers of the bombers from Karak city on "
        "Monday night, officials said."
    )
    assert dict(claims_of(text))["three"] == "Karak city"


def test_an_arrest_elsewhere_stays_there_whatever_holds_the_scene() -> None:
    # the gazetteer files the town of Kupwara in the Baramulla district: an arrest made in
    # a village of Baramulla district still is no arrest at the Kupwara scene
    text = (
        "Gunfight toll rises\n\n"
        "Srinagar\n\n"
        "Three militants were killed in a gunfight in Kupwara district on Sunday, police "
        "said.\n\n"
        "Two guides of the gunmen were detained from Zogiyar in Baramulla district on Sunday, "
        "an officer said."
    )
    assert dict(claims_of(text))["Two"] == "Zogiyar, Baramulla district"


@pytest.mark.parametrize(
    "text",
    [
        # a title in apposition to the town where words were said
        "Three killed\n\nJAMMU: Addressing a gathering in Srinagar, the Inspector General "
        "of Police, Arun Rao, said three militants were killed on Sunday.",
        # a briefing with others in a town
        "Three killed\n\nJAMMU: Speaking at a joint briefing with the army in Anantnag, the "
        "police chief said three militants were killed on Sunday.",
        # the building of a news briefing
        "Three killed\n\nJAMMU: The minister told a news briefing at the Provincial "
        "Secretariat on Monday that three militants were killed on Sunday.",
    ],
)
def test_where_words_were_said_and_who_said_them_are_no_places(text: str) -> None:
    assert places_of(text) == {"Jammu"}


@pytest.mark.parametrize(
    "said",
    [
        "Talking to Dawn in Mardan,",
        "Addressing the media in Mardan,",
        "While addressing a rally in Mardan,",
        "Speaking at a ceremony in Mardan,",
    ],
)
def test_where_a_speaker_spoke_is_no_figures_place(said: str) -> None:
    text = f"Two killed\n\nPESHAWAR: {said} the minister said two policemen were killed on Monday."
    assert places_of(text) == {"Peshawar"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an event words may be said at is a scene when no one addresses it
        ("Three people were killed in a clash during a meeting in Mardan on Monday.", "Mardan"),
        ("Two were injured in an attack on a jirga in Kurram on Monday.", "Kurram"),
        ("Two were killed in a blast at a wedding ceremony in Swabi on Monday.", "Swabi"),
    ],
)
def test_an_event_no_one_addresses_is_a_scene(text: str, place: str) -> None:
    assert claims_of(text)[0][1] == place


def test_where_an_accident_took_place_is_its_village_in_the_district() -> None:
    text = (
        "Three killed in gorge fall\n\n"
        "Jammu, May 10 (PTI) Three people were killed when their vehicle skidded off the road "
        "and fell into a gorge in Doda district on Saturday, officials said. The accident "
        "took place near Bhalra village in the Gandoh area, they said."
    )
    found = dict(claims_of(text))
    assert found["Three"] == "Bhalra village, Doda district"


def test_a_mishap_named_after_its_town_is_in_the_town() -> None:
    text = "Two killed in Rolpa landslide\n\nRescuers were still searching the debris on Monday."
    assert claims_of(text)[0][1] == "Rolpa"


def test_an_unknown_scene_with_its_holder_takes_no_headline_town() -> None:
    from core.extract.incident_scene import _with_headline_town

    headline = "Ferry toll rises to 9, owner held in Barishal"
    wheres = ["Barishal", None]
    assert _with_headline_town("Tazumuddin ghat", wheres, headline) == "Tazumuddin ghat, Barishal"
    assert _with_headline_town("Tazumuddin ghat, Bhola", wheres, headline) == (
        "Tazumuddin ghat, Bhola"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an area named with its noun, in the district after "of": the district holds it,
        # whatever the dateline names
        ("SRINAGAR: Two militants were killed in a gunfight with troops in the Dardpora area"
         " of Kulgam district on Friday.", "Dardpora area, Kulgam district"),
        ("Two militants were killed in a gunfight in the Dardpora area of Kulgam district.",
         "Dardpora area, Kulgam district"),
    ],
)
def test_an_area_of_a_district_is_filed_with_it(text: str, place: str) -> None:
    assert places_of(text) == {place}


def test_an_area_of_a_town_keeps_its_own_reading() -> None:
    # no unit after "of": the town holds the area as before
    assert places_of("PESHAWAR: Two policemen were killed in the Hayatabad area of Peshawar"
                     " on Friday.") == {"Hayatabad area, Peshawar"}


@pytest.mark.parametrize(
    "text",
    [
        "Four suspects were taken into custody from Mardan on Wednesday, police said.",
        "Police sources said four suspects had been taken into custody from Mardan.",
        "Four suspects were arrested from Mardan on Wednesday.",
    ],
)
def test_custody_from_a_town_is_where_the_arrest_was(text: str) -> None:
    assert places_of(text) == {"Mardan"}


def test_a_town_the_recogniser_joined_to_a_date_stays_a_town() -> None:
    # the recogniser read "Chilas on Monday" as one date: the town before "on" is no date
    claims = claims_of("Eleven people died in a bus accident in Chilas on Monday.")
    assert claims == [("Eleven", "Chilas")]
    dates = {c.date_start for c in run_documents(
        [from_text("Eleven people died in a bus accident in Chilas on Monday.", doc_id="d1",
                   published=PUB)]).claims}
    assert dates == {dt.date(2031, 5, 5)}


def test_custody_from_a_country_is_where_they_came_from() -> None:
    text = ("RIYADH - Saudi authorities took into custody 12 pilgrims from Pakistan on Monday"
            " for begging, officials said.")
    assert places_of(text) != {"Pakistan"}
