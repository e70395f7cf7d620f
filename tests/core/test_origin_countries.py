"""Where people come from is not where the report's figures are (issue #11, place): a country
named only as the origin of refugees or workers ("most of them from Bhutan", "fled Myanmar")
never becomes the place of the incident's figures; a country named as where things happened
still does. Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


@pytest.mark.parametrize(
    "closing",
    [
        "Some 40,000 refugees, most of them from Bhutan, live in nine camps in the district.",
        "The camps house about 30,000 people who fled Bhutan in the 1990s.",
    ],
)
def test_a_closing_line_on_refugees_origin_gives_no_place(closing: str) -> None:
    text = (
        "Two killed in camp clash\n\n"
        "KURIGRAM: Two refugees were killed and 11 injured in a clash between two groups at "
        "a refugee camp on Saturday, police said.\n\n"
        "Border guards detained five people after the clash, an officer said.\n\n"
        f"{closing}"
    )
    found = places(text)
    assert found
    assert all(place == "Kurigram" for _, place in found), found


def test_workers_from_abroad_die_where_the_dateline_puts_them() -> None:
    text = (
        "DOHA: Three construction workers from Nepal were killed and four injured when a "
        "scaffold collapsed on Sunday, officials said."
    )
    assert {place for _, place in places(text)} == {"Doha"}


def test_a_country_named_as_the_scene_is_still_the_place() -> None:
    text = (
        "Two hikers were killed and three injured in a landslide in Bhutan on Sunday, "
        "officials said. Rescuers from the capital reached the site at night."
    )
    assert {place for _, place in places(text)} == {"Bhutan"}
