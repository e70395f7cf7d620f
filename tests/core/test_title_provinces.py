"""Whose a speaker is, not where it happened (issue #11, place): the province a speaker's
title names ("The Sindh police chief, briefing reporters at the Central Police Office,
said ...") is whom the speaker speaks for; the figures stay at the scene the report gave
before, and so does the next sentence's. A province named as the scene is still the place.
Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_a_titles_province_is_not_the_scene() -> None:
    text = (
        "Four people were shot dead in the Orangi area of Karachi on Saturday night, police "
        "said.\n\n"
        "The Sindh police chief, briefing reporters at the Central Police Office, said police "
        "had detained nine suspects so far.\n\n"
        "Orangi SHO Asif Khan, however, put the number of formal arrests at five."
    )
    found = places(text)
    assert found[0] == ("Four", "Orangi area, Karachi")
    assert found[1:] == [("nine", "Orangi area, Karachi"), ("five", "Orangi area, Karachi")]


def test_a_province_named_as_the_scene_stays() -> None:
    text = (
        "Two policemen were killed in an attack in Sindh on Saturday, the provincial police "
        "chief said."
    )
    assert places(text) == [("Two", "Sindh")]
