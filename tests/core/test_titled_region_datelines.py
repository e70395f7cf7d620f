"""A dateline in title case with the town's country or state before the dash ("Maiduguri,
Nigeria —", "Goma, DR Congo —") is the report's dateline, as the same in capitals is (issue
#11, doers and places): the town is no doer of the lead. A national capital with its country
("Kabul, Afghanistan —") heads a national story and is left to the body; a name after a
comma that is no region, or a day's month, is no dateline of this kind. Sentences we wrote;
the towns real."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.datelines import find_dateline
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Maiduguri, Nigeria — Insurgents killed 12 farmers near the city on Saturday.",
         "Maiduguri, Nigeria"),
        ("Goma, DR Congo — Rebels killed at least 20 civilians in a village on Tuesday.",
         "Goma, DR Congo"),
        ("Mombasa, Kenya: Police arrested 14 suspects in the port city on Monday night.",
         "Mombasa, Kenya"),
    ],
)
def test_a_titled_town_with_its_region_is_a_dateline(text: str, place: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.place == place


@pytest.mark.parametrize(
    "text",
    [
        "Kabul, Afghanistan — Gunmen killed 12 people in the north of the country on Monday.",
        "Smith, Jones — The two men were arrested on Monday in the town of Tarvel.",
    ],
)
def test_a_capital_with_its_country_or_a_pair_of_names_is_none(text: str) -> None:
    assert find_dateline(text) is None


def test_the_titled_town_is_no_doer(nlp: Language) -> None:
    text = ("Goma, DR Congo — Rebels of the M23 movement killed at least 20 civilians in a "
            "village on Tuesday night, local officials said.")
    claims = read_claims(nlp, text, dt.date(2031, 9, 17))
    assert [c.actor for c in claims] == ["Rebels of the M23 movement"]
