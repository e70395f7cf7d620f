"""A capital named by its country's people ("in the Afghan capital") is that town (issue #11,
place); a capital of more words, of a province, or a source's seat is not read so.
Sentences written for the class, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.text.nationalities import peoples_country
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("A bomb killed 12 people at a mosque in the Afghan capital on Friday.", "12", "Kabul"),
        ("The Syrian capital was hit by shells that killed 12 people.", "12", "Damascus"),
        ("Riot police fired tear gas in the Greek capital, injuring 12 people.", "12", "Athens"),
        (
            "Explosions rocked the Ukrainian capital overnight, officials said. Twelve people "
            "were wounded.",
            "Twelve",
            "Kyiv",
        ),
        # more words before "capital", a province's capital, the seat of a source: not so
        ("Twelve people were killed in the South Sudanese capital on Sunday.", "Twelve", None),
        ("Twelve people were killed in the provincial capital on Sunday.", "Twelve", None),
        ("Twelve people were killed on Sunday, the Afghan capital's police said.", "Twelve", None),
    ],
)
def test_a_capital_named_by_its_people(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, "Attack\n\n" + text, figure) == place


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("afghan", "AF"), ("nigerian", "NG"), ("pakistani", "PK"), ("greek", "GR"),
        ("kashmiri", None), ("kurdish", None),
    ],
)
def test_the_country_of_a_peoples_word(word: str, country: str | None) -> None:
    found = peoples_country(word)
    assert (found.country if found else None) == country
