"""A toll reports of one day give as it rises is an update, not a contradiction (issue #11,
trust in conflicts): "Her death brings the toll to four" revises the three of the first
report; a toll one report says "climbed to 23" that another gives as 26 is a later stage of it,
however that one words it. Two plain figures of one day still contradict ("could give rise to"
revises nothing), and a toll told moving that the other gives lower still disagrees. And a
gathering told by the town before it ("at Tulsa party", "a Dayton block party") is in that
town. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import Batch, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = "2031-06-14"


def _kinds(first: tuple[str, float], second: tuple[str, float]) -> list[str]:
    batch = Batch()
    batch.report("d1", published=DAY)
    batch.report("d2", published=DAY)
    a = batch.add("d1", first[0], str(int(first[1])), first[1], date="2031-06-12")
    b = batch.add("d2", second[0], str(int(second[1])), second[1], date="2031-06-12")
    return sorted({c.kind for c in batch.flagged(a, b)})


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the later words say the toll moved
        (
            ("Gunfire at a party left 3 dead.", 3),
            ("Her death brings the toll in the shooting to 4.", 4),
            ["update"],
        ),
        (
            ("Floods killed 12 in the valley.", 12),
            ("Deaths in the valley floods climbed to 15.", 15),
            ["update"],
        ),
        # "give rise to" revises nothing
        (
            ("Gunmen killed 20 passengers on the bus.", 20),
            ("Gunmen killed 12 passengers, a move that could give rise to reprisals.", 12),
            ["contradiction"],
        ),
        # the first report's words say it was moving; the other's higher figure is later
        (
            ("The toll from the tainted liquor climbed to 23 on Thursday.", 23),
            ("Officials said 26 people have died after drinking the liquor.", 26),
            ["update"],
        ),
        # no word of a moving toll: two figures of one day contradict
        (
            ("The tainted liquor killed 23 people.", 23),
            ("Officials said 26 people died after drinking the liquor.", 26),
            ["contradiction"],
        ),
        # a toll told moving up that the other gives lower: no later stage
        (
            ("The toll from the tainted liquor climbed to 26 on Thursday.", 26),
            ("Officials said 23 people died after drinking the liquor.", 23),
            ["contradiction"],
        ),
    ],
)
def test_a_rising_toll_is_an_update(
    first: tuple[str, float], second: tuple[str, float], expected: list[str]
) -> None:
    assert _kinds(first, second) == expected


@pytest.mark.parametrize(
    ("headline", "place"),
    [
        ("Gunman kills 3 at Tulsa party", "Tulsa"),
        ("2 killed in shooting at Dayton block party", "Dayton"),
        ("4 hurt in shooting at Memphis festival", "Memphis"),
        # a venue noun that ends a place's name is no gathering
        ("3 shot near Central Park", "Central Park"),
    ],
)
def test_a_gathering_told_by_its_town(nlp: Language, headline: str, place: str) -> None:
    text = headline + "\n\nThe gunman fled on foot."
    claims = read_claims(nlp, text, dt.date.fromisoformat(DAY))
    assert claims
    assert {c.location for c in claims} == {place}
