"""A statistics release's figures counted over a stretch of time that name no place of their
own cover the area the release covers: the area its lead names, else the report's country,
even when the report never names it; a province a breakdown item named, or the town of an
incident the release recalls, does not spread to them. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.item_areas import _leading_area
from core.ingest.files import from_text
from core.pipeline import run_documents

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
