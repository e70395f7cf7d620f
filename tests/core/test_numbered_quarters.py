"""A part of a town known by its number ("Sector 11-B of North Karachi", "Block 7 of
Gulshan-e-Iqbal", "Noida's Sector 62"): filed with the locality that holds it, and with the
report's town when the gazetteer does not know that locality; never "Sector" (a hamlet the
gazetteer lists) nor a hospital's ward or a jail's block (issue #11, place). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.numbered_quarters import a_numbered_quarter, with_town
from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 14)


def places_of(nlp: Language, text: str) -> list[str | None]:
    return places_read(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two tailors were shot dead in Sector 14-C of North Karachi on Monday night, "
            "police said.",
            "Sector 14-C, North Karachi",
        ),
        (
            "A vendor was killed when robbers opened fire in Block 9 of Gulistan-e-Jauhar on "
            "Sunday, police said.",
            "Block 9, Gulistan-e-Jauhar",
        ),
        (
            "Unknown gunmen killed a 52-year-old trader in Phase 5 of DHA on Tuesday, according "
            "to police.",
            "Phase 5, DHA",
        ),
        (
            "Four people were hurt in a gas cylinder explosion in Sector I-10 of Islamabad on "
            "Friday, rescue workers said.",
            "Sector I-10, Islamabad",
        ),
        (
            "A constable was martyred in an attack in Baldia Town's Sector 4 on Thursday, "
            "officials said.",
            "Sector 4, Baldia Town",
        ),
        (
            "Three workers died in a blaze in Noida's Sector 18 on Friday, officials said.",
            "Sector 18, Noida",
        ),
        (
            "Three workers died in a blaze in Sector 18, Noida on Friday, officials said.",
            "Sector 18, Noida",
        ),
        # the locality, then its town
        (
            "A vendor was shot dead in Block 9 of Gulistan-e-Jauhar, Karachi on Sunday, police "
            "said.",
            "Block 9, Gulistan-e-Jauhar, Karachi",
        ),
        (
            "Five soldiers were killed in an ambush in Sector 3 of Baramulla district on "
            "Sunday, officials said.",
            "Sector 3, Baramulla district",
        ),
    ],
)
def test_a_numbered_part_is_filed_with_its_locality(nlp: Language, text: str, place: str) -> None:
    assert set(places_of(nlp, text)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a locality the gazetteer does not know lies in the dateline's town
        (
            "KARACHI: A vendor was killed when robbers opened fire in Block 9 of "
            "Gulistan-e-Jauhar on Sunday, police said.",
            "Block 9, Gulistan-e-Jauhar, Karachi",
        ),
        (
            "ISLAMABAD: Four people were hurt in a gas cylinder explosion in Sector I-10 on "
            "Friday, rescue workers said.",
            "Sector I-10, Islamabad",
        ),
        (
            "KARACHI: Two men were killed in Landhi's Sector 36 on Monday. Police said the "
            "attackers fled on a motorcycle.",
            "Sector 36, Landhi, Karachi",
        ),
        # one the gazetteer knows says its town
        (
            "KARACHI: Two tailors were shot dead in Sector 14-C of North Karachi on Monday "
            "night, police said.",
            "Sector 14-C, North Karachi",
        ),
    ],
)
def test_a_numbered_part_lies_in_the_datelines_town(nlp: Language, text: str, place: str) -> None:
    assert set(places_of(nlp, text)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a hospital's ward is no quarter: the dateline's town
        (
            "LAHORE: The wounded driver died in Ward 7 of the Services Hospital on Monday, "
            "police said.",
            "Lahore",
        ),
        # a phase of an operation is no place
        ("In Phase 3 of the operation, 25 militants were killed, the army said.", None),
        # a ward with no holder is no place either
        (
            "RAWALPINDI: Police arrested six suspects in a raid in Ward 9 on Wednesday.",
            "Rawalpindi",
        ),
    ],
)
def test_numbered_words_that_are_no_quarter(nlp: Language, text: str, place: str | None) -> None:
    assert set(places_of(nlp, text)) == {place}


def test_a_speaker_after_the_comma_is_no_holder(nlp: Language) -> None:
    text = "Two men were shot dead in Sector 4, Ahmed said on Tuesday."
    assert places_of(nlp, text) == ["Sector 4"]


def test_the_private_sector_is_no_place(nlp: Language) -> None:
    assert places_of(nlp, "The private sector shed 40 jobs last month, officials said.") == [None]


@pytest.mark.parametrize(
    ("name", "town", "written"),
    [
        ("Sector G-9", "Islamabad", "Sector G-9, Islamabad"),
        ("Block 7, Gulshan-e-Iqbal", "Karachi", "Block 7, Gulshan-e-Iqbal, Karachi"),
        ("Sector 11-B, North Karachi", "Karachi", None),  # the gazetteer's Karachi
        ("Sector 5, Karachi", "Karachi", None),
        ("Gulshan-e-Iqbal", "Karachi", None),  # no numbered part
        ("the private sector", "Karachi", None),
    ],
)
def test_with_town(name: str, town: str, written: str | None) -> None:
    assert with_town(name, town) == written


@pytest.mark.parametrize(
    ("name", "numbered"),
    [
        ("Sector G-9", True),
        ("Phase II", True),
        ("Block 7, Gulshan-e-Iqbal", True),
        ("Sector 11-B, North Karachi", True),
        ("Sector F-7/2", True),
        ("Block", False),
        ("block 7", False),
        ("Sector Commander", False),
        ("Ward Street", False),
    ],
)
def test_a_numbered_quarter(name: str, numbered: bool) -> None:
    assert a_numbered_quarter(name) is numbered


def test_a_sentence_may_open_with_the_quarter(nlp: Language) -> None:
    text = "In Sector 14-C of North Karachi, two tailors were shot dead on Monday, police said."
    assert places_of(nlp, text) == ["Sector 14-C, North Karachi"]


def test_a_landmark_in_the_quarter_takes_the_quarter_not_the_hamlet(nlp: Language) -> None:
    # "Sector" after "in" was read as a unit holding the landmark: "X Chowrangi, Sector"
    text = (
        "KARACHI: A cobbler who was shot near Disco Mor Chowrangi in Sector 7-D of North "
        "Karachi last week died of his wounds on Monday, police said."
    )
    assert places_of(nlp, text) == ["Sector 7-D, North Karachi"]
