"""A chronology of several scenes in one report (issue #11, place): each clause's figure takes
its own place, a coordinated "in A and B" whole, even when NER takes the parts of a town for
a body's name ("in Civil Lines", "in Peoples Colony and Satellite Town") or the gazetteer
knows a town of that name elsewhere; a part of a town named the sentence before is no town
to write another part with. Towns are real so the gazetteer knows them; the reports are
invented."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_each_nights_victims_keep_their_own_quarter() -> None:
    text = (
        "SIALKOT: Police are hunting a gang blamed for a string of killings in the city.\n\n"
        "The killings began on Monday with the murder of two cousins in Model Town; the next "
        "night, gunmen shot dead three traders in Peoples Colony and Satellite Town."
    )
    found = places(text)
    assert found[0] == ("two", "Model Town")
    assert found[1][0] == "three"
    assert "Peoples Colony and Satellite Town" in (found[1][1] or ""), found
    assert "Satellite Town and Satellite Town" not in (found[1][1] or "")


def test_a_recap_keeps_its_own_quarter_with_the_town() -> None:
    text = (
        "SIALKOT: A barber was gunned down in Garden Town on Thursday afternoon, police "
        "said.\n\n"
        "Three watchmen had been killed the same way in Civil Lines two days earlier, an "
        "officer said."
    )
    assert places(text) == [
        ("A barber", "Garden Town, Sialkot"),
        ("Three", "Civil Lines, Sialkot"),
    ]


def test_one_scene_stays_one_scene() -> None:
    text = (
        "SIALKOT: Gunmen shot dead two traders in Peoples Colony on Monday night, police said."
        "\n\nThree others were wounded in the attack."
    )
    assert {place for _, place in places(text)} == {"Peoples Colony, Sialkot"}


def test_a_holder_written_with_initials_keeps_them() -> None:
    # "D I Khan": the parser reads the initials apart; the holder is not clipped to "Khan",
    # and an area filed with its district is written as a chain of units is, spelled out
    text = (
        "Two policemen were shot dead in the Paharpur area of D I Khan district on Tuesday "
        "night, police said."
    )
    assert places(text) == [("Two", "Paharpur area, Dera Ismail Khan district")]
