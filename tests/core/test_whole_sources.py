"""A claim's source is a whole person or body: the outlet a named speaker told is cut off
("said doctor Ann Roe to Reuters"), a subject that names no one (a figure, a statute, a
poll's share, a lone article) is no source, and a title abbreviation ("Col.", "Capt.")
does not end the sentence and clip the speaker. Names, places and sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.whole_sources import whole_source
from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 9)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims}


@pytest.mark.parametrize(
    ("source", "whole"),
    [
        ("nurse Lina Doss to Reuters", "nurse Lina Doss"),
        ("Ann Roe to the Associated Press", "Ann Roe"),
        ("Tola to AFP", "Tola"),
        ("612 KRS 4/19-2", None),
        ("some 48 percent of voters", None),
        ("The", None),
    ],
)
def test_a_stray_phrase_is_cut_or_dropped(source: str, whole: str | None) -> None:
    assert whole_source(source) == whole


@pytest.mark.parametrize(
    "source",
    [
        "an adviser to the Kelmor Times",  # a role tied to the outlet, not one who told it
        "a spokesman to the governor",  # no outlet
        "NYPD 7th Precinct",  # a figure inside a name
        "two police officers",
        "The Kelmor Post",
    ],
)
def test_a_whole_source_stays(source: str) -> None:
    assert whole_source(source) == source


@pytest.mark.slow
def test_a_speaker_who_told_an_outlet_is_the_speaker() -> None:
    text = (
        "A landslide buried a village near Tarnow on Monday.\n\n\"We have treated about 30 "
        "people with broken bones, \" said doctor Lina Doss to Reuters, speaking from the "
        "district hospital."
    )
    assert sources(text)["about 30"] == "doctor Lina Doss"


@pytest.mark.slow
def test_a_title_abbreviation_keeps_the_speaker_whole() -> None:
    text = (
        "A quake struck the coast of Velor on Monday.\n\nThe quake left 12 people dead in "
        "the port, said Velor Military Commander Col. Bram Tola."
    )
    assert sources(text)["12"] == "Velor Military Commander Col. Bram Tola"



@pytest.mark.slow
def test_a_sentence_ending_on_a_whole_title_keeps_its_source() -> None:
    text = (
        "A quake struck the coast of Velor on Monday.\n\nThe quake left 12 people dead in "
        "the port, said the King. Rescuers found four more bodies."
    )
    assert sources(text)["12"] == "the King"
