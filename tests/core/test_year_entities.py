"""A year the recogniser took into a place after its possessive is a date of its own
(core/extract/year_entities.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The stabbing raised the Elm City’s 2031 homicide count to nine.", "2031"),
        ("The shooting raised the Rose City's 2030 murder tally to 14.", "2030"),  # told apart
    ],
)
def test_a_year_after_a_places_possessive_is_a_date(nlp: Language, text: str, year: str) -> None:
    ents = entities(nlp, text)
    assert (year, "DATE") in ents
    assert not any(year in t and label != "DATE" for t, label in ents)


def test_a_year_inside_a_name_stays(nlp: Language) -> None:
    # no possessive before the year: the year is part of the name
    assert all(label != "DATE" for _, label in entities(nlp, "Officials of Vision 2030 met."))
