"""Issue #11, places: a valley named with the district that holds it ("in the Tirah valley of
Khyber district", "the Shawal valley of North Waziristan district") is a locality of that
district, written with it as "the Mir Ali area of North Waziristan district" is, where the
figure kept the district alone ("Khyber", "North Waziristan") or the bureau's town. A
valley is a part of a district in KP, AJK and Kashmir copy (``locality_nouns``).
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PESHAWAR: A man was shot dead in the Tirah valley of Khyber district on Sunday, "
         "officials said.", "Tirah valley, Khyber district"),
        ("PESHAWAR: Security forces killed eight militants in an operation in the Tirah valley "
         "of Khyber district on Sunday, officials said.", "Tirah valley, Khyber district"),
        ("PESHAWAR: Security forces killed five militants in the Shawal valley of North "
         "Waziristan district on Sunday, officials said.",
         "Shawal valley, North Waziristan district"),
        ("PESHAWAR: Two soldiers were martyred in the Rajgal valley of Khyber district on "
         "Sunday, officials said.", "Rajgal valley, Khyber district"),
        ("CHITRAL: Three people were killed in a flash flood in the Mastuj valley of Upper "
         "Chitral district on Sunday, officials said.", "Mastuj valley, Upper Chitral district"),
        ("MUZAFFARABAD: Two civilians were killed by shelling in the Leepa valley of Jhelum "
         "Valley district on Sunday, officials said.", "Leepa valley, Jhelum Valley district"),
    ],
)
def test_a_valley_with_its_district(nlp: Language, text: str, expected: str) -> None:
    assert set(places_read(nlp, text, None)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a valley alone, one the gazetteer knows, an area as before, a housing society
        ("MUZAFFARABAD: Two civilians were killed in the Neelum valley on Sunday, officials "
         "said.", "Neelum valley"),
        ("SRINAGAR: Two militants were killed in an encounter in the Kashmir valley on Sunday, "
         "officials said.", "Kashmir valley"),
        ("PESHAWAR: Two soldiers were killed in the Kurram valley on Sunday, officials said.",
         "Kurram valley"),
        ("PESHAWAR: Two men were shot dead in the Hayatabad area on Sunday, officials said.",
         "Hayatabad area, Peshawar"),
        ("LAHORE: Two men were killed in the Ravi valley housing society on Sunday, officials "
         "said.", "Lahore"),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: str) -> None:
    assert set(places_read(nlp, text, None)) == {expected}
