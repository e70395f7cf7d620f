"""A town's name NER cut at the front (issue #11, place): "The Salt Lake City police said"
gave "Lake City" (a small town of that name elsewhere), "The Hague police said", in a report
with no dateline, "Hague". The capitalised words NER left off before a name are read with it
when the gazetteer knows the longer name as one, its article too where the town is written
with one, as the gazetteer writes the name. A town written whole, a town after a capitalised
word that makes no longer name, a town of that short name told with its state, and a word
opening the sentence ("At Yida", "An Indianapolis police officer") keep today's reading.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("The Salt Lake City police said 2 people were shot dead on Friday.", 2, "Salt Lake City"),
        ("The Hague police said 3 people were injured in a stabbing.", 3, "The Hague"),
    ],
)
def test_the_words_before_a_cut_name_are_read_with_it(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("The Lahore police said 4 people were killed in a shooting.", 4, "Lahore"),
        ("Gunmen killed 3 people in Lake City, Florida, on Monday.", 3, "Lake City, Florida"),
        ("In Lahore, 5 people were injured when a wall collapsed.", 5, "Lahore"),
        ("Police in Salt Lake City said 2 men were arrested.", 2, "Salt Lake City"),
        ("The Kansas City police said 2 people were shot.", 2, "Kansas City"),
        ("President Biden said 6 Americans were killed in Kabul.", 6, "Kabul"),
        (
            "At Yida, South Kordofan, 3 refugees were killed in a bombing.",
            3,
            "Yida, South Kordofan",
        ),
        ("An Indianapolis police officer said 2 people were shot on Monday.", 2, "Indianapolis"),
    ],
)
def test_whole_names_and_lone_towns_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
