"""A village or town the gazetteer lacks is still the scene when the text frames it as a place:
"a police post in Jhandu Khel", "a checkpost in Sokari", "Tekalguda village under Jagargunda
police station limits in Sukma district", "in Mattani, some 20 km from Peshawar"; the
report's other figures of the incident take it, written with the headline's town. Sentences
invented; the districts and towns holding the villages are real."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import report_places as places_of

PUB = dt.date(2031, 5, 10)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a full name NER took for a person's, "in" which an attack happened
        (
            "PESHAWAR: The toll from the attack on a police post in Jhandu Khel rose to eight "
            "on Monday, police said.",
            "Jhandu Khel",
        ),
        # a single name NER took for a body's, after the "in" of a venue
        (
            "BANNU: The death toll from Sunday's attack on a police checkpost in Sokari rose "
            "to 10 on Tuesday, police said.",
            "Sokari",
        ),
        # the town owning an area, NER taking it for a body
        (
            "PESHAWAR: Seven policemen were martyred in a suicide attack on a checkpost in "
            "Bannu's Sokari area on Sunday.",
            "Sokari area, Bannu",
        ),
        # the police station a village comes under is passed over
        (
            "RAIPUR: Four jawans were killed when Maoists triggered a blast near Tekalguda "
            "village under Jagargunda police station limits in Sukma district on Saturday.",
            "Tekalguda village, Sukma district",
        ),
        # a military press office's "general area of" names the locality
        (
            "RAWALPINDI: Security forces on Tuesday killed four terrorists during an "
            "operation in the general area of Sokari, Bannu district, the ISPR said.",
            "Sokari, Bannu district",  # written with the district after it: it resolves
        ),
        # the district after a village says where the village lies
        (
            "One person was killed in a clash between supporters of two leaders in Debidwar, "
            "Cumilla on Sunday.",
            "Debidwar, Cumilla",
        ),
        # the town a distance runs from says where the place before it lies
        (
            "PESHAWAR: Three policemen were killed in Mattani, some 20 km from Peshawar, on "
            "Sunday.",
            "Mattani",
        ),
    ],
)
def test_an_unlisted_village_framed_as_a_place_is_the_scene(text: str, place: str) -> None:
    assert set(places_of(text)) == {place}


def test_a_distance_alone_is_still_near_the_town() -> None:
    assert places_of("QUETTA: Three policemen were killed 40 km from Quetta on Sunday.") == [
        "Quetta"
    ]


def test_a_person_run_into_an_outlets_name_is_no_place() -> None:
    text = (
        "ELDMERE, Ohio (AP) — Jane Roe was shot and killed Friday outside a home in Eldmere "
        "Heights News4's Mary Doe spoke with her cousin."
    )
    assert "Mary Doe" not in " ".join(p or "" for p in places_of(text))


def test_the_incidents_figures_take_the_unlisted_village_with_the_headline_town() -> None:
    text = (
        "Bannu checkpost attack toll rises to 10\n\n"
        "BANNU: The death toll from Sunday's attack on a police checkpost in Sokari rose to 10 "
        "on Tuesday, police said. Two of the injured were in critical condition."
    )
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    assert {c.location for c in result.claims} == {"Sokari, Bannu"}


def test_a_family_name_is_no_unlisted_scene() -> None:
    text = (
        "Two children found dead in Eldmere home\n\n"
        "ELDMERE, Ohio — Two children were found dead in the Marla Quist house on Thursday. "
        "Police said the two children, Tomas Lund, 5, and Ann Lund, 11, died "
        "from gunshot wounds."
    )
    result = run_documents([from_text(text, doc_id="d1", published=dt.date(2031, 5, 8))])
    assert all("Quist" not in (c.location or "") for c in result.claims)


def test_a_campus_a_university_owns_is_not_placed_in_a_town_called_like_the_body() -> None:
    # "the University of X's Y campus": the owner is a body (its name has "the" and "of"), and
    # a town called "University" in the gazetteer is no owner of the campus.
    text = (
        "DENVER: A suspended warehouse worker shot dead two colleagues at a parcel depot on "
        "Friday, police said.\n\nEarlier this year, Dana Pike, a former instructor and "
        "chemist once employed at the University of Tennessee's Martin campus, faces murder "
        "charges over a rampage there that left three biology lecturers dead."
    )
    found = places_of(text)
    assert found[-1] is not None
    assert "University" not in found[-1]
    assert "Denver" not in found[-1]


def test_a_weapon_named_after_its_maker_is_no_place() -> None:
    # "tossed in Molotov cocktails": "in" before a capitalised weapon is no scene.
    text = (
        "LARISSA: Three people were killed when rioters hurled fire bombs at a bank on "
        "Wednesday.\n\nFiremen said two clerks, both in their thirties, died of smoke after "
        "rioters smashed the windows of an office block on Main Street and tossed in Molotov "
        "cocktails."
    )
    found = places_of(text)
    assert len(found) == 2
    assert found[-1] == "Larissa"
