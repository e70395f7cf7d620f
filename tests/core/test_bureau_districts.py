"""South Asian copy files from a bureau town ("QUETTA:", "KABUL (Agency):") about incidents in
districts and provinces elsewhere, names a think tank by its seat ("the Lahore-based
institute") and victims by where they came from ("workers from Sindh"). Places are real,
people, incidents and sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.origin_places import an_origin
from tests.core.claim_factory import PLACE_DAY, place_of, read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the lead names a district the gazetteer lacks: placeless figures are there
        (
            "PESHAWAR: Gunmen killed three guards at a school in Orakzai district on Monday, "
            "police said.\n\nTwo more guards later died in hospital.",
            "Two",
            "Orakzai",
        ),
        # a province away from the bureau
        (
            "KABUL (Agency): A roadside bomb killed six soldiers in southern Helmand province "
            "on Tuesday.\n\nEleven civilians were also wounded, officials said.",
            "Eleven",
            "Helmand",
        ),
    ],
)
def test_a_lead_away_from_the_bureau_is_the_report_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a part of the bureau's town, or a place holding it, leaves the bureau's town
        ("LAHORE: Four people were hurt in the Shadbagh area on Friday.\n\nTwo died later.",
         "Two", "Lahore"),
        ("QUETTA: Balochistan police said on Friday that nine people were arrested.\n\n"
         "Two policemen were wounded in the raids.", "Two", "Quetta"),
    ],
)
def test_a_lead_in_the_bureau_town_keeps_it(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place in (place_of(nlp, text, figure) or "")


def test_a_seat_is_no_scene(nlp: Language) -> None:
    text = (
        "More than 900 people were killed in attacks across Pakistan last year, according to "
        "a Lahore-based research institute."
    )
    assert place_of(nlp, text, "More than 900") == "Pakistan"
    # the town alone, not joined to "based", still is one
    assert place_of(nlp, "Nine people were killed in Lahore on Monday.", "Nine") == "Lahore"


def test_where_victims_came_from_is_no_scene(nlp: Language) -> None:
    text = "Gunmen shot dead five workers from Sindh in Kalat district on Sunday."
    assert place_of(nlp, text, "five") == "Kalat district"
    text = "Five workers were shot dead in Sindh on Sunday."
    assert place_of(nlp, text, "Five") == "Sindh"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Four policemen were martyred in an attack in KP on Monday.", "Khyber Pakhtunkhwa"),
        ("Two traders were shot dead in DG Khan on Monday.", "Dera Ghazi Khan"),
        ("Six people were killed in a blast in J&K on Monday.", "Jammu and Kashmir"),
        # a country's abbreviation and a town with its state stay as written
        ("Six people were killed in a blast in the US on Monday.", "US"),
    ],
)
def test_an_abbreviated_place_is_spelled_out(nlp: Language, text: str, place: str) -> None:
    found = [c for c in read_claims(nlp, text, PLACE_DAY) if c.is_core]
    assert found[0].location == place


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Gunmen shot dead five labourers from Sindh in Kalat.", True),
        ("Three tourists from Iran were hurt in the crash.", True),
        ("The agency counted 40 responses from Lahore.", False),
        # "arrested from" is where the arrest was, in South Asian copy
        ("Police arrested two men from Thane on Monday.", False),
        ("Two men from Thane were arrested in Pune on Monday.", True),
        ("The island lies off the coast from Gwadar.", False),
    ],
)
def test_an_origin_is_told_of_people(nlp: Language, text: str, origin: bool) -> None:
    doc = nlp(text)
    place = next(t for t in doc if t.text in ("Sindh", "Iran", "Lahore", "Gwadar", "Thane"))
    assert an_origin(place) is origin


def test_a_name_of_a_kind_is_no_place(nlp: Language) -> None:
    text = "In a separate IBO in the Kurram district, troops killed three more militants."
    assert place_of(nlp, text, "three") == "Kurram district"
    # a town with "the" before its noun still is one
    text = "Troops killed three militants in the Kurram district on Monday."
    assert place_of(nlp, text, "three") == "Kurram district"


def test_a_dateline_with_its_date_and_agency_is_one(nlp: Language) -> None:
    from core.extract.datelines import dateline_end

    sent = next(nlp("PESHAWAR, March 3 (Wire) - Gunmen killed four guards on Monday.").sents)
    assert sent.doc[dateline_end(sent)].text == "Gunmen"
