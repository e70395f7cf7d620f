"""Indian wire copy opens with town, day and agency and no dash ("Raipur, Nov 27 (PTI) Three
jawans were killed ..."): the dateline is no figure's subject, and "Nov 27" is a day, not
November 2027. Towns are real; incidents and sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.dates import month_year
from tests.core.claim_factory import core_claims_by_text, read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ranchi, Mar 12 (PTI) Four workers were killed and six others injured when a "
            "wall collapsed at a construction site in Dhanbad district on Tuesday, police said.",
            [("Four", 4.0, "killed"), ("six", 6.0, "injured")],
        ),
        (
            "Srinagar, Oct 3 (IANS) Two militants were killed in an encounter with security "
            "forces in Kupwara district, officials said.",
            [("Two", 2.0, "killed")],
        ),
        # NER may leave the day unlabelled: the number after a month is the day
        (
            "Raipur, Apr 7 (PTI) Four security personnel were killed and two others injured "
            "when a pressure bomb went off in Narayanpur district on Sunday, police said.",
            [("Four", 4.0, "killed"), ("two", 2.0, "injured")],
        ),
        # with the dash the dateline ended already; the bracket before it changes nothing
        (
            "MUMBAI (Reuters) - Three people were killed when a building collapsed on Monday.",
            [("Three", 3.0, "killed")],
        ),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_figure(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    claims = read_claims(nlp, text, None)
    assert [(c.number_text, c.value, c.measure) for c in claims] == expected
    assert all(c.date_start is None or c.date_start.year != 2012 for c in claims)


def test_a_wire_dateline_town_is_no_speaker_or_victim(nlp: Language) -> None:
    text = ("Patna, Jun 8 (PTI) Five people drowned after a boat capsized in the Ganga in "
            "Bhagalpur district on Saturday, a district official said.")
    (claim,) = read_claims(nlp, text, None)
    assert (claim.number_text, claim.value, claim.measure) == ("Five", 5.0, "killed")
    assert claim.attribution == "a district official"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("nov 27", None),  # a day with no year known: no month of 2027
        ("june 12", None),
        ("march '99", 1999),  # the apostrophe makes it a year
        ("june 98", 1998),  # no day is numbered 98
        ("march 2031", 2031),
    ],
)
def test_a_number_a_day_could_be_is_no_year(text: str, year: int | None) -> None:
    span = month_year(text, dt.date(2030, 12, 1), None) if year else month_year(text, None, None)
    assert (span.start.year if span is not None else None) == year


def test_a_day_under_a_dated_report_keeps_its_month(nlp: Language) -> None:
    text = "Kolkata, Nov 27 (PTI) Three people were killed in a fire in a market on Wednesday."
    (claim,) = read_claims(nlp, text, dt.date(2030, 11, 28))
    assert claim.date_start == dt.date(2030, 11, 27)


def test_a_dateline_town_unknown_to_the_gazetteer_is_the_reports_place() -> None:
    # the only other town named is where the injured were flown: no scene
    text = (
        "Six dead as jeep falls into gorge\n\n"
        "KELWARI, March 4: Six people died and nine were injured when a jeep fell into a "
        "gorge on Monday night.\n\n"
        "The injured were airlifted to Kathmandu for treatment, police said."
    )
    claims = core_claims_by_text([text], dt.date(2031, 3, 4))[text]
    assert [(c.number_text, c.location) for c in claims] == [
        ("Six", "Kelwari"), ("Six", "Kelwari"), ("nine", "Kelwari")
    ]


def test_an_agency_after_a_provincial_capital_is_no_part_of_the_place() -> None:
    text = (
        "Attack on checkpost kills four policemen\n\n"
        "KANDAHAR CITY (Wire): Four policemen were killed when gunmen stormed a checkpost "
        "on Sunday, an official said."
    )
    claims = core_claims_by_text([text], dt.date(2031, 3, 4))[text]
    assert {c.location for c in claims} == {"Kandahar City"}
