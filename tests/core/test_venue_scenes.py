"""A named school, mall, church or base the opening sets a shooting or attack at is the
incident's finest place, written with its town; a venue someone belongs to, went to or was
treated at is none. Sentences and places invented; positive and negative cases."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.venue_scenes import venue_scene, with_venue_scene
from core.model import Claim
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.language import Language

_HEADLINE = "Teen killed, 4 hurt in shooting after homecoming game\n\n"
_LEAD = (
    "BOISE, Idaho (AP) — A 16-year-old was killed and four other people were hurt when "
    "shots were fired in a parking lot on Friday night, police said.\n\n"
)


def _chunks(nlp: Language, text: str) -> list[Chunk]:
    chunks, offset = [], 0
    for para in text.split("\n\n"):  # parsed a paragraph at a time, as reports are
        chunks.append(Chunk(offset, nlp(para)))
        offset += len(para) + 2
    return chunks


@pytest.mark.parametrize(
    ("after", "venue"),
    [
        # the shooting happened as fans left the venue's game
        (
            "The shooting happened as fans were leaving Larkspur Ridge High School's "
            "homecoming game, police said.",
            "Larkspur Ridge High School",
        ),
        # the object of "at" of an attack verb
        (
            "A gunman opened fire at Coldwater Crossing Mall, police said.",
            "Coldwater Crossing Mall",
        ),
        # the shooting outside the venue's game
        (
            "The shooting outside Pinehollow Academy's football game left the crowd in panic.",
            "Pinehollow Academy",
        ),
        # a reservoir, a forest the shooting happened at or in
        (
            "The shooting happened at Cedar Hollow Reservoir, where the two were fishing.",
            "Cedar Hollow Reservoir",
        ),
        (
            "Shots were fired in Millbrook State Forest as campers packed up, police said.",
            "Millbrook State Forest",
        ),
        # negative: a park someone walked to after it
        ("The wounded man walked to Millbrook State Forest to call for help.", None),
        # someone who belongs to the venue: no scene
        ("The girl who was shot was a senior at Larkspur Ridge High School, police said.", None),
        # where the hurt were taken: no scene
        ("Two of the hurt were taken to Saint Brennan College for treatment.", None),
        # a town's market in lower case: no named venue
        ("The shooting happened near the Boise market, police said.", None),
        # the venue said or was closed: no scene
        ("Larkspur Ridge High School said classes would resume on Monday.", None),
    ],
)
def test_the_named_venue_of_the_shooting(nlp: Language, after: str, venue: str | None) -> None:
    assert venue_scene(_chunks(nlp, _HEADLINE + _LEAD + after)) == venue


def _claim(location: str | None, day: dt.date) -> Claim:
    return Claim(
        id="c", document_id="d", start=0, end=3, number_text="two", value=2.0,
        qualifier="exact", low=None, high=None, measure="killed", sentence="",
        sentence_start=0, sentence_end=0, rule="test", location=location, date_start=day,
        date_end=day,
    )


def test_the_incidents_figures_under_the_venue_with_their_town() -> None:
    day = dt.date(2025, 3, 7)
    incident = Period(day, day, "Friday")
    claims = [
        _claim("Boise, Idaho", day),  # the incident's, under its town
        _claim("Boise", day + dt.timedelta(days=2)),  # a later toll
        _claim("Boise", dt.date(2024, 1, 1)),  # a tally of another year
        _claim("North End, Boise", day),  # a part of the town of its own
        _claim("United States", day),  # the country: not the venue's town
        _claim("Berlin, Balochistan", day),  # a namesake town: the place is the province
    ]
    moved = with_venue_scene(claims, "Larkspur Ridge High School", incident)
    assert [c.location for c in moved] == [
        "Larkspur Ridge High School, Boise",
        "Larkspur Ridge High School, Boise",
        "Boise",
        "North End, Boise",
        "United States",
        "Berlin, Balochistan",
    ]
    assert with_venue_scene(claims, None, incident) == claims


@pytest.mark.parametrize(
    ("venue", "town", "expected"),
    [
        # the venue's name holds another town than the report's: that town says where it is
        ("Sylhet Polytechnic College", "Dhaka", "Sylhet Polytechnic College"),
        # its own town, or none: written with the report's town
        ("Boise Valley Academy", "Boise", "Boise Valley Academy, Boise"),
        ("Larkspur Ridge High School", "Boise", "Larkspur Ridge High School, Boise"),
    ],
)
def test_a_venue_named_after_its_town_keeps_it(venue: str, town: str, expected: str) -> None:
    day = dt.date(2025, 3, 7)
    moved = with_venue_scene([_claim(town, day)], venue, Period(day, day, "Friday"))
    assert [c.location for c in moved] == [expected]
