"""Streets are no towns: "on West Madison" is a street named by a side and a town's name (a
side of a town is where one lives "in"), and "Avenue B" or "Highway 9" puts its street word
first; a country gives way to the province the report is about. Sentences written for the
classes of issue #11, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.place_towns import town_over_state
from core.extract.place_words import a_scene
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street named by a side of a big town's name, in a small town's report
        (
            "A woman was shot dead in Cedar Falls on Friday. "
            "Police were called to a home on West Madison. "
            "Neighbors on West Madison heard two shots. "
            "Two victims were taken to a hospital.",
            "Cedar Falls",
        ),
        (
            "Two men were shot dead in Cedar Falls on Friday, police said. "
            "Officers were called to a home on West Madison. "
            "Two victims were taken to a hospital.",
            "Cedar Falls",
        ),
        # a side of a town one lives in is that town
        (
            "Police said the gunman fled. Two men were shot in East Toledo on Friday. "
            "Three victims were taken to a hospital.",
            "Toledo",
        ),
    ],
)
def test_a_street_named_by_a_side_is_no_town(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("name", "scene"),
    [
        ("Avenue B", True),
        ("Highway 9", True),
        ("Elm Street", True),
        ("Sector 7", False),  # a part of a town, written with its own word
        ("Cedar Falls", False),
    ],
)
def test_a_street_word_may_come_first(name: str, scene: bool) -> None:
    assert a_scene(name) is scene


@pytest.mark.parametrize(
    ("place", "home", "filed"),
    [
        ("Pakistan", "Sindh", "Sindh"),  # the country holds the report's province
        ("Indonesia", "Aceh", "Aceh"),
        ("India", "Sindh", "India"),  # another country stays itself
        ("Pakistan", "Karachi", "Karachi"),
    ],
)
def test_a_country_gives_way_to_the_reports_province(place: str, home: str, filed: str) -> None:
    assert town_over_state(place, home) == filed


@pytest.mark.parametrize(
    ("second", "place"),
    [
        # NER takes the town's name of a street and leaves its suffix out
        ("At a pharmacy near Albany Ave., a rioter injured two customers.", "East Flatbush"),
        # negatives: the town itself, named without a street's suffix
        ("In Albany, a rioter injured two customers.", "Albany"),
        ("A rioter injured two customers in Albany on Tuesday.", "Albany"),
    ],
)
def test_a_town_cut_before_a_street_suffix_is_no_town(
    nlp: Language, second: str, place: str
) -> None:
    text = "Protesters clashed with police in East Flatbush on Monday night. " + second
    assert places_of(nlp, text)[-1] == place
