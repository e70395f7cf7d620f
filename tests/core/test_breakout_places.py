"""A prison inmates escaped or fled from is where the break-out happened, so its district is
the scene of the guards killed and hurt in it ("escaped from the X jail in Y district"); a
prison people were moved from is the start of a journey, no scene. Sentences invented; towns
and districts real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.location for c in result.claims if c.measure in ("killed", "injured")]


def test_the_district_of_the_prison_inmates_escaped_from_is_the_scene() -> None:
    text = (
        "Guard killed in jailbreak\n\n"
        "Six inmates escaped from Sirajganj Jail in Sirajganj district before dawn on "
        "Thursday, killing a warden and wounding two guards, officials said."
    )
    places = places_of(text)
    assert places
    assert all(p is not None and "Sirajganj" in p for p in places)


def test_a_prison_the_hurt_were_moved_from_is_no_scene() -> None:
    text = (
        "Two guards were injured in a clash in Pabna town on Thursday. The injured were "
        "transferred from Pabna Jail in Pabna district to a hospital in Rajshahi."
    )
    assert "Pabna Jail" not in " ".join(p or "" for p in places_of(text))


def test_a_prison_named_after_its_town_that_inmates_fled_places_the_break_out() -> None:
    text = (
        "Guard killed as nine inmates flee Jaleshwar prison\n\n"
        "Nine inmates fled Jaleshwar Prison early on Sunday after beating guards with sticks, "
        "killing one guard and injuring three others, prison officials said.\n\n"
        "Rights activists in Kathmandu said the escape showed how crowded the prisons were."
    )
    places = places_of(text)
    assert places
    assert all(p is not None and p.startswith("Jaleshwar") for p in places)


def test_the_prison_where_a_suspect_is_held_is_no_scene() -> None:
    text = (
        "Two policemen were injured when a mob attacked a police post in Birgunj on Sunday. "
        "The main suspect is being held in Jaleshwar Prison."
    )
    assert "Jaleshwar" not in " ".join(p or "" for p in places_of(text))
