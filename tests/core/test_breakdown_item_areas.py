"""Each item of a statistics report's breakdown by area is its own area's figure: a row
"Name: N" under a heading takes its label as its place when the heading says the rows are
areas ("by state") or the gazetteer knows the label, never a party or a kind ("Government
forces: 140", "Civilians: 520"); and an item is never one statistic with the national total
it breaks down."""

from __future__ import annotations

import datetime as dt

from core.model import Claim, Result
from tests.core.claim_factory import run_texts

PUBLISHED = dt.date(2026, 1, 12)
REPORT = (
    "Nigeria: 1,200 killed in bandit attacks in 2025, monitor says\n\n"
    "Armed groups killed 1,200 people across Nigeria in 2025, the Abuja-based Peace Monitor "
    "said in its annual report.\n\n"
    "Kwara recorded 88 and Oyo 54, the report said.\n\n"
    "{heading}\n\n{rows}\n\n"
    "The monitor urged the government to act.\n"
)


def _result(heading: str, rows: list[str]) -> Result:
    return run_texts(REPORT.format(heading=heading, rows="\n\n".join(rows)), published=PUBLISHED)


def _claims(heading: str, rows: list[str]) -> list[Claim]:
    return [c for c in _result(heading, rows).claims if c.is_core]


def _by_figure(claims: list[Claim]) -> dict[str, Claim]:
    return {c.number_text: c for c in claims}


def test_a_row_under_a_heading_is_its_labels_place() -> None:
    found = _by_figure(_claims("Deaths by state:", ["Ekiti: 77", "Jigawa: 65"]))
    assert found["77"].location == "Ekiti"
    assert found["65"].location == "Jigawa"


def test_rows_a_heading_calls_areas_are_places_the_gazetteer_lacks() -> None:
    found = _by_figure(_claims("Deaths by region:", ["Lower Velmark: 77", "Ekiti: 65"]))
    assert found["77"].location == "Lower Velmark"


def test_a_party_or_a_kind_is_no_place() -> None:
    found = _by_figure(_claims(
        "Deaths by state:", ["Ekiti: 77", "Government forces: 140", "Civilians: 520"]
    ))
    assert found["140"].location not in ("Government forces", "Ekiti")
    assert found["520"].location not in ("Civilians", "Ekiti")


def test_a_label_unknown_under_a_heading_of_no_areas_is_no_place() -> None:
    found = _by_figure(_claims("Deaths by month:", ["Lower Velmark: 77"]))
    assert found["77"].location != "Lower Velmark"


def test_an_item_is_no_part_of_the_national_total() -> None:
    result = _result("Deaths by state:", ["Ekiti: 77", "Jigawa: 65"])
    figures = {c.id: c.number_text for c in result.claims}
    event = {figures[i]: e.id for e in result.events for i in e.claim_ids}
    assert event["77"] != event["1,200"]
    assert event["54"] != event["1,200"]
    assert event["77"] != event["65"]


def test_a_measure_s_row_names_each_item_s_area() -> None:
    found = _by_figure(_claims("The year in figures:", ["Attacks: Ekiti 31, Jigawa 19, Sokoto 7"]))
    assert found["31"].location == "Ekiti"
    assert found["19"].location == "Jigawa"
    assert found["7"].location == "Sokoto"


def test_a_measure_s_row_of_parties_names_no_area() -> None:
    found = _by_figure(_claims("The year in figures:", ["Killed: Soldiers 31, Militants 19"]))
    assert found["31"].location not in ("Soldiers", "Militants")
    assert found["19"].location not in ("Soldiers", "Militants")
