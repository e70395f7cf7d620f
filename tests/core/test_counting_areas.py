"""An area named again as the subject of a verb that counts ("PESHAWAR: The province saw 87
attacks in April"): the area the report named that kind of area by (the dateline's
province), not the dateline's town (issue #11, place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 5, 6)


def places_of(nlp: Language, text: str) -> set[str | None]:
    return set(places_read(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PESHAWAR: The province saw 64 attacks in April, the police said.",
         "Khyber Pakhtunkhwa"),
        ("QUETTA: The province witnessed 41 militant attacks last month, officials said.",
         "Balochistan"),
        ("Lucknow: The state recorded 208 murders in April, officials said.", "Uttar Pradesh"),
    ],
)
def test_the_area_that_counted(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == {place}


def test_a_town_that_counted_keeps_its_name(nlp: Language) -> None:
    text = "PESHAWAR: Kohat saw 12 attacks in April, the police said."
    assert places_of(nlp, text) == {"Kohat"}
