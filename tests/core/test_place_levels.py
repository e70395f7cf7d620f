"""Reports of one incident that write its place at different levels (issue #11, grouping): a
town named like the province or district that holds it ("Kandahar") may be that province, a
name two countries share may be the namesake in the other report's province, a place the
gazetteer found from a piece of a longer name is a guess; none of them keeps the figures of
one incident apart. Places known to differ at the same level still do."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.figure_places import resolve_place
from core.group.incidents import _idf, describe_report
from core.group.match import group
from core.group.place_readings import PlaceReading, known_apart, place_reading
from core.group.report_evidence import compare
from core.model import Document, Event
from tests.core.claim_factory import Batch

DAY = "2031-03-11"


def reading(text: str, hints: dict[str, int] | None = None) -> PlaceReading:
    place = resolve_place(text, hints)
    assert place is not None, text
    return place_reading(text, place)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kandahar", "Spin Boldak"),  # the province named like its capital holds the town
        ("Multan", "Shujabad"),  # the district named like its town holds the other town
        ("Hyderabad", "Sindh"),  # the namesake in the other report's province
        ("Kunduz", "Imam Sahib"),
    ],
)
def test_places_that_one_name_may_hold_are_not_known_apart(first: str, second: str) -> None:
    assert not known_apart(reading(first), reading(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kandahar", "Ghazni"),  # towns of provinces that differ
        ("Multan", "Bahawalpur"),
        ("Sukkur", "Larkana"),
        ("Kunduz city", "Ghazni"),
        ("Mingora, Swat", "Bannu"),  # a spot written with its district, another district
        ("Jolo, Philippines", "Tagum"),  # the country written after the town widens nothing
    ],
)
def test_places_known_to_differ_stay_apart(first: str, second: str) -> None:
    assert known_apart(reading(first), reading(second))


def test_a_place_found_from_a_piece_of_a_longer_name_is_a_guess() -> None:
    clipped = reading("Davao del Poniente", {"PH": 5})  # a name the gazetteer knows only in part
    assert not clipped.whole
    assert not known_apart(clipped, reading("Tagum", {"PH": 5}))
    assert known_apart(reading("Davao City", {"PH": 5}), reading("Tagum", {"PH": 5}))


def test_a_town_written_with_its_level_is_not_its_province() -> None:
    assert [p.level for p in reading("Kunduz city").places] == ["city"]
    assert "admin1" in {p.level for p in reading("Kunduz").places}


def test_a_spot_written_with_its_province_is_read_in_that_province() -> None:
    # the Indian Hyderabad is no reading of a text that puts it in Sindh
    found = reading("Hyderabad, Sindh")
    assert {p.country for p in found.places} == {"PK"}


MARKET = (
    "SPIN BOLDAK: Bomb kills five at Spin Boldak fruit market\n"
    "SPIN BOLDAK: A bomb hidden in a handcart went off at the crowded fruit market of "
    "Spin Boldak on Tuesday, killing five shoppers, district chief Haji Noorullah Barakzai "
    "said.\n"
    "The Tehreek-e-Watan group claimed the bombing in a message to reporters.\n"
)


def other_report(town: str) -> str:
    return (
        f"Five shoppers killed in fruit market bombing in {town}\n"
        f"{town.upper()}: Five shoppers died when a bomb hidden in a handcart exploded at a "
        f"fruit market in "
        f"{town} on Tuesday, officials said.\n"
        "Haji Noorullah Barakzai, a district chief, said the handcart was left near the gate. "
        "The Tehreek-e-Watan group said it carried out the attack.\n"
    )


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, published=dt.date.fromisoformat(DAY))


def place_reasons(second: str) -> tuple[str, ...]:
    reports = [describe_report(doc("d1", MARKET)), describe_report(doc("d2", second))]
    found = compare(reports[0], reports[1], _idf(reports))
    assert found is not None
    return found[1]


def test_a_report_placed_in_the_province_named_like_its_capital_is_not_against() -> None:
    reasons = place_reasons(other_report("Kandahar"))
    assert any(r.endswith("one name may hold the other") for r in reasons), reasons


def test_a_report_placed_in_another_province_counts_against() -> None:
    reasons = place_reasons(other_report("Ghazni"))
    assert any(r.startswith("different places") for r in reasons), reasons


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def figures_of_two_reports(town: str) -> tuple[tuple[Event, ...], str, str]:
    b = Batch()
    b.report("d1", published=DAY, lead=MARKET)
    b.report("d2", published=DAY, lead=other_report(town))
    first = b.add("d1", "Five shoppers were killed at the fruit market in Spin Boldak on Tuesday.",
                  "Five", 5, location="Spin Boldak", date="2031-03-11")
    second = b.add("d2", f"Seven shoppers were killed at the fruit market in {town} on Tuesday.",
                   "Seven", 7, location=town, date="2031-03-11")
    return group(b.claims, documents=b.documents()), first, second


def test_figures_placed_in_a_town_and_its_namesake_province_share_the_event() -> None:
    events, first, second = figures_of_two_reports("Kandahar")
    assert event_of(events, first).id == event_of(events, second).id


def test_figures_placed_in_towns_of_two_provinces_stay_apart() -> None:
    events, first, second = figures_of_two_reports("Ghazni")
    assert event_of(events, first).id != event_of(events, second).id
