"""An office title's words are no place (issue #11, place): "Commissioner of Police" names
the force, not the Polish town of Police, and the bracketed zone after it ("(East)") the
officer's beat, not Cameroon's East region; the town an office serves still places the
figures it gives ("Gwadar district governor X told reporters"). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Pune: Joint Commissioner of Police (Crime) Anil Deshpande said 14 people were "
         "arrested on Monday.", "14", "Pune"),
        ("Bengaluru: Additional Commissioner of Police (East) Raman Rao said 14 people were "
         "arrested on Monday.", "14", "Bengaluru"),
        ("Chennai: Deputy Commissioner of Police (West) Kumar said nine people were injured "
         "on Monday.", "nine", "Chennai"),
        # the place an office serves
        ("Nine people were killed on Monday, Gwadar district governor Hamid Baloch told "
         "reporters.", "Nine", "Gwadar"),
    ],
)
def test_an_office_title_places_no_figure_by_its_words(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place
