"""A festival named before a common noun (issue #11, place): "Three people were injured in a
stampede in Onam celebrations in Kochi" gave "Onam celebrations", the festival read as a
place's name before its noun. The holiday tables already kept "in the Memorial Day shooting"
from being a town; a festival of no fixed day (``festival_days``) is now kept out too: the
town after it. A holiday the tables know, a festival never taken for a place, and a town
before its noun keep today's reading. Sentences we wrote."""

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
        ("Three people were injured in a stampede in Onam celebrations in Kochi.", 3, "Kochi"),
        ("Two men were stabbed in Onam festivities in Thrissur.", 2, "Thrissur"),
    ],
)
def test_a_festival_before_a_noun_is_no_place(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two boys drowned during Durga Puja immersion in Patna.", 2, "Patna"),
        ("Five people were hurt in Holi festivities in Mathura.", 5, "Mathura"),
        ("Two people died in Memorial Day crashes in Ohio.", 2, "Ohio"),
        ("Two people were shot in a Madison apartment on Friday.", 2, "Madison"),
    ],
)
def test_holidays_and_towns_before_nouns_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
