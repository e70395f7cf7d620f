"""Reports of one incident stay one event: whatever kind each report calls it (the shooting
and the abduction of one hijacking, rules/event_types.json co_occurring), the arrests the troops
or the raids made after it (measure_kinds), a province written as "X division" that is also
the name of its capital (rules/places.json province_words)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.figure_places import resolve_place, spoken_only
from core.group.figure_words import infer_kind
from core.ingest.files import from_text
from core.model import Result
from core.pipeline import run_documents
from tests.core.claim_factory import Batch


def results(*texts: tuple[str, str]) -> Result:
    return run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=dt.date.fromisoformat(day))
        for n, (text, day) in enumerate(texts, start=1)
    ])


def events_of(result: Result, measure: str) -> set[str]:
    event = {c: e.id for e in result.events for c in e.claim_ids}
    return {event[c.id] for c in result.claims if c.measure == measure}


HIJACK_WIRE = (
    "Fourteen abducted from bus in Balochistan\n\n"
    "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in southwestern "
    "Balochistan province on Monday, a provincial government spokesman said on Tuesday.\n"
)
HIJACK_LOCAL = (
    "Gunmen hijack passenger coach in Kech\n\n"
    "TURBAT, April 14: Armed men opened fire on a passenger coach in Kech district on Monday, "
    "wounding three passengers, before hijacking the bus, officials said.\n"
)


def test_a_shooting_and_an_abduction_of_one_day_and_place_are_one_incident() -> None:
    result = results((HIJACK_LOCAL, "2026-04-14"), (HIJACK_WIRE, "2026-04-15"))
    assert events_of(result, "kidnapped") == events_of(result, "injured")


@pytest.mark.parametrize(
    "other",
    [
        # another day
        "Fourteen abducted from bus in Balochistan\n\n"
        "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in "
        "southwestern Balochistan province on April 2, a provincial government spokesman said "
        "on Tuesday.\n",
        # another province
        "Fourteen abducted from bus in Sindh\n\n"
        "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in "
        "Sindh province on Monday, a provincial government spokesman said on Tuesday.\n",
    ],
)
def test_an_abduction_of_another_day_or_place_stays_apart(other: str) -> None:
    result = results((HIJACK_LOCAL, "2026-04-14"), (other, "2026-04-15"))
    assert events_of(result, "kidnapped").isdisjoint(events_of(result, "injured"))


def test_a_bombing_and_an_abduction_still_set_their_kinds_apart() -> None:
    bombing = (
        "Bomb kills three in Kech\n\n"
        "TURBAT, April 14: A roadside bomb killed three labourers in Kech district on Monday, "
        "officials said.\n"
    )
    result = results((bombing, "2026-04-14"), (HIJACK_WIRE, "2026-04-15"))
    assert events_of(result, "kidnapped").isdisjoint(events_of(result, "killed"))


BLAST = (
    "Six killed in Swabi market blast\n\n"
    "SWABI, Oct 12: At least six people were killed and 14 injured when a bomb planted on a "
    "motorcycle exploded in a crowded market in Swabi on Sunday, police said.\n"
)


@pytest.mark.parametrize(
    "arrests",
    [
        "Troops picked up four suspects in Swabi district later in the day, officials said.\n",
        "Police arrested four suspects in raids in Topi and Razzar on Sunday night, a police "
        "official said.\n",
    ],
)
def test_the_arrests_troops_or_raids_made_after_a_bombing_are_its_own(arrests: str) -> None:
    result = results((BLAST + arrests, "2026-10-12"))
    assert events_of(result, "arrested") == events_of(result, "killed")


def test_arrests_of_a_separate_operation_stay_apart() -> None:
    arrests = ("In a separate operation in Bannu, troops arrested 12 suspects on Thursday, "
               "officials said.\n")
    result = results((BLAST + arrests, "2026-10-12"))
    assert events_of(result, "arrested").isdisjoint(events_of(result, "killed"))


CAMP_LOCAL = (
    "Two Rohingya killed in camp clash\n\n"
    "COX'S BAZAR, Aug 4: Two Rohingya men were killed and five injured in a clash between "
    "rival groups at a camp in Ukhia upazila of Cox's Bazar on Sunday night, police said.\n"
)
CAMP_WIRE = (
    "Three dead in Rohingya camp violence\n\n"
    "DHAKA, Aug 5 (AFP) - Three refugees were killed in a gunfight between armed groups at a "
    "Rohingya camp in Chittagong division on Sunday, a police official said.\n"
)


def test_a_division_named_like_its_capital_holds_the_towns_in_it() -> None:
    result = results((CAMP_LOCAL, "2026-08-04"), (CAMP_WIRE, "2026-08-05"))
    (event,) = events_of(result, "killed")
    assert not any(e.vetoes for e in result.events if e.id == event)


@pytest.mark.parametrize(
    ("location", "name", "level"),
    [
        ("Chittagong division", "Chattogram", "admin1"),
        ("Kunduz province", "Kunduz", "admin1"),
        ("Chittagong", "Chattogram", "city"),  # the town, as written
        ("Kunduz", "Kunduz", "city"),
    ],
)
def test_a_place_written_as_a_province_is_the_province(
    location: str, name: str, level: str
) -> None:
    place = resolve_place(location, None)
    assert place is not None
    assert (place.name, place.level) == (name, level)


SHOT_LOCAL = (
    "Six labourers shot dead in Turbat\n\n"
    "TURBAT, June 8: Gunmen shot dead six labourers at a construction site in Turbat on "
    "Sunday, police said.\n"
)
SHOT_CAPITAL = (
    "Eight labourers shot dead in Turbat, minister says\n\n"
    "ISLAMABAD, June 9: Interior Minister Ahmed Khan said in Islamabad on Monday that eight "
    "labourers had been killed by gunmen in Sunday's attack.\n"
)


def test_where_a_minister_spoke_never_splits_the_incident() -> None:
    result = results((SHOT_LOCAL, "2026-06-08"), (SHOT_CAPITAL, "2026-06-09"))
    (event,) = events_of(result, "killed")
    assert not any(e.vetoes for e in result.events if e.id == event)


@pytest.mark.parametrize(
    ("sentence", "spoken"),
    [
        ("The minister said in Islamabad that eight labourers were killed.", True),
        ("ISLAMABAD: The minister told reporters in Islamabad that eight were killed.", True),
        ("Eight labourers were killed in Islamabad, the minister said.", False),
        ("ISLAMABAD: Eight labourers were killed in Turbat, the minister said.", False),
    ],
)
def test_a_place_named_only_where_words_were_said(sentence: str, spoken: bool) -> None:
    assert spoken_only("Islamabad", sentence) is spoken


def test_a_scene_reported_in_a_place_is_the_scene() -> None:
    sentence = "Violence was also reported in Islamabad, where 2,000 people marched."
    assert not spoken_only("Islamabad", sentence)


@pytest.mark.parametrize(
    "arrests",
    [
        "adding that police had arrested three men in a raid",
        "adding that security forces had detained three suspects in a search operation",
    ],
)
def test_arrests_told_in_a_bombings_lead_stay_with_its_headline(arrests: str) -> None:
    """The lead tells the bombing's toll and the arrests a raid made after it: the harm is
    the bomb's, not the raid's, so the arrests are no operation of their own."""
    wire = (
        "Officials: 12 dead in Swabi car bomb, three held\n\n"
        "PESHAWAR, Oct 13 (Wire) - At least 12 people were killed when a car bomb exploded "
        f"near a bus stop in Swabi on Monday, officials said, {arrests}.\n"
    )
    result = results((wire, "2026-10-13"))
    assert len(events_of(result, "arrested") | events_of(result, "killed")) == 1
    lead = wire.split("- ", 1)[1]
    assert arrest_kind(lead, "three") == "arrest"


def arrest_kind(sentence: str, figure: str) -> str | None:
    b = Batch()
    b.report("d1", published="2026-10-13")
    b.add("d1", sentence, figure, 3, measure="arrested", subject="suspects")
    return infer_kind(b.claims[0])[0]


def test_the_arrests_of_troops_that_did_the_killing_stay_their_operations() -> None:
    raid = ("Troops killed nine militants and arrested four others in raids near Swabi on "
            "Monday, officials said.\n")
    result = results((BLAST + raid, "2026-10-12"))
    killed = {c.id: c for c in result.claims if c.measure == "killed"}
    event = {c: e.id for e in result.events for c in e.claim_ids}
    militants = {event[c] for c, claim in killed.items() if claim.value == 9}
    assert events_of(result, "arrested") == militants
    assert arrest_kind(raid, "four") == "operation"
