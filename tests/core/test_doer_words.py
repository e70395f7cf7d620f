"""A common noun of doers NER tags as a place after a dateline ("MINNA — Gunmen abducted
..."): no place, the dateline's town instead (issue #11, place). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 14)


def places_of(nlp: Language, text: str) -> set[str | None]:
    return set(places_read(nlp, text, PUBLISHED))


def test_gunmen_after_a_dateline_are_no_place(nlp: Language) -> None:
    text = "MINNA — Gunmen abducted 12 travellers on the Minna-Bida road on Friday, police said."
    assert places_of(nlp, text) == {"Minna"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town that shares nothing with a doer's word stays the place
        ("Gunmen abducted 12 travellers near Bida on Friday, police said.", "Bida"),
    ],
)
def test_a_town_stays_a_place(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text) == {place}


def test_a_groups_code_name_is_no_place(nlp: Language) -> None:
    # NER tags the group "M23" a place; a headline's country is the figure's
    text = "Congo: 42 killed in clashes between M23 and militia"
    assert places_of(nlp, text) == {"Congo"}
