"""An unnamed official named next (issue #11): "..., an official said." then "Provincial police
spokesman Ann Roe told reporters ..." gives the lede's figures to the spokesman; an official
kept unnamed, a speaker who is no official, or one named further on leaves "an official".
Sentences, names and places we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 14)
LEDE = "Troops killed seven militants in a raid on a hideout in Velor district on Monday"


def sources(text: str) -> dict[float, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.value: c.attribution for c in result.claims if c.is_core}


@pytest.mark.parametrize(
    ("second", "named"),
    [
        (
            "District police spokesman Tarek Amin told reporters the raid took place at dawn.",
            "Tarek Amin",
        ),
        ("The raid began at dawn, deputy commissioner Nadia Farooq said.", "Nadia Farooq"),
    ],
)
def test_the_official_named_next_is_the_source(second: str, named: str) -> None:
    assert sources(f"{LEDE}, an official said.\n\n{second}\n")[7] == named


@pytest.mark.parametrize(
    "text",
    [
        # kept unnamed on purpose
        f"{LEDE}, an official said on condition of anonymity.\n\n"
        "District police spokesman Tarek Amin told reporters the raid took place at dawn.\n",
        # the next speaker is no official
        f"{LEDE}, an official said.\n\n"
        "Shopkeeper Tarek Amin told reporters the raid took place at dawn.\n",
        # named only further on
        f"{LEDE}, an official said.\n\nThe hideout lay in a forest. "
        "District police spokesman Tarek Amin told reporters the raid took place at dawn.\n",
    ],
)
def test_an_official_not_named_next_stays_unnamed(text: str) -> None:
    assert sources(text)[7] is not None
    assert "Tarek Amin" not in (sources(text)[7] or "")


@pytest.mark.parametrize(
    ("described", "named"),
    [
        # "a military commander" then "Major ...": an officer of a military rank is him
        ("a military commander", "Kofi Mensah"),
        ("an army officer", "Kofi Mensah"),
        # a police commander is no officer of the army's ranks
        ("a police commander", "a police commander"),
    ],
)
def test_the_officer_named_next_with_a_military_rank(described: str, named: str) -> None:
    text = (
        f"{LEDE}, {described} said.\n\n"
        "The militants had fired first, Major Kofi Mensah told the agency.\n"
    )
    assert sources(text)[7] == named


@pytest.mark.parametrize(
    ("described", "named"),
    [
        # the service the description names is the role's too
        ("a police official", "Tarek Amin"),
        ("a senior official", "Tarek Amin"),
        # another service: a government official is no police spokesman
        ("a government official", "a government official"),
        ("a hospital official", "a hospital official"),
    ],
)
def test_the_official_named_next_serves_the_service_described(
    described: str, named: str
) -> None:
    text = (
        f"{LEDE}, {described} said.\n\n"
        "District police spokesman Tarek Amin told reporters the raid took place at dawn.\n"
    )
    assert sources(text)[7] == named
