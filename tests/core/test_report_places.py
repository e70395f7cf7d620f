"""The place of a figure whose sentence names only a street, a block, a venue, a part of a
town or nothing: the report's town (dateline, else the town it names most), never a body it
names, and a town its sentence names stays itself. Sentences written for the classes of
issue #11, positive and negative."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import pytest

from core.extract.claim_places import town_over_state
from core.extract.claims import extract_claims
from core.extract.report_places import town_of
from core.ingest.files import from_text
from core.pipeline import parse_documents
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street, a block, a venue or nothing: the town the report names
        (
            "A Spokane man was arrested Tuesday in Spokane. "
            "Two people were wounded on Maple Avenue late Monday, police said.",
            "Spokane",
        ),
        (
            "Dayton police are investigating a shooting in Dayton. "
            "Three people were hurt, officers said.",
            "Dayton",
        ),
        (
            "Lubbock police said the gunman fled. "
            "Two men were killed in the Oakridge neighborhood on Friday.",
            "Lubbock",
        ),
        (
            "Fresno officers were called at noon. Four people were wounded at a home on Elm "
            "Street, the Fresno County Sheriff's Office said.",
            "Fresno",
        ),
        # a state that holds the report's town gives way to it
        (
            "Tulsa police said the suspect was arrested. "
            "Two men were killed in Oklahoma on Sunday.",
            "Tulsa",
        ),
        # another town named in the sentence stays itself
        (
            "A Spokane man was arrested Tuesday in Spokane. "
            "Two people were wounded in Yakima late Monday, police said.",
            "Yakima",
        ),
        # a neighbourhood GeoNames lists as a town is part of the report's big town, written
        # with it: a checker files by either
        (
            "CHICAGO - Police charged a man on Sunday. "
            "Two teens were wounded in Bridgeport on Friday night.",
            "Bridgeport, Chicago",
        ),
        # a town outside the big town's reach stays itself
        (
            "CHICAGO - Police charged a man on Sunday. "
            "Two teens were wounded in Naperville on Friday night.",
            "Naperville",
        ),
        # a person the text names in full is no place when named by surname alone
        (
            "DAYTON, Ohio - Police arrested Luis Medina on Monday. "
            "Three people were wounded after Medina returned with a gun.",
            "Dayton, Ohio",
        ),
        # ... but a town where a place stands is that town
        (
            "DAYTON, Ohio - Police arrested Luis Medina on Monday. "
            "Three people were wounded in Medina on Sunday.",
            "Medina",
        ),
        # a hospital the victims were taken to is no place
        (
            "DAYTON, Ohio - Two men were wounded and taken to Miami Valley Hospital.",
            "Dayton, Ohio",
        ),
        # streets joined under one plural noun are a scene
        (
            "Spokane police said the gunman fled. "
            "Two men were wounded at the corner of Elm and Birch streets.",
            "Spokane",
        ),
        # a street by its abbreviation, or after "the block of", is a scene
        (
            "Spokane police said the gunman fled. "
            "Two men were wounded on Rio Grande Dr. on Sunday.",
            "Spokane",
        ),
        (
            "Spokane police said the gunman fled. "
            "Two men were wounded in the 1300 block of North Maple on Sunday.",
            "Spokane",
        ),
        # a side of the report's town is that town
        (
            "Dayton police said the gunman fled. "
            "Two men were wounded in East Dayton on Sunday.",
            "Dayton",
        ),
        # with no town in the report, the scene stays what the sentence says
        ("Two people were wounded on Maple Avenue late Monday.", "Maple Avenue"),
        # the town of the police that investigate, over the town a victim worked for
        (
            "Two people were killed at a home on Friday. Kettering police are investigating. "
            "One of them was a firefighter with the Springfield Fire Department.",
            "Kettering",
        ),
        (
            "Two people were killed at a home on Friday. Kettering police are investigating. "
            "The dead man was a Springfield firefighter.",
            "Kettering",
        ),
        # a street named after a town, a hospital named after a person, are no towns
        (
            "Two men were wounded in the 1300 block of South Aberdeen on Sunday. "
            "They were taken to Comer's Children's Hospital. Spokane police said the gunman fled.",
            "Spokane",
        ),
    ],
)
def test_report_town(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


def test_a_national_report_keeps_its_country(nlp: Language) -> None:
    text = (
        "Pakistan lost 40 soldiers this year, the army said in Islamabad. "
        "Officials in Pakistan said attacks in Pakistan rose. "
        "Another 12 soldiers were killed in the operations."
    )
    assert places_of(nlp, text)[-1] == "Pakistan"


def test_a_county_body_is_no_place(nlp: Language) -> None:
    text = "Two men were wounded, the Brackton County Sheriff's Office said."
    assert places_of(nlp, text) == [None]


@pytest.mark.parametrize(
    ("name", "hints", "state"),
    [
        ("Englewood", {"US": 2, "US-CO": 2}, "US-CO"),
        ("Englewood", {"US": 2, "US-NJ": 2}, "US-NJ"),
        ("Toledo", {}, "US-OH"),  # the big town, not a district of Belize
    ],
)
def test_namesakes_settle_by_the_reports_state(
    name: str, hints: dict[str, int], state: str
) -> None:
    town = town_of(name, hints)
    assert town is not None
    assert town.admin1 == state


def test_a_state_named_by_the_report_is_no_town() -> None:
    assert town_of("Iowa", {"US": 1, "US-IA": 1}) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a whole multi-word name NER took for a person's, where a place stands
        ("Five people were killed in Dera Ismail Khan on Monday.", "Dera Ismail Khan"),
        ("Police said 12 people were killed in the Kurram district.", "Kurram district"),
        # the place a province holds says more than the province
        ("Police said 12 people were killed in Khyber Pakhtunkhwa's Kurram district.",
         "Kurram district"),
        ("Four militants were killed in J&K's Pulwama on Monday.", "Pulwama"),
        # a possessor before a common noun stays the place
        ("Two men were killed in Pakistan's capital on Monday.", "Pakistan"),
        # a company's party is no place
        ("Two workers were shot dead at the Acme Supply Ltd. Christmas party.", None),
        ("Two workers were shot dead at the Acme Supply Ltd Christmas party in Halifax.",
         "Halifax"),
        # a person who speaks stays a person
        ("Two people were killed in the attack, said Ali Khan.", None),
        # state abbreviations keep the town whole with its state
        ("Two people were wounded in West Palm Beach, Fla., on Sunday.", "West Palm Beach, Fla."),
    ],
)
def test_whole_names(nlp: Language, text: str, place: str | None) -> None:
    assert places_of(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a newsroom dateline, the incident in another town of its state: that town, also
        # for the figures of later paragraphs that name no place
        (
            "MEDFORD, Ore. (KXYZ) — A gunman opened fire in a shooting near Ashland on Monday, "
            "deputies said.\n\nThe suspect fled in a car.\n\n"
            "Two men were killed and two others were wounded.",
            "Ashland",
        ),
        (
            "CHICAGO (AP) — A shooting in Evanston late Friday shocked neighbours, police "
            "said.\n\nThe gunman fled on foot.\n\nThree people were wounded.",
            "Evanston",
        ),
        # where someone was arrested is not where it happened
        (
            "MEDFORD, Ore. (KXYZ) — A man was arrested in Ashland on Monday after a shooting, "
            "deputies said.\n\nThe suspect fled in a car.\n\n"
            "Two men were killed and two others were wounded.",
            "Medford",
        ),
        # a part of the dateline's town is the town
        (
            "CHICAGO (AP) — A shooting in Bridgeport late Friday shocked neighbours, police "
            "said.\n\nThe gunman fled on foot.\n\nThree people were wounded.",
            "Chicago",
        ),
    ],
)
def test_a_dateline_far_from_the_scene(nlp: Language, text: str, place: str) -> None:
    # the man arrested in Woodburn is an arrest there, of its own place: the harm's are read
    found = [c.location for c in read_claims(nlp, text, None)
             if c.is_core and c.measure != "arrested"]
    assert found
    assert all(p is not None and p.partition(",")[0] == place for p in found)


def test_the_owner_of_an_office_is_no_place(nlp: Language) -> None:
    text = "Two boys were killed on Friday, Brackton County's Attorney Jane Roe said."
    assert places_of(nlp, text) == [None]
    # a possessor of a town's part stays a place
    assert places_of(nlp, "Two men were killed in Pakistan's capital on Monday.") == ["Pakistan"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a sentence naming only a scene hands on the report's town, not the scene's name nor
        # a resident's town
        (
            "TOPEKA, Kan. - Police now say a shooting over the weekend was accidental.\n\n"
            "It happened in the 2100 block of West Maple early Saturday. Officers found a "
            "15-year-old girl dead in the garage.",
            "Topeka, Kan.",
        ),
        (
            "SPOKANE, Wash. - Police say a Spokane Valley man shot a boy on Tuesday inside a "
            "Maple Hill apartment.\n\nTwo people were killed, officers said.",
            "Spokane, Wash.",
        ),
        # a town the sentence puts it in is handed on
        (
            "TOPEKA, Kan. - Police now say a shooting over the weekend was accidental.\n\n"
            "It happened in Lawrence early Saturday. Officers found a 15-year-old girl dead in "
            "the garage.",
            "Lawrence",
        ),
    ],
)
def test_the_place_a_sentence_hands_on(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # whose attack it is, not where
        ("Israel's offensive in Gaza killed 12 people on Monday.", "Gaza"),
        ("The army's raid in Quetta left four people dead.", "Quetta"),
        # a possessor of a place stays the place
        ("Two men were killed in Pakistan's capital on Monday.", "Pakistan"),
    ],
)
def test_the_owner_of_an_attack_is_no_place(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == [place]


def test_parts_fold_into_their_towns_as_when_each_town_is_tried() -> None:
    """The towns a report names fold their parts into their towns (a grid finds the towns
    near each) exactly as trying every town for every part does: same towns, same weights,
    same order. Towns around big ones, with namesakes abroad and countries mixed in."""
    import random

    from core.extract.report_places import _fold_parts
    from core.text import places

    def each_with_each(weight: dict[str, float]) -> None:
        towns = {key: places.get(key) for key in weight}
        for key, part in towns.items():
            holder = next(
                (
                    k
                    for k, t in towns.items()
                    if part and t and k in weight and places.part_of(part, t)
                ),
                None,
            )
            if holder is not None:
                weight[holder] += weight.pop(key)

    names = ("Chicago", "Houston", "Denver", "Oakland", "Springfield", "Lahore", "Oslo")
    big = [p for n in names for p in places.candidates(n) if p.level == "city"]
    cities = [
        p for p in places._gazetteer().places.values()
        if p.level == "city" and any(
            p.country == b.country and abs((p.lat or 0) - (b.lat or 0)) < 0.4
            and abs((p.lon or 0) - (b.lon or 0)) < 0.4 for b in big
        )
    ]
    rng = random.Random(5)
    folded = 0
    for _ in range(12):
        keys = [p.key for p in rng.sample(cities, min(len(cities), 120)) + big] + ["US", "NO"]
        rng.shuffle(keys)
        weight = {k: float(rng.randint(1, 3)) for k in keys}
        expected, found = dict(weight), dict(weight)
        each_with_each(expected)
        _fold_parts(found)
        assert list(found.items()) == list(expected.items())
        folded += len(weight) - len(found)
    assert folded > 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a big town's name before a lower-case dwelling or venue says where it stands
        (
            "COLLIERVILLE, Tenn. - A girl was wounded inside a Jackson apartment on Friday.",
            "Jackson",
        ),
        ("A boy was hurt at a Jackson apartment complex on Friday.", "Jackson"),
        # the town a neighbourhood is "of" is the town, as a street's is
        (
            "A gunman killed three people at a bar in the Elmwood neighborhood of Halvern, "
            "Ohio, on Saturday.",
            "Halvern, Ohio",
        ),
        (
            "A gunman killed three people in the 400 block of Elmwood Drive on Saturday.",
            "Elmwood Drive",
        ),
        # where the victims were taken is not where it happened, unless it is the scene
        ("Three people were hurt and taken to Harborview Medical Center in Seattle.", None),
        (
            "Three people were shot in Tacoma and taken to Harborview Medical Center in "
            "Seattle.",
            "Tacoma",
        ),
        (
            "Three people were hurt in a shooting at Harborview Medical Center in Seattle.",
            "Seattle",
        ),
        # hospital staff speak where the patients are
        ("Hospital officials in Tacoma said 12 people were treated for injuries.", "Tacoma"),
        # a county before it names the place, not the county's home
        ("Two boys were wounded at a Fresno County home on Monday.", "Fresno County"),
        # a scene named alone after it stays in that town
        (
            "A girl was wounded inside a Jackson apartment on Friday. "
            "Police said two boys were also hurt in the 300 block of Elm Drive.",
            "Jackson",
        ),
        # a town the later sentence names is its own
        (
            "A girl was wounded inside a Jackson apartment on Friday. "
            "Police said two boys were also hurt on Elm Drive in Germantown.",
            "Germantown",
        ),
        # a venue's given name is no place
        ("Two men were wounded outside a club called Havana early Sunday.", None),
        ("Two men were wounded outside a club in Havana early Sunday.", "Havana"),
    ],
)
def test_a_town_before_a_dwelling_and_scenes_after_it(
    nlp: Language, text: str, place: str | None
) -> None:
    assert places_of(nlp, text)[-1] == place


def test_a_small_namesake_before_a_dwelling_stays_a_scene(nlp: Language) -> None:
    text = "TACOMA, Wash. - Three people were wounded inside a Cedar Hollow apartment, police said."
    assert places_of(nlp, text) == ["Tacoma, Wash."]


def test_a_label_past_the_lead_is_no_dateline(nlp: Language) -> None:
    text = (
        "A man was hurt on Friday. He was taken to a hospital. Police are investigating. "
        "No one was charged.\n\nEARLIER: Two people were wounded on Elm Street, police said."
    )
    assert places_of(nlp, text)[-1] != "Earlier"
    text = "HALVERTON – Two people were wounded on Elm Street on Friday, police said."
    assert places_of(nlp, text)[-1] == "Halverton"


def test_a_side_of_a_town_named_like_a_province_abroad() -> None:
    # "Victoria" is a state of Australia too: the report's town is still the town
    assert town_over_state("North Victoria", "Victoria") == "Victoria"
    assert town_over_state("Kansas", "Victoria") == "Kansas"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a report on a whole country whose lead names the one town where it happened
        (
            "Strikes shut France as unions protest budget cuts. Two people died when "
            "protesters set fire to a bank in Lyon during a march. The government of France "
            "said the deaths shocked France. Unions across France vowed more strikes.",
            "Lyon",
        ),
        # no town in the lead: the country
        (
            "Strikes shut France as unions protest budget cuts. Two people died when "
            "protesters set fire to a bank during a march. The government of France "
            "said the deaths shocked France. Unions across France vowed more strikes.",
            "France",
        ),
    ],
)
def test_a_national_report_names_its_town(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town a locative sets the shooting in, over the big city whose police charged
        # a man who lives there
        (
            "A man accused of shooting his friend Monday in Elmwood told detectives it was an "
            "accident. Springfield police charged John Doe of Elmwood with homicide. "
            "One man was killed.",
            "Elmwood",
        ),
    ],
)
def test_the_scene_over_the_police(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the newsroom of the big town files; the police of a town of its state works the case
        (
            "DAYTON, Ohio — Two people were killed Friday in a shooting at a home, "
            "Kettering police said.",
            "Kettering",
        ),
        (
            "DAYTON, Ohio — Two people were killed Friday in a shooting at a home. "
            "Kettering police said the gunman fled.",
            "Kettering",
        ),
        # a dwelling of a town of its state the dateline's own sentence names
        (
            "DAYTON, Ohio — Two people were killed Friday in a shooting at a Kettering home, "
            "police said.",
            "Kettering",
        ),
        # the dateline town's own police: the dateline town
        (
            "DAYTON, Ohio — Two people were killed Friday in a shooting at a home, "
            "Dayton police said.",
            "Dayton",
        ),
        # a police force of another state is no town of the incident
        (
            "DAYTON, Ohio — Two people were killed Friday in a shooting at a home. "
            "Chicago police arrested a suspect.",
            "Dayton",
        ),
    ],
)
def test_the_police_of_a_town_under_a_dateline(nlp: Language, text: str, place: str) -> None:
    found = places_of(nlp, text)
    assert found
    assert found[0] is not None
    assert found[0].partition(",")[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town of someone the report is about, NER reading it as a body's name: the
        # report's town when it names no other
        ("A Dayton man was shot and killed Sunday night, police said.", "Dayton"),
        (
            "A Bethlehem man faces a murder charge over the death of a neighbour in March. "
            "The 31-year-old was hit in the 400 block of Linden Street.",
            "Bethlehem",
        ),
        # a town the incident is set in, or whose police work it, says more
        ("A Dayton man was shot and killed Sunday night in Trotwood, police said.", "Trotwood"),
        ("A Dayton man was shot and killed Sunday night, Kettering police said.", "Kettering"),
    ],
)
def test_a_residents_town_read_as_a_body(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a title-case headline names its incident by its town, which NER in capitals leaves
        # unlabelled or takes whole with the incident's word for a person's name
        (
            "Woman Dies After Fatal Burnsville Stabbing\n\n"
            "A woman died Sunday after she was stabbed several times, police said.",
            "Burnsville",
        ),
        (
            "Driver Hurt In Early Lakeville Crash\n\n"
            "A 52-year-old driver was seriously injured on Thursday, deputies said.",
            "Lakeville",
        ),
        (
            "Witness describes deadly Topeka Shooting\n\n"
            "Two people were killed on Saturday night, police said.",
            "Topeka",
        ),
        (
            "Two Dead In Overnight Dayton Shooting\n\nTwo men were killed early Sunday.",
            "Dayton",
        ),
        (
            "Girl Wounded In St. Paul Shooting\n\n"
            "Medics treated her leg wound at the scene. Officers said one man was arrested.",
            "St. Paul",
        ),
        # near misses: a person's name or a venue's before the incident's word is no town
        (
            "Suspect In Lena Marsh Shooting Speaks\n\n"
            "Lena Marsh, 31, was killed last month. Two people were arrested.",
            None,
        ),
        (
            "Grand Jury Weighs Harmon Tavern Shooting\n\n"
            "Two men were wounded on Friday night, police said.",
            None,
        ),
    ],
)
def test_a_headlines_incident_names_its_town(text: str, place: str | None) -> None:
    # through the pipeline, which parses a headline apart from the sentence after it
    doc = from_text(text, doc_id="d1")
    [(_, chunks)] = list(parse_documents([doc]))
    claims = extract_claims(chunks, doc, ids=(f"c{n}" for n in itertools.count(1)))
    assert [c.location for c in claims if c.is_core][-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the headline's borough, the figure's own sentence its neighbourhood
        (
            "Crowds clash with officers in Brooklyn for a second night\n\n"
            "As scuffles spread through East Flatbush, 31 people were arrested late Tuesday.",
            "East Flatbush, Brooklyn",
        ),
        (
            "Crowds clash with officers in Brooklyn for a second night\n\n"
            "At least 31 protesters were arrested along Church Avenue in East Flatbush.",
            "East Flatbush, Brooklyn",
        ),
        # near miss: a town of its own beside the headline's stays itself
        (
            "Crowds clash with officers in Brooklyn for a second night\n\n"
            "At least 31 protesters were arrested in Newark on Tuesday.",
            "Newark",
        ),
    ],
)
def test_a_neighbourhood_keeps_its_name(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place
