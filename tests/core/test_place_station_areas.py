"""The area of a police station where something happened (issue #11, place): South Asian copy
places an operation "within the limits of Shah Pur police station", naming no village; the
station's name is the locality, written with the report's district. A village described as
lying in a station's limits is the place itself. Sentences written for this class."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("The police conducted an operation against dacoits in the riverine area within the "
         "limits of Shah Pur police station, during which two dacoits were killed.", "two",
         "Shah Pur"),
        ("Two dacoits were killed in an encounter in Kot Sabzal police station limits.", "Two",
         "Kot Sabzal"),
        ("KASHMORE: Police said two dacoits were killed in an operation in the kacha area "
         "within the limits of Shah Pur police station.", "two", "Shah Pur, Kashmore"),
        # the village described is the place, not the station it lies under
        ("The children were in Killi Sardar, a village in the limits of Kot Sabzal police "
         "station, when gunmen killed two guards.", "two", "Killi Sardar"),
    ],
)
def test_a_police_stations_area_is_the_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place
