"""An abduction "from" one town "in" another (issue #11, place): "Gunmen abducted 4 labourers
from Multan in Turbat" filed the four under Multan. The parser hangs the scene's phrase on the
"from" town, as if one town lay in the other, so the scene was never told apart, and the "from"
town, nearer in the tree, won. A town the gazetteer knows lies in no other town: the phrase is
the abduction's, and the "from" town where the people came from. A "from" town inside the
place named after it ("from Kagara in Niger State"), an arrest, one town alone, and a "from"
written on the people keep today's reading. Sentences we wrote."""

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
        ("Gunmen abducted 4 labourers from Multan in Turbat.", 4, "Turbat"),
        ("Gunmen abducted 2 drivers from Karachi in Khuzdar.", 2, "Khuzdar"),
        ("Kidnappers seized 2 doctors from Lahore in Sialkot.", 2, "Sialkot"),
    ],
)
def test_the_abductions_town_over_the_town_they_came_from(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Bandits abducted 6 students from Kagara in Niger State.", 6, "Kagara, Niger State"),
        ("Militants kidnapped 2 teachers from Dera Bugti in Balochistan.", 2, "Dera Bugti"),
        ("Gunmen abducted 5 traders from a market in Turbat.", 5, "Turbat"),
        ("Gunmen abducted 4 labourers from Multan.", 4, "Multan"),
        ("Four men from Multan were abducted in Turbat.", 4, "Turbat"),
        ("Police arrested 3 men from Multan in Turbat.", 3, "Multan"),
        ("Nine tribesmen were kidnapped from Kurram.", 9, "Kurram"),
    ],
)
def test_held_towns_arrests_and_lone_towns_keep_their_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
