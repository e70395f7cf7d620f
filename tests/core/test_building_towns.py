"""Issue #11, place and arrests on sentences we invented (towns in real gazetteer names):

- the bare name after the "in" of a building ("returned to the depot in Harlow") is the town,
  and a town before a striking event, a lane or a firm ("Iran quake", "an Allentown alley") too,
  whatever label NER gave it;
- a perpetrator named by his deed ("the bomber", "the arsonist") caught or arrested is one
  arrest.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float, str, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value, c.qualifier, c.location) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A sacked clerk returned to the depot in Harlow on Friday and shot two colleagues dead,"
         " police said.", "Harlow"),
        ("A worker returned to a bakery in Brook Hollow on Thursday and shot two colleagues dead,"
         " police said.", "Brook Hollow"),
    ],
)
def test_town_after_a_buildings_in(text: str, town: str) -> None:
    assert [place for _, _, _, place in _read(text)] == [town]


def test_a_building_after_in_is_no_town() -> None:
    found = _read("Two men were shot dead at a shop in Tenby Mall on Friday, police said.")
    assert all(place != "Tenby" for _, _, _, place in found)


@pytest.mark.parametrize(
    "text",
    [
        "The suspected bomber was caught at a checkpoint outside Velmar on Friday.",
        "The arsonist was arrested in Velmar on Friday, police said.",
    ],
)
def test_perpetrator_by_his_deed_arrested(text: str) -> None:
    assert [(m, v) for m, v, _, _ in _read(text)] == [("arrested", 1)]


def test_caught_in_the_blast_is_no_arrest() -> None:
    found = _read("The bomber was caught in the blast in Velmar on Friday.")
    assert all(m != "arrested" for m, _, _, _ in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a striking event after the town's name is no part of it
        ("Toll in Iran quake rises to ten\nThe quake struck on Sunday.", "Iran"),
        # a town before a lane or a firm: the town, not "Allentown alley"
        ("A man was found shot to death in an Allentown alley early Sunday.", "Allentown"),
        ("A gunman killed two people at a Tulsa firm on Friday.", "Tulsa"),
    ],
)
def test_town_before_an_event_or_a_premises(text: str, town: str) -> None:
    assert {place for _, _, _, place in _read(text)} == {town}


def test_scene_named_in_a_sentence_with_no_figure() -> None:
    # the town is named only in a later sentence that counts no one and quotes no one
    found = _read("Two dead in factory blast\nTwo workers were killed and five injured in an"
                  " explosion at a chemical plant on Tuesday.\nThe blast at the plant in Carlow"
                  " sent a plume of smoke over the town.")
    assert {place for _, _, _, place in found} == {"Carlow"}


def test_undated_report_files_its_figures_under_the_scene_told_later() -> None:
    # no publication date, no date in the text: the figures with no place take the scene a
    # later sentence tells, whether a figure or a statement is in that sentence or not
    found = _read("Gunman kills three at office\nA gunman opened fire at an accounting office,"
                  " killing three people and wounding two others, police said.\nThe shooting"
                  " happened at a business park on the edge of Fresno.")
    assert [(m, v, place) for m, v, _, place in found] == [
        ("killed", 3, "Fresno"), ("killed", 3, "Fresno"), ("injured", 2, "Fresno"),
    ]


def test_a_holiday_before_the_incident_is_no_place() -> None:
    found = _read("Teen charged in deadly Labor Day shooting\nFRESNO, Calif. - A 16-year-old boy"
                  " has been charged with murder in the Labor Day shooting that left a man dead,"
                  " prosecutors said Thursday.")
    assert found
    assert all(place and "Labor Day" not in place for _, _, _, place in found)


def test_another_incidents_town_is_not_the_reports() -> None:
    # "Separately, ..." tells another incident: its town weighs as little as a recalled one's
    found = _read("Gunman kills three at office\nA gunman opened fire at an accounting office,"
                  " killing three people, police said.\nSeparately, two soldiers were killed in"
                  " Kandahar.\nThe shooting happened at a business park on the edge of Fresno.")
    assert [(m, v, place) for m, v, _, place in found] == [
        ("killed", 3, "Fresno"), ("killed", 3, "Fresno"), ("killed", 2, "Kandahar"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        # the town named only in a later sentence with no figure, no speaker, no scene verb
        "The warehouse stands on the north side of Fresno.",
        "Officers closed the streets around the warehouse in Fresno for hours.",
        # a town's force or mayor, with no locative word
        "The Fresno Police Department is investigating.",
        "Fresno Mayor Tom Hale called the shooting a tragedy.",
    ],
)
def test_undated_report_takes_the_town_a_plain_later_sentence_names(later: str) -> None:
    found = _read("Gunman kills two at warehouse\nA gunman opened fire at a warehouse, killing"
                  f" two workers and wounding three others.\n{later}")
    assert {place for _, _, _, place in found} == {"Fresno"}


def test_a_dated_report_reads_no_plain_later_sentence_for_its_town() -> None:
    # a report with a day keeps to what its figures' sentences say (the dated fallback
    # holds to the lead), so a sentence with no figure is not parsed for its town
    doc = from_text(
        "Gunman kills two at warehouse\nA gunman opened fire at a warehouse on Friday, killing"
        " two workers.\nThe warehouse stands on the north side of Fresno.\n",
        doc_id="d0", path="report.txt", published=dt.date(2031, 5, 2),
    )
    assert {c.location for c in run_documents([doc]).claims} == {None}


def test_where_a_body_is_headquartered_is_no_town() -> None:
    found = _read("Gunman kills two at plant\nA gunman opened fire at a plant, killing two"
                  " workers.\nThe company is headquartered in Denver and has plants across the"
                  " state.")
    assert {place for _, _, _, place in found} == {None}


def test_a_side_of_a_street_is_no_town() -> None:
    found = _read("Gunman kills two at warehouse\nA gunman opened fire at a warehouse, killing"
                  " two workers.\nThe warehouse stands on the west side of Fresno Street.")
    assert {place for _, _, _, place in found} == {None}


def test_a_town_ner_took_for_a_person_names_the_undated_reports_town() -> None:
    # NER reads "Bandar Abbas" as a person's name; standing after "in", the gazetteer's town
    found = _read("Quake kills three\nA strong earthquake killed three people on Tuesday,"
                  " officials said.\nMost of the damage was in Bandar Abbas, the provincial"
                  " capital.")
    assert {place for _, _, _, place in found} == {"Bandar Abbas"}


def test_an_army_base_in_a_town_is_the_scene() -> None:
    # "base" as a noun names a place attacked, not where a body sits
    found = _read("Militants storm base\nMilitants attacked an army base in Bannu, killing"
                  " four soldiers.")
    assert {place for _, _, _, place in found} == {"Bannu"}
