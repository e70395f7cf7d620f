"""Places a figure must not inherit from the sentence before it: an abbreviated rank before
an officer's name that NER takes for a town of its spelling ("Brig. Gen. ..." and the Swiss
town Brig), and the jail where a suspect "is being held". Sentences invented; the towns
are real, so the gazetteer knows them."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 13)


def claims_of(text: str) -> list[tuple[str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.location) for c in result.claims if c.measure != "other"]


def test_a_rank_before_a_name_is_no_town() -> None:
    text = (
        "Troops kill six gunmen in southern Philippines\n\n"
        "DAVAO, Philippines (AP) — Troops killed six gunmen in a clash in the town of Palimbang "
        "on Sunday, the army said.\n\n"
        "Brig. Gen. Tomas Rivera said the gunmen fired first.\n\n"
        "Three soldiers were wounded and flown to a hospital in Cotabato City."
    )
    assert claims_of(text)[-1] == ("Three", "Palimbang")


def test_a_town_named_like_a_rank_is_still_a_town() -> None:
    # no name after it: the town, not a title
    text = "Two climbers were killed in an avalanche near Brig on Sunday, police said."
    assert claims_of(text) == [("Two", "Brig")]


def test_the_jail_a_suspect_is_held_in_is_no_place_of_the_wounded() -> None:
    text = (
        "Gunman kills four at Ohio plant\n\n"
        "DAYTON, Ohio (AP) — A former worker shot dead four colleagues at a plant in Fairborn "
        "on Monday, police said.\n\n"
        "He is being held at the Greene County jail, prosecutors said. The police chief said "
        "three of the wounded had been treated and released."
    )
    found = claims_of(text)
    assert found[-1][0] == "three"
    assert found[-1][1] is not None
    assert "jail" not in found[-1][1]


def test_a_meeting_held_somewhere_still_places_what_follows() -> None:
    # what is held is no person: the sentence's place carries on as before
    text = (
        "Talks were held in Geneva on Monday. Two delegates were injured in a crash on the "
        "way back, officials said."
    )
    assert claims_of(text) == [("Two", "Geneva")]


def test_a_place_the_speakers_clause_names_beats_the_town_of_the_title() -> None:
    text = (
        "Mosul police spokesman Colonel Sami Aziz said on Monday the three men were detained "
        "in raids in the Zanjili and Hadba areas."
    )
    found = claims_of(text)
    assert found[0][0] == "three"
    assert found[0][1] is not None
    assert "Zanjili" in found[0][1]


def test_the_town_of_the_title_stays_when_the_clause_names_no_place() -> None:
    text = "The Knightstown police chief said on Monday that two men were shot dead."
    assert claims_of(text) == [("two", "Knightstown")]
