"""One reading of a dateline for the extraction, the grouping's lead and the filing day: a
dateline carrying its day, month first or day first, its year written or not ("KABUL, 25
November 2031 (Wire) -", "DHAKA, November 24, 2031 (Agency) -", "Islamabad, Nov. 24 (Wire)
—") names its town in all three. Towns are real; the sentences are invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.group.incidents import describe_report
from core.model import Document
from core.text.datelines import find_dateline
from core.text.publication_dates import filing_day
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 11, 26)
STORY = "Gunmen killed three people at a market on Tuesday, police said."

DATED = [
    (f"KABUL, 25 November 2031 (Wire) - {STORY}", "Kabul"),
    (f"KABUL, Nov 25, 2031 (Wire) - {STORY}", "Kabul"),
    (f"DHAKA, November 24, 2031 (Agency) - {STORY}", "Dhaka"),
    (f"QUETTA, November 24: {STORY}", "Quetta"),
    (f"Islamabad, Nov. 24 (Wire) — {STORY}", "Islamabad"),
    (f"MOSUL, Iraq, 22nd Nov (Wire) — {STORY}", "Mosul"),
]


@pytest.mark.parametrize(("text", "town"), DATED)
def test_a_dated_dateline_names_its_town(text: str, town: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.city == town
    assert text[dateline.end :].startswith("Gunmen")


@pytest.mark.parametrize(
    "text",
    [
        # a page label with a day is no town
        f"UPDATE, Nov 25: {STORY}",
        # a capitalised word and a number that is no month and day
        f"KABUL, Route 25 (Wire) - {STORY}",
    ],
)
def test_no_dateline_without_a_town_and_a_day(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "town"), DATED)
def test_the_lead_of_a_dated_dateline_is_its_town(text: str, town: str) -> None:
    report = describe_report(Document(id="d1", text=f"Market attack\n{text}\n"))
    assert report.place is not None
    assert report.place.name == town


def test_a_lead_without_a_dateline_names_no_town_by_its_capitals() -> None:
    report = describe_report(Document(id="d1", text=f"Market attack\n{STORY}\n"))
    assert report.place is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (f"KABUL, 25 November (Wire) - {STORY}", dt.date(2031, 11, 25)),
        (f"KABUL, Nov 25, 2031 (Wire) - {STORY}", dt.date(2031, 11, 25)),
        # the day of publication itself is no other filing day
        (f"KABUL, Nov 26 (Wire) - {STORY}", None),
    ],
)
def test_the_filing_day_is_read_from_the_same_dateline(text: str, day: dt.date | None) -> None:
    assert filing_day(text, PUB) == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (f"KABUL, 25 November 2031 (Wire) - {STORY}", "Kabul"),
        ("DHAKA, November 24, 2031 (Agency) - Four people were killed when a bus fell into a "
         "river on Sunday.", "Dhaka"),
    ],
)
def test_a_figure_naming_no_place_falls_back_to_a_dated_datelines_town(
    nlp: Language, text: str, place: str
) -> None:
    claims = read_claims(nlp, text, PUB)
    assert [c.location for c in claims] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a capital's desk gives way to the town the story is about
        ("BEIRUT, Nov 25 (Wire) — A car bomb killed 12 people at a market in Manbij, in "
         "northern Syria, on Tuesday.", "Manbij"),
        # a bureau's town gives way to a province apart from its own
        ("KANO, Nigeria, Nov 22 (Wire) - Gunmen killed 11 villagers in Zamfara state on "
         "Saturday, police said.", "Zamfara"),
        # a country's capital gives way to the country the story names
        ("DHAKA, Nov 25 (Wire) - Police fired on protesters in a northern town of Bangladesh "
         "on Tuesday, killing four.", "Bangladesh"),
        # the dateline's own town, or its province, named again: the dateline stays
        ("KABUL, Nov 25 (Wire) - A blast killed three people in Kabul on Tuesday.", "Kabul"),
        ("QUETTA, November 24: Gunmen killed three people in the city, officials in "
         "Balochistan said.", "Quetta"),
        # a town apart may be the victims' home town: a bureau's town stays
        ("QUETTA (Wire) — Gunmen killed four labourers from Multan in the city on Monday.",
         "Quetta"),
    ],
)
def test_a_datelines_town_gives_way_to_the_place_of_the_story(text: str, place: str) -> None:
    report = describe_report(Document(id="d1", text=f"Deadly attack\n{text}\n"))
    assert report.place is not None
    assert report.place.name == place


LONE = "Three labourers were killed in a raid on a village near the river on Monday, police said."


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town and its day alone on a line above the story
        (f"Raid on village\n\nLarkana, 27 November 2031\n\n{LONE}\n", "Larkana"),
        (f"Raid on village\nLarkana, Nov 27\n{LONE}\n", "Larkana"),
        # a paper's name and the day of its issue is no town
        (f"Raid on village\n\nDawn, 27 November 2031\n\n{LONE}\n", None),
    ],
)
def test_a_town_and_its_day_alone_on_a_line(text: str, town: str | None) -> None:
    dateline = find_dateline(text)
    assert (dateline.city if dateline else None) == town


def test_a_figure_falls_back_to_a_town_alone_on_its_line_with_its_day(nlp: Language) -> None:
    text = f"Raid on village\n\nLarkana, 27 November 2031\n\n{LONE}\n"
    assert [c.location for c in read_claims(nlp, text, PUB)] == ["Larkana"]
