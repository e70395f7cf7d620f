"""Which place a sentence gives as the scene (issue #11, place): a locality is written with
the place the sentence says holds it before the report's town; a town before an attack word
is the town, not the compound noun after it; where the source sits is the town when the
sentence names no other; where people came from or passed through is no scene to carry.
Sentences written for these classes, South Asian reports beside US local news, positive and
negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.claim_places import place_mentions
from tests.core.claim_factory import PLACE_DAY, core_claims_by_text, place_of

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = PLACE_DAY


def places_in_report(text: str, figure: str) -> list[str | None]:
    """Through the pipeline (the first line is the headline): the places of that figure."""
    claims = core_claims_by_text([text], PUBLISHED)[text]
    return [c.location for c in claims if c.number_text == figure]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the sentence names the district holding the locality: the newsroom's town is far
        (
            "PESHAWAR: Two constables were killed when gunmen fired on a patrol in the Gul "
            "Bagh area of Lakki Marwat district on Sunday, police said.",
            "Two",
            "Gul Bagh area, Lakki Marwat district",
        ),
        (
            "QUETTA: Four labourers were shot dead in Sorgai, a village in Panjgur district, "
            "on Friday, officials said.",
            "Four",
            "Sorgai, Panjgur district",
        ),
        # "the town of X in Y": the town is named after its noun, and is the place
        (
            "A strong quake hit the town of Marvast in Yazd province, injuring nine people.",
            "nine",
            "Marvast",
        ),
        # with no holder named, the locality is a part of the report's town
        (
            "LAHORE: Three people were injured when a roof caved in in the Ichhra area on "
            "Sunday, rescue officials said.",
            "Three",
            "Ichhra area, Lahore",
        ),
        # the town owning the area by its possessive, NER taking the area's name for a
        # person's or leaving the town a location, under a bureau in another town
        (
            "KARACHI: Four worshippers were killed when a gas cylinder exploded at a mosque in "
            "Quetta's Kili Shabo area on Friday, officials said.",
            "Four",
            "Kili Shabo area, Quetta",
        ),
        (
            "New Delhi: Two men were held with explosives in Pune's Kondhwa area on Friday, "
            "police said.",
            "Two",
            "Kondhwa area, Pune",
        ),
    ],
)
def test_a_locality_is_written_with_what_the_sentence_says_holds_it(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Five killed in Quetta suicide bombing\n\nThe toll may rise.", "Five", "Quetta"),
        ("Six hurt in Lahore gas explosion\n\nRescue teams are at the site.", "Six", "Lahore"),
        ("Two killed in Chicago apartment fire\n\nThe cause is not known.", "Two", "Chicago"),
        (
            "Three militants were killed in a Baramulla encounter on Sunday, police said.",
            "Three",
            "Baramulla",
        ),
        # a town named before the noun it qualifies still names itself when nothing follows
        (
            "Eight people were hurt in the DI Khan attack on Monday, officials said.",
            "Eight",
            "Dera Ismail Khan",
        ),
    ],
)
def test_a_town_before_an_attack_word_is_the_town_alone(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a name with its possessive stays whole in a chain of units
        (
            "Two men were killed in a clash at a camp in Ukhiya upazila of Cox's Bazar on "
            "Saturday.",
            "Two",
            "Ukhiya upazila, Cox's Bazar",
        ),
        # a town said to be the capital of what holds it, known to the gazetteer or not
        ("Six were killed when a bomb went off in Mehtarlam, the provincial capital of "
         "Laghman.", "Six", "Mehtarlam, Laghman"),
        # a case or an inquiry is no place: the town before it is
        ("NIA arrests 4 in Bhopal module case\n\nMore arrests are likely.", "4", "Bhopal"),
        # a people's adjective names no unit: the city after "of" is the place
        ("Nine people were killed in the Iranian city of Bam on Friday.", "Nine", "Bam"),
        ("A blast killed six people in the Pakistani city of Quetta.", "six", "Quetta"),
        # the adjective NER labels a state's, after a compass word
        ("A bomb killed two people in the central Ukrainian city of Dnipro on Friday.", "two",
         "Dnipro"),
        # the tagger takes the town for an adjective (as it would "Iranian")
        ("Two militants killed in Shopian encounter\n\nThe search goes on.", "Two", "Shopian"),
        (
            "Two militants were killed in an encounter with troops in Kulgam district of south "
            "Kashmir on Tuesday, police said.",
            "Two",
            "Kulgam district",
        ),
    ],
)
def test_a_name_the_tagger_misreads_is_the_place_whole(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # nothing carried and no other town named: where the police speak from is the
        # town, not the dateline's (a place carried from the figures before stays)
        (
            "PESHAWAR: Nine soldiers were hurt in Khyber district on Monday, officials said. "
            "A search of the area was under way.\n\n"
            "Separately, police in Bannu said two men were shot dead near a checkpoint.",
            "two",
            "Bannu",
        ),
        (
            "Two teenagers were shot near a gas station late Friday. Police in Elkhart said "
            "three others were hurt outside a store.",
            "three",
            "Elkhart",
        ),
        # a named correspondent files from far away: the place carried stays
        (
            "Six people were hurt when a quake struck Bam on Monday. Our correspondent Jane "
            "Roe in Tehran says at least four aftershocks were felt and two more were hurt.",
            "two",
            "Bam",
        ),
        # the sentence names the scene: the source's town gives way
        (
            "Officials in Kabul said ten people were killed in a blast in Helmand on Monday.",
            "ten",
            "Helmand",
        ),
        (
            "Police in Dayton said four people were wounded in a shooting in Trotwood.",
            "four",
            "Trotwood",
        ),
    ],
)
def test_where_the_source_sits_is_the_town_when_none_other_is_named(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "SRINAGAR: Two militants were killed in Poonch district on Sunday, police said. "
            "The army said the militants, who carried two rifles, had tried to infiltrate from "
            "across the Line of Control. "
            "Three soldiers were also injured in the gunfight, an official said.",
            "Three",
            "Poonch district",
        ),
        (
            "Two people were killed in a shooting in Gary on Saturday. Police said the gunman, "
            "who had driven in from Chicago via Hammond, wounded four others.",
            "four",
            "Gary",
        ),
        # a place the harm is reported from is the scene
        (
            "Five deaths were reported from Kupwara district on Monday, officials said.",
            "Five",
            "Kupwara district",
        ),
    ],
)
def test_where_people_came_from_is_no_scene_to_carry(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the sentence names only the county or the metro area: the town's police tell
        (
            "Three people were killed in a house fire in Rush County on Friday, "
            "Rushville Police Chief Dan Roe said.",
            "Three",
            "Rushville",
        ),
        (
            "Two men were shot outside a bar in suburban Detroit early Saturday, the Pontiac "
            "police chief said.",
            "Two",
            "Pontiac",
        ),
        # a state that does not hold the town, or a South Asian district, stays
        (
            "Three people were killed in a house fire in Ohio on Friday, Rushville Police "
            "Chief Dan Roe said.",
            "Three",
            "Ohio",
        ),
        (
            "Four people were shot in Kech district on Friday, the Quetta police chief said.",
            "Four",
            "Kech district",
        ),
        # a county that only names a body is no scene to compare
        (
            "Henry County deputies said two men were wounded in New Castle on Sunday.",
            "two",
            "New Castle",
        ),
    ],
)
def test_a_town_police_chief_places_a_figure_told_by_county(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the headline names the district; the dateline is only where the newsroom is
        (
            "Gunmen kill two labourers in Panjgur\n\n"
            "QUETTA: Two labourers were shot dead in the Gichk area on Friday, police said.",
            "Two",
            "Gichk area, Panjgur",
        ),
        # a dated dateline before the lead's figure, left out of its parse, changes nothing
        (
            "Gunmen kill two labourers in Panjgur\n\n"
            "QUETTA, May 3 - Two labourers were shot dead in the Gichk area on Friday, police"
            " said.",
            "Two",
            "Gichk area, Panjgur",
        ),
        # the headline names the dateline's town, or nothing: the town is the scene
        (
            "Roof collapse in Lahore kills three\n\n"
            "LAHORE: Three people were killed when a roof caved in in the Ichhra area on "
            "Sunday, officials said.",
            "Three",
            "Ichhra area, Lahore",
        ),
        (
            "Roof collapse kills three\n\n"
            "LAHORE: Three people were killed when a roof caved in in the Ichhra area on "
            "Sunday, officials said.",
            "Three",
            "Ichhra area, Lahore",
        ),
    ],
)
def test_a_locality_takes_the_place_the_headline_gave_over_the_dateline(
    text: str, figure: str, place: str
) -> None:
    assert places_in_report(text, figure) == [place]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a tally over the whole country or province is the country or province, not the
        # town of the lead, even when the report never names its country
        (
            "KARACHI: Five people were killed in a blast in Karachi on Monday, police said. "
            "Over the past year, 40 people have been killed in attacks across the country.",
            "40",
            "Pakistan",
        ),
        (
            "QUETTA: Three soldiers were killed in Kech district on Thursday. This year, 23 "
            "soldiers have been killed in attacks across the province, a think tank said.",
            "23",
            "Balochistan",
        ),
        (
            "LAHORE: The protests in cities throughout the country have left at least 30 "
            "people injured, officials said.",
            "at least 30",
            "Pakistan",
        ),
        (
            "Two people were shot dead in Tulsa, Oklahoma, on Monday. More than 300 people "
            "have been killed in mass shootings across the country this year.",
            "More than 300",
            "United States",
        ),
        # the harm that set off unrest across the country stays where it was
        (
            "The fatal shooting of two men in Lahore on Saturday sparked riots across Pakistan.",
            "two",
            "Lahore",
        ),
        (
            "KARACHI: Five people were killed in a blast in Karachi on Monday, police said.",
            "Five",
            "Karachi",
        ),
    ],
)
def test_a_tally_over_the_country_is_the_country(text: str, figure: str, place: str) -> None:
    assert places_in_report(text, figure) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Kashmir copy calls Kashmir "the Valley"
        (
            "SRINAGAR: Two militants were killed in Kupwara district on Friday. It was the "
            "ninth gunfight in the Valley this year, in which 17 militants have been killed.",
            "Kashmir",
        ),
        # a valley elsewhere stays as written
        (
            "PHOENIX: A man was shot dead on Friday. It was the ninth shooting in the Valley "
            "this year, in which 17 people have been killed.",
            "Valley",
        ),
    ],
)
def test_a_regional_nickname_is_the_region_of_its_own_press(
    nlp: Language, text: str, place: str
) -> None:
    assert place_of(nlp, text, "17") == place



@pytest.mark.parametrize(
    "sentence",
    [
        "The dead, all residents of Parachinar, were travelling to Peshawar.",
        "The victims, natives of Multan, were working at the site.",
        "Two of them hailed from Sadda.",
        "Both belonged to Swat.",
    ],
)
def test_where_the_victims_lived_or_came_from_is_no_scene(nlp: Language, sentence: str) -> None:
    sent = next(iter(nlp(sentence).sents))
    assert place_mentions(sent) == []
