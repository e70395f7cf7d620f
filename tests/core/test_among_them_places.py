"""A kind of what was counted named as one of them (issue #11, place): "dozens of raids in
eastern Ruritania since 2024, among them strikes on markets in Y" counts raids across the
region; Y is the part's place, not the count's. Sentences written for this class, positive
and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = (
    "JALALABAD, March 13 - Gunmen killed four policemen at a checkpoint in Nangarhar province "
    "on Thursday, officials said.\n\n"
)


def test_a_part_named_among_them_keeps_its_place(nlp: Language) -> None:
    text = _LEAD + (
        "The group has staged dozens of attacks in eastern Afghanistan since 2024, among them "
        "bombings of bazaars in Kandahar.\n"
    )
    # the region the count is told over (``compass_regions``), not the part's town
    assert place_of(nlp, text, "dozens") == "eastern Afghanistan"


def test_a_count_in_the_town_keeps_the_town(nlp: Language) -> None:
    text = _LEAD + "The group has staged dozens of attacks on bazaars in Kandahar since 2024.\n"
    assert place_of(nlp, text, "dozens") == "Kandahar"
