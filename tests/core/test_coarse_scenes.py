"""Figures of one incident filed under a coarse place (the dateline's town, the country) when
the report gives the incident a finer one elsewhere (issue #11, place): the lead's toll takes
the district its later tolls are counted in ("told reporters outside the hotel in the X
district"), and a headline's count takes the place of the body's sentence that counts the
same people again. Tolls in two districts, a bare town, a headline's count under the scene's
town and a province's tally over a month keep their places. A district whose name NER took
for a people's ("in the X district") is still a place. Sentences invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.extract.admin_units import unit_chains
from core.extract.bureau_leads import with_bureau_leads
from core.ingest.files import from_text
from core.pipeline import run_documents
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 12)


def places(text: str) -> dict[str, str | None]:
    """The place of each figure, by its text as written (the first claim of each)."""
    found: dict[str, str | None] = {}
    for claim in run_documents([from_text(text, doc_id="d1", published=PUB)]).claims:
        found.setdefault(claim.number_text, claim.location)
    return found


_HOTEL = (
    "Gunmen storm hotel in Somali capital, killing eight\n\n"
    "MOGADISHU, Somalia (AP) — Militants stormed a hotel in Somalia's capital on Sunday, "
    "killing at least eight people, police said.\n\n"
    "Two police officers were among the dead, police spokesman Yusuf Omar told reporters "
    "outside the Nasiib Hotel in the Karaan district. He said three attackers were also "
    "killed.\n"
)


def test_the_leads_toll_under_the_bureau_takes_the_district_its_tolls_are_told_in() -> None:
    found = places(_HOTEL)
    assert found["at least eight"] == found["Two"]
    assert "Karaan district" in (found["at least eight"] or "")


def test_tolls_told_in_two_districts_leave_the_lead_alone() -> None:
    claims = run_documents([from_text(_HOTEL, doc_id="d1", published=PUB)]).claims
    lead = next(c for c in claims if c.number_text == "at least eight")
    day = lead.date_start
    assert day is not None
    split = [
        dataclasses.replace(c, location="Mogadishu, Somalia") if c is lead
        else dataclasses.replace(c, location="Yaqshid district, Mogadishu")
        if c.number_text == "three" else c
        for c in claims
    ]
    kept = with_bureau_leads(split, Period(day, day, "Sunday"), _HOTEL)
    assert next(c for c in kept if c.number_text == "at least eight").location == (
        "Mogadishu, Somalia"
    )


def test_a_toll_under_a_word_of_its_sources_name_takes_the_scene_too() -> None:
    claims = run_documents([from_text(_HOTEL, doc_id="d1", published=PUB)]).claims
    lead = next(c for c in claims if c.number_text == "at least eight")
    day = lead.date_start
    assert day is not None
    misread = [
        dataclasses.replace(c, location="Mogadishu, Somalia") if c is lead
        else dataclasses.replace(
            c, location="Dalsan Ambulance", attribution="the Dalsan Ambulance service"
        )
        if c.number_text == "three" else c
        for c in claims
    ]
    kept = with_bureau_leads(misread, Period(day, day, "Sunday"), _HOTEL)
    assert {c.location for c in kept if c.number_text in ("at least eight", "three")} == {
        next(c.location for c in claims if c.number_text == "Two")
    }


def test_a_bare_town_of_a_later_toll_is_not_the_scene() -> None:
    text = (
        "Bomber kills five in Afghan capital\n\n"
        "KABUL (Reuters) - A suicide bomber killed five people near a ministry in Kabul on "
        "Sunday, officials said.\n\n"
        "Eleven people were wounded and taken to hospital in Jalalabad, a spokesman said.\n"
    )
    assert places(text)["five"] == "Kabul"


_ARRESTS = (
    "Three killed in Ohio shooting; two suspects held\n\n"
    "COLUMBUS, Ohio (AP) — Three people were killed when gunmen opened fire at a party in "
    "southwestern Ohio late Saturday, authorities said.\n\n"
    "Two suspects were arrested on Sunday at a home in the village of Brookfield Heights, "
    "police said. Both were charged with murder.\n"
)


def test_a_headline_count_takes_the_place_the_body_counts_it_in() -> None:
    found = places(_ARRESTS)
    assert found["two"] == found["Two"]
    assert "Brookfield Heights" in (found["two"] or "")


def test_a_headline_count_under_the_scenes_own_town_keeps_it() -> None:
    text = _ARRESTS.replace("in Ohio shooting", "in Dayton shooting").replace(
        "southwestern Ohio", "Dayton"
    )
    assert places(text)["two"] == "Dayton"


def test_a_provinces_tally_keeps_the_province() -> None:
    text = (
        "Eleven policemen killed in Punjab this month\n\n"
        "LAHORE: At least 11 policemen have been killed in attacks in Punjab this month, "
        "officials said on Monday.\n"
    )
    assert places(text)["Eleven"] == "Punjab"


def _chains_with_people_tag(nlp: Language, name: str) -> list[str]:
    """The unit chains of a sentence whose district name NER tagged as a people's."""
    doc = nlp(
        "Three guards were among the dead, the spokesman told reporters outside the hotel "
        f"near the market in the {name} district."
    )
    at = next(t.i for t in doc if t.text == name)
    doc.ents = [e for e in doc.ents if not e.start <= at < e.end] + [
        Span(doc, at, at + 1, label="NORP")
    ]
    return [chain[2] for chain in unit_chains(doc[:])]


def test_a_district_whose_name_ner_took_for_a_peoples_is_a_place(nlp: Language) -> None:
    assert _chains_with_people_tag(nlp, "Kaaraan") == ["Kaaraan district"]


def test_a_district_named_by_a_nationality_is_no_place(nlp: Language) -> None:
    assert _chains_with_people_tag(nlp, "Uzbek") == []
