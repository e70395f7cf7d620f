"""A force's town written after NER's article ("The Delhi Police arrested 14 persons") is the
town, not "The Delhi" (issue #11, place): the reader of a town before its police walked back
over every capitalised word of the recogniser's entity, the sentence's "The" with it, and a
desk's lead set "The Delhi" as the report's place. Forces read right keep their reading.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_places

PUB = dt.date(2031, 3, 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NEW DELHI, March 4: The Delhi Police arrested 14 persons for rioting, officials "
            "said.",
            "New Delhi",
        ),
        (
            "CORPUS CHRISTI, Texas - The Aransas Pass Police arrested 3 men on Friday.",
            "Aransas Pass",
        ),
    ],
)
def test_the_article_is_no_part_of_the_forces_town(text: str, place: str) -> None:
    assert report_places(text, PUB) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MUMBAI: The Mumbai Police arrested 6 people for rioting on Monday.", "Mumbai"),
        ("KARACHI: The Karachi Police arrested 9 suspects in raids on Monday.", "Karachi"),
        ("Aransas Pass police arrested 3 men on Friday.", "Aransas Pass"),
        ("The Delhi Police arrested 14 persons for rioting on Monday.", "Delhi"),
    ],
)
def test_other_forces_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text, PUB) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ROTTERDAM, Netherlands (Reuters) - The Hague Police said 5 people were arrested "
            "after riots.",
            "The Hague",
        ),
        (
            "ROTTERDAM, Netherlands (AP) - The Hague police arrested 12 fans after a match on "
            "Saturday.",
            "The Hague",
        ),
    ],
)
def test_a_towns_own_article_stays_with_it(text: str, place: str) -> None:
    """ "The Hague police": the article is the town's own (review, round 57)."""
    assert report_places(text, PUB) == [place]
