"""Gapped counts whose place NER misread (issue #11, place): "Lightning killed 7 people in
Tharparkar, 3 in Umerkot", "Eight people were killed in Bannu on Monday, 2 in Lakki Marwat on
Tuesday". NER reads such a district as a body or a person now and then; in a list of gapped
counts each count's locative phrase names its place, so a name the gazetteer knows there is
a place whatever its label, and the gapped count's own phrase places it however near the tree
sets the first figure's place. Lists read right already, a count that is no gapped one, and a
single place keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Lightning killed 7 people in Tharparkar, 3 in Umerkot.",
            [(7, "Tharparkar"), (3, "Umerkot")],
        ),
        (
            "Eight people were killed in Bannu on Monday, 2 in Lakki Marwat on Tuesday.",
            [(8, "Bannu"), (2, "Lakki Marwat")],
        ),
    ],
)
def test_each_gapped_count_keeps_its_own_misread_place(
    nlp: Language, text: str, found: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Floods killed 9 people in Dadu, 4 in Jacobabad.", [(9, "Dadu"), (4, "Jacobabad")]),
        (
            "Five people were injured in Kohat, 3 in Lakki Marwat.",
            [(5, "Kohat"), (3, "Lakki Marwat")],
        ),
        (
            "Floods killed 11 people in Charsadda, 4 in Nowshera and 2 in Swabi.",
            [(11, "Charsadda"), (4, "Nowshera"), (2, "Swabi")],
        ),
        (
            "Five people were injured in Kohat on Friday, 3 in Hangu on Saturday.",
            [(5, "Kohat"), (3, "Hangu")],
        ),
        ("A man killed his wife and two daughters in Lakki Marwat.", [(3, "Lakki Marwat")]),
        ("Six people were killed in Bannu on Monday.", [(6, "Bannu")]),
        ("Lightning killed 7 people in Tharparkar.", [(7, "Tharparkar")]),
    ],
)
def test_lists_read_right_and_single_places_keep_their_reading(
    nlp: Language, text: str, found: list[tuple[float, str]]
) -> None:
    assert core_places(nlp, text, DAY) == found
