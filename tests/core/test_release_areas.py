"""A statistics release's figures counted over a stretch of time that name no place of their
own cover the area the release covers: the area its lead names, else the report's country,
even when the report never names it; a province a breakdown item named, or the town of an
incident the release recalls, does not spread to them. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.item_areas import _leading_area
from core.extract.nlp import Chunk
from core.extract.release_areas import places_country, release_area
from core.ingest.files import from_text
from core.pipeline import run_documents
from core.text.datelines import find_dateline

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2026, 1, 12)

# a national body's release that never names its country, only its counties
UNNAMED = (
    "Armed gangs killed 1,310 in 2025, police service says\n\n"
    "The national police service said 1,310 people were killed by armed gangs and cattle "
    "raiders across the country last year.\n\n"
    "Turkana County had the highest toll with 211 deaths, while Marsabit County had 174, "
    "the service said.\n\n"
    "The service recalled the March 3 raid on a village in Baringo County, where elders said "
    "17 herders were killed.\n\n"
    "The interior minister, speaking in Mombasa on Tuesday, said 402 suspects had been "
    "arrested over the killings during the year.\n"
)
# a national review with a breakdown by province, then national totals again
BREAKDOWN = (
    "ISLAMABAD: Militant attacks across the country killed 1,205 people in 2025, a report "
    "released on Sunday said.\n\n"
    "Sindh recorded 61 deaths during the year and Punjab 46.\n\n"
    "Overall, militants carried out 689 attacks during the year, up from 517 in 2024.\n"
)
# one province's own release: the province is its area
PROVINCE = (
    "KARACHI: The Sindh police recorded 412 murders in the province between January and "
    "March, according to data released on Monday.\n\n"
    "Karachi alone accounted for 188 of the murders.\n\n"
    "Overall, 1,024 suspects were arrested in the quarter, the data showed.\n"
)


def place_of(nlp: Language, text: str, figure: str) -> str | None:
    """The place of the last figure written ``figure``, the report run through the pipeline."""
    del nlp  # the pipeline loads its own, once a session
    claims = run_documents([from_text(text, doc_id="d1", path="r.txt", published=PUB)]).claims
    found = [c for c in claims if c.number_text == figure]
    assert found, f"no claim {figure!r}"
    return found[-1].location


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the country the counties lie in, named nowhere
        (UNNAMED, "1,310", "Kenya"),
        # not the town where the minister spoke, nor the recalled raid's county
        (UNNAMED, "402", "Kenya"),
        # the national totals after a breakdown by province are the country's
        (BREAKDOWN, "689", "Pakistan"),
        (BREAKDOWN, "517", "Pakistan"),
    ],
)
def test_release_area(nlp: Language, text: str, figure: str, expected: str) -> None:
    assert place_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the items keep their own provinces, the recalled raid its scene
        (UNNAMED, "211", "Turkana County"),
        (BREAKDOWN, "61", "Sindh"),
        # a province's release keeps its province, a town's item its town
        (PROVINCE, "1,024", "Sindh"),
        (PROVINCE, "188", "Karachi"),
    ],
)
def test_own_places_kept(nlp: Language, text: str, figure: str, expected: str) -> None:
    assert place_of(nlp, text, figure) == expected


def test_recalled_incident_keeps_its_scene(nlp: Language) -> None:
    place = place_of(nlp, UNNAMED, "17")
    assert place is not None
    assert "Baringo" in place


# a province that leads a count, and a part of a count told by proportion
RANKED = (
    "LAHORE: Militants killed 1,480 people across Pakistan in 2025, a think tank said in its "
    "annual review released on Monday.\n\n"
    "Balochistan once more topped the tally with 58 killings, and May was the bloodiest "
    "month, with 21 deaths.\n\n"
    "The review also listed 95 people taken hostage, with most of the cases traced to the "
    "northern districts of Sindh.\n\n"
    "Militants also killed 300 policemen during the year, with 40 killed in Punjab.\n"
)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("58", "Balochistan"),  # the province that led the count with it
        ("21", "Pakistan"),  # the worst month's toll is the country's
        ("95", "Pakistan"),  # the part's districts are not the whole count's place
        ("40", "Punjab"),  # a figure inside the "with" phrase keeps its own place
    ],
)
def test_ranked_and_proportion(nlp: Language, figure: str, expected: str) -> None:
    assert place_of(nlp, RANKED, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "wrong"),
    [
        # a body or a country inside a clause of a noun leads no count
        ("Police in the state ended the year with 40 arrests in 2025.", "40", "Police"),
        ("The shooting set off the worst unrest Zambia has known in years, with 30 people "
         "hurt in towns across the country.", "30", "worst unrest Zambia"),
    ],
)
def test_no_leading_area(nlp: Language, text: str, figure: str, wrong: str) -> None:
    assert place_of(nlp, text, figure) != wrong


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Antioquia once more topped the tally with 61 murders.", "61", "Antioquia"),
        ("Police ended the year with 40 arrests.", "40", None),  # a body, not an area
        ("Jon Reyes finished the season with 12 goals.", "12", None),  # a person
    ],
)
def test_leading_area(nlp: Language, sentence: str, figure: str, expected: str | None) -> None:
    num = next(t for t in nlp(sentence) if t.text == figure)
    assert _leading_area(num) == expected


# a release filed from a bureau abroad, its figure's area told only by a part of the count
ABROAD = (
    "NAIROBI, Kenya (Reuters) - Armed groups killed more than 2,100 civilians in the first "
    "nine months of the year, with most of the deaths recorded in the central regions of "
    "Hiraan and Galgaduud, the United Nations said on Monday.\n"
)
# the same told from a town of the country the parts lie in
AT_HOME = (
    "ISLAMABAD (Reuters) - Militant violence killed more than 1,600 people in the first nine "
    "months of the year, with most of the deaths recorded in the northwestern districts of "
    "Bannu and Lakki Marwat, a think tank said on Sunday.\n"
)


def place_on(text: str, figure: str, published: dt.date) -> str | None:
    claims = run_documents(
        [from_text(text, doc_id="d1", path="r.txt", published=published)]
    ).claims
    found = [c for c in claims if c.number_text.endswith(figure)]
    assert found, f"no claim {figure!r}"
    return found[-1].location


def test_bureau_abroad_is_no_release_area() -> None:
    # the bureau's town lies in no country of the parts: the parts are the nearest place
    place = place_on(ABROAD, "2,100", dt.date(2025, 10, 12))
    assert place is not None
    assert "Nairobi" not in place
    assert "Hiraan" in place


def test_home_holding_the_parts_keeps_the_whole() -> None:
    # a town of the parts' own country: the parts are not the whole count's place; a think
    # tank's review filed from the capital counts over the country (``national_releases``)
    assert place_on(AT_HOME, "1,600", dt.date(2025, 10, 12)) == "Pakistan"


# a written reply to a national body, naming no country, and a town only in its last lines
REPLY = (
    "Insurgent attacks down for third year, minister says\n\n"
    "The minister of state for home affairs said in a written reply to the Rajya Sabha on "
    "Wednesday that 418 insurgent attacks were reported in 2021, 352 in 2022, 301 in 2023 "
    "and 266 in 2024.\n\n"
    "The minister also recalled the ambush near Imphal in 2021 in which six soldiers were "
    "killed.\n"
)
# a city's own data, its city named in the headline before the figures
CITY = (
    "Thefts fall in Jaipur, police say\n\n"
    "The city police recorded 2,118 vehicle thefts in 2024, down from 2,460 in 2023, "
    "according to data released on Wednesday.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (REPLY, "418", "India"),  # not the town named after the figures
        (REPLY, "266", "India"),
        (REPLY, "six", "Imphal"),  # the recalled ambush keeps its own place
        (CITY, "2,118", "Jaipur"),  # a town named before the figures stays their area
    ],
)
def test_town_named_later(text: str, figure: str, expected: str) -> None:
    assert place_on(text, figure, dt.date(2026, 1, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of one country's state only tells the country
        ("The figures were laid before the Lok Sabha on Tuesday.", "India"),
        # a chamber many countries have tells none
        ("The figures were laid before the National Assembly on Tuesday.", None),
        # a report naming its country is on it already: nothing to infer
        ("The figures were laid before the Knesset, officials in Germany said.", None),
    ],
)
def test_places_country(nlp: Language, text: str, expected: str | None) -> None:
    assert places_country([Chunk(0, nlp(text))]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # filed from a bureau abroad on another country's towns: that country
        ("ACCRA, May 4 (Reuters) - Gunmen killed 410 people around Maiduguri and Damaturu "
         "this year, officials said.", "Nigeria"),
        # on the bureau's own country's towns: the bureau's country
        ("ACCRA, May 4 (Reuters) - Police arrested 410 people in Kumasi and Tamale this "
         "year, officials said.", "Ghana"),
    ],
)
def test_release_area_of_a_bureau(nlp: Language, text: str, expected: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert release_area([Chunk(0, nlp(text))], dateline.place, dateline) == expected
