"""A coastal town told "off" ("a boat sank off Gwadar", "detained 8 fishermen off Karachi")
is the figure's place (issue #11, place): NER reads the town beside a boat as a vessel's or a
firm's name (a product, a body), and "off" was no scene preposition for a misread town, so the
figure had none. A name the gazetteer does not know as a town, or "off" in another sense,
keeps today's reading. Sentences we wrote."""

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
        ("Nine fishermen drowned when a boat sank off Gwadar on Friday.", 9, "Gwadar"),
        ("Coast guards detained 8 fishermen off Karachi on Monday.", 8, "Karachi"),
        ("Two sailors were injured when a tanker caught fire off Fujairah.", 2, "Fujairah"),
    ],
)
def test_a_town_told_off_is_the_scene(nlp: Language, text: str, value: float, place: str) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Twelve migrants drowned when their boat capsized off Lampedusa.", 12, "Lampedusa"),
        ("Two workers were killed when they fell off a roof in Quetta.", 2, "Quetta"),
        ("Five people died after a bus veered off a bridge near Abbottabad.", 5, "Abbottabad"),
        ("Two men were killed in Quetta after they ran off the road.", 2, "Quetta"),
    ],
)
def test_other_uses_of_off_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
